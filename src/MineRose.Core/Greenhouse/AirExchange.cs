namespace MineRose.Core.Greenhouse;

/// <summary>Air exchange between greenhouse and outside: leakage, ventilation, and the heat and vapour they carry.</summary>
public static class AirExchange
{
    /// <summary>Wind speed at which a spec's leakage in air changes per hour applies [m/s].</summary>
    public const double ReferenceWindMs = 4;

    /// <summary>Leakage through cracks, linear in wind speed with a floor of 0.25 m/s (Vanthoor eq. 70 [93]).</summary>
    /// <param name="leakageAchAtReferenceWind">Leakage at <see cref="ReferenceWindMs"/> [1/h].</param>
    /// <param name="windSpeedMs">Outside wind speed [m/s]; a non-finite value counts as the reference speed.</param>
    /// <returns>Leakage [air changes per hour].</returns>
    public static double LeakageAch(double leakageAchAtReferenceWind, double windSpeedMs)
    {
        var wind = double.IsFinite(windSpeedMs) ? Math.Max(0.25, windSpeedMs) : ReferenceWindMs;
        return leakageAchAtReferenceWind * wind / ReferenceWindMs;
    }

    /// <summary>Volume flow per m² of floor for an air change rate [m³/(m²·s)].</summary>
    /// <param name="airChangesPerHour">Air changes per hour [1/h].</param>
    /// <param name="meanHeightM">Mean greenhouse height [m].</param>
    public static double FlowM3M2S(double airChangesPerHour, double meanHeightM) => airChangesPerHour * meanHeightM / 3600;

    /// <summary>Air change rate for a volume flow per m² of floor [1/h].</summary>
    /// <param name="flowM3M2S">Volume flow per m² of floor [m³/(m²·s)].</param>
    /// <param name="meanHeightM">Mean greenhouse height [m].</param>
    public static double Ach(double flowM3M2S, double meanHeightM) => flowM3M2S * 3600 / meanHeightM;

    /// <summary>Sensible heat conductance of an air flow, ρ·c_p·φ [W/(m²·K)].</summary>
    /// <param name="flowM3M2S">Volume flow per m² of floor [m³/(m²·s)].</param>
    public static double SensibleConductanceWm2K(double flowM3M2S) =>
        PhysicalConstants.AirDensityKgM3 * PhysicalConstants.AirSpecificHeatJKgK * flowM3M2S;

    /// <summary>Vapour conductance of an air flow, φ·M_w/(R·T) [kg/(m²·s·Pa)]: vapour mass carried per pascal of vapour pressure difference.</summary>
    /// <param name="flowM3M2S">Volume flow per m² of floor [m³/(m²·s)].</param>
    /// <param name="temperatureC">Air temperature [°C].</param>
    public static double VapourConductanceKgM2SPa(double flowM3M2S, double temperatureC) =>
        flowM3M2S * Psychrometrics.VapourDensityKgM3(1, temperatureC);
}
