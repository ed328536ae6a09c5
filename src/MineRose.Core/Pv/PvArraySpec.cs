namespace MineRose.Core.Pv;

/// <summary>The design of one PV array: size, inverter loading, row geometry, losses and model coefficients, with the
/// defaults of <c>minerose pv</c>.</summary>
/// <remarks>Defaults: 1 kWdc, DC/AC 1.2, tilt 30° facing south at GCR 0.4, 14 % lumped losses, albedo 0.2, the PVWatts
/// "standard" module (γ = −0.37 %/°C) [54], a 96 % inverter [53], Faiman's coefficients [50] and 0.5 %/year
/// degradation [55]. PVWatts' own defaults are DC/AC 1.1 and 14.08 % of itemised losses [53], rounded to 14 % here.</remarks>
public sealed record PvArraySpec
{
    /// <summary>Nameplate DC capacity at standard test conditions, &gt; 0 [kW].</summary>
    public double DcCapacityKw { get; init; } = 1.0;

    /// <summary>Ratio of DC capacity to inverter AC rating, in [0.5, 3] [—]; above 1 the inverter clips at noon.</summary>
    public double DcAcRatio { get; init; } = 1.2;

    /// <summary>Row geometry; see <see cref="ArrayGeometry"/> for its defaults.</summary>
    public ArrayGeometry Geometry { get; init; } = new();

    /// <summary>System losses applied to DC power; default a lumped 14 %.</summary>
    public PvWattsLosses Losses { get; init; } = PvWattsLosses.FromTotalPercent(14.0);

    /// <summary>Ground reflectance seen by the modules, in [0, 1] [—].</summary>
    public double Albedo { get; init; } = 0.2;

    /// <summary>Temperature coefficient of power γ, in [−0.02, 0] [1/°C].</summary>
    public double TemperatureCoefficientPerC { get; init; } = PvWatts.StandardModuleTemperatureCoefficientPerC;

    /// <summary>Nominal inverter efficiency η_nom, in (0, 1] [—].</summary>
    public double InverterNominalEfficiency { get; init; } = PvWattsInverter.NominalEfficiencyDefault;

    /// <summary>Faiman constant heat-loss coefficient U0, in (0, 100] [W/(m²·K)].</summary>
    public double FaimanU0 { get; init; } = CellTemperature.FaimanU0Default;

    /// <summary>Faiman wind heat-loss coefficient U1, in [0, 50] [W·s/(m³·K)].</summary>
    public double FaimanU1 { get; init; } = CellTemperature.FaimanU1Default;

    /// <summary>Linear yearly loss of module power, in [0, 0.05] [1/year].</summary>
    public double AnnualDegradationPerYear { get; init; } = Degradation.MedianRatePerYear;

    /// <summary>Inverter AC rating: DC capacity / DC/AC ratio [kW].</summary>
    public double AcRatingKw => DcCapacityKw / DcAcRatio;

    /// <summary>Checks every field, the geometry and the losses, and returns the spec, or throws naming the bad field.</summary>
    /// <exception cref="InvalidInputException">When a field is out of range.</exception>
    public PvArraySpec Validated()
    {
        Guard.Positive(DcCapacityKw, "dc_capacity_kw");
        Guard.InRange(DcAcRatio, 0.5, 3.0, "dc_ac_ratio");
        if (Geometry is null) throw new InvalidInputException("geometry", "null", "a row geometry");
        Geometry.Validated();
        if (Losses is null) throw new InvalidInputException("losses", "null", "a loss list");
        Losses.Validated();
        Guard.InRange(Albedo, 0, 1, "albedo");
        Guard.InRange(TemperatureCoefficientPerC, PvWatts.MinTemperatureCoefficientPerC, PvWatts.MaxTemperatureCoefficientPerC,
            "temperature_coefficient_per_c");
        Guard.Efficiency(InverterNominalEfficiency, "inverter_nominal_efficiency");
        Guard.Positive(FaimanU0, "faiman_u0");
        Guard.InRange(FaimanU0, 0, 100, "faiman_u0");
        Guard.InRange(FaimanU1, 0, 50, "faiman_u1");
        Guard.InRange(AnnualDegradationPerYear, 0, Degradation.MaxRatePerYear, "annual_degradation_per_year");
        return this;
    }
}
