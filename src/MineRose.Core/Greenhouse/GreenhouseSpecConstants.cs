namespace MineRose.Core.Greenhouse;

/// <summary>The terms of <see cref="GreenhouseClimate"/> that depend on the spec alone, computed once per spec instance.</summary>
/// <remarks>
/// Each value is computed with exactly the expression (same operands, same order) the step used to evaluate every hour, so
/// caching changes no bit of the result. Specs are immutable records, so a cache keyed by the instance never goes stale.
/// One entry per thread: a year loop or a park run steps one greenhouse, and a miss only costs recomputing this.
/// </remarks>
internal sealed class GreenhouseSpecConstants
{
    [ThreadStatic]
    private static GreenhouseSpecConstants? last;

    private readonly double[] shadeTransmission = new double[4];
    private readonly double[] solarTransmission = new double[4];

    private GreenhouseSpecConstants(GreenhouseSpec spec)
    {
        Spec = spec;
        FloorAreaM2 = spec.FloorAreaM2;
        MeanHeightM = spec.MeanHeightM;
        LeafAreaIndex = spec.LeafAreaIndex;
        CoverToFloorRatio = spec.CoverToFloorRatio;
        LeakageAch = spec.LeakageAch;
        MassAirConductanceWm2K = spec.MassAirConductanceWm2K;
        const double rhoCp = PhysicalConstants.AirDensityKgM3 * PhysicalConstants.AirSpecificHeatJKgK;
        var lai = spec.LeafAreaIndex;
        AirHeatCapacityJM2K = rhoCp * spec.MeanHeightM + GreenhouseClimate.LeafHeatCapacityJM2K * lai;
        MassHeatCapacityJM2K = spec.ThermalMassKjM2K * 1000;
        CanopyAbsorbedFraction = GreenhouseClimate.CanopyAbsorbedFraction(lai);
        CanopyParAbsorbedFraction = 1 - Math.Exp(-0.7 * lai);
        FarInfraredInterception = CanopyTemperature.FarInfraredInterception(lai);
        LeafConvectiveWm2K = 2 * CanopyTemperature.LeafAirCoefficientWm2K * lai;
        MaxVentilationFlowM3M2S = AirExchange.FlowM3M2S(spec.MaxVentilationAch, spec.MeanHeightM);
        ParTransmission = spec.Cover.ParTransmission;
        HumidityLimitDayPercent = spec.SetPoints.HumidityLimitPercent(true);
        HumidityLimitNightPercent = spec.SetPoints.HumidityLimitPercent(false);
        if (spec.Lighting is { } lighting)
        {
            LampElectricWm2 = lighting.ElectricPowerWm2;
            LampPpfdUmolM2s = lighting.PpfdUmolM2s;
        }

        UCoverOpenWm2K = spec.Cover.UValueWm2K * spec.CoverToFloorRatio * 1;
        UCoverScreenedWm2K = spec.Screen is { } screen ? spec.Cover.UValueWm2K * spec.CoverToFloorRatio * (1 - screen.HeatLossReduction) : UCoverOpenWm2K;
        CoverSurfaceFractionOpen = CoverSurfaceFraction(UCoverOpenWm2K, spec.CoverToFloorRatio);
        CoverSurfaceFractionScreened = CoverSurfaceFraction(UCoverScreenedWm2K, spec.CoverToFloorRatio);
        HeatBackPerKgOpen = (1 - CoverSurfaceFractionOpen) * CanopyTranspiration.LatentHeatJKg;
        HeatBackPerKgScreened = (1 - CoverSurfaceFractionScreened) * CanopyTranspiration.LatentHeatJKg;
        for (var i = 0; i < 4; i++)
        {
            var shadeDrawn = (i & 1) != 0;
            var screenLit = (i & 2) != 0;
            var t = (shadeDrawn ? spec.Shade?.Transmission ?? 1 : 1) * (screenLit ? spec.Screen?.Transmission ?? 1 : 1);
            shadeTransmission[i] = t;
            solarTransmission[i] = spec.Cover.SolarTransmission * t;
        }
    }

    /// <summary>The spec these constants belong to (compared by reference).</summary>
    public GreenhouseSpec Spec { get; }

    public double FloorAreaM2 { get; }

    public double MeanHeightM { get; }

    public double LeafAreaIndex { get; }

    public double CoverToFloorRatio { get; }

    public double LeakageAch { get; }

    public double MassAirConductanceWm2K { get; }

    /// <summary>C_a = ρ·c_p·h + 1200·LAI [J/(m²·K)].</summary>
    public double AirHeatCapacityJM2K { get; }

    /// <summary>C_m [J/(m²·K)].</summary>
    public double MassHeatCapacityJM2K { get; }

    /// <summary>f_c [-].</summary>
    public double CanopyAbsorbedFraction { get; }

    /// <summary>1 − e^(−0.7·LAI) [-], the canopy's share of lamp PAR.</summary>
    public double CanopyParAbsorbedFraction { get; }

    /// <summary>1 − e^(−k_FIR·LAI) [-].</summary>
    public double FarInfraredInterception { get; }

    /// <summary>2·α·LAI [W/(m²·K)].</summary>
    public double LeafConvectiveWm2K { get; }

    /// <summary>Flow with the vents fully open [m³/(m²·s)].</summary>
    public double MaxVentilationFlowM3M2S { get; }

    public double ParTransmission { get; }

    public double HumidityLimitDayPercent { get; }

    public double HumidityLimitNightPercent { get; }

    public double LampElectricWm2 { get; }

    public double LampPpfdUmolM2s { get; }

    /// <summary>U·r_c with the thermal screen open [W/(m²_floor·K)].</summary>
    public double UCoverOpenWm2K { get; }

    /// <summary>U·r_c·(1 − s) with the thermal screen drawn [W/(m²_floor·K)].</summary>
    public double UCoverScreenedWm2K { get; }

    /// <summary>min(1, U/h_in): the share of the inside–outside difference across the inner surface film, screen open [-].</summary>
    public double CoverSurfaceFractionOpen { get; }

    /// <summary>The same with the screen drawn [-].</summary>
    public double CoverSurfaceFractionScreened { get; }

    /// <summary>(1 − U/h_in)·λ: heat returned to the air per kg condensed on the cover, screen open [J/kg].</summary>
    public double HeatBackPerKgOpen { get; }

    /// <summary>The same with the screen drawn [J/kg].</summary>
    public double HeatBackPerKgScreened { get; }

    /// <summary>The constants of <paramref name="spec"/>, from this thread's cache when it is the spec of the last call.</summary>
    public static GreenhouseSpecConstants For(GreenhouseSpec spec)
    {
        var cached = last;
        if (cached is not null && ReferenceEquals(cached.Spec, spec))
            return cached;
        cached = new GreenhouseSpecConstants(spec);
        last = cached;
        return cached;
    }

    /// <summary>Transmission of the drawn shade and thermal screens together [-].</summary>
    public double ShadeTransmission(bool shadeDrawn, bool screenDrawnByDay) => shadeTransmission[(shadeDrawn ? 1 : 0) | (screenDrawnByDay ? 2 : 0)];

    /// <summary>Cover solar transmission times <see cref="ShadeTransmission"/> [-].</summary>
    public double SolarTransmission(bool shadeDrawn, bool screenDrawnByDay) => solarTransmission[(shadeDrawn ? 1 : 0) | (screenDrawnByDay ? 2 : 0)];

    // min(1, (U·r_c/r_c)/h_in), as the cover-temperature and heat-back terms evaluate it.
    private static double CoverSurfaceFraction(double uCoverPerFloorWm2K, double coverToFloorRatio) =>
        Math.Min(1, uCoverPerFloorWm2K / coverToFloorRatio / CoverCondensation.InsideSurfaceCoefficientWm2K);
}
