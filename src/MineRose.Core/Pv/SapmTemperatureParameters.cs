namespace MineRose.Core.Pv;

/// <summary>Coefficients of the Sandia (SAPM) module-temperature model for one module construction and mounting [52].</summary>
/// <param name="A">Empirical coefficient a: the natural logarithm of the module-to-air temperature rise per unit irradiance at zero wind [ln(°C·m²/W)].</param>
/// <param name="BSPerM">Empirical coefficient b: the rate at which wind lowers that rise [s/m]; negative.</param>
/// <param name="DeltaTC">Difference between cell and module back-surface temperature at 1000 W/m² [°C].</param>
/// <remarks>Presets are King et al. (2004) [52], Table 1, the values pvlib also ships [58].</remarks>
public sealed record SapmTemperatureParameters(double A, double BSPerM, double DeltaTC)
{
    /// <summary>Glass/cell/glass module on an open rack: a = −3.47, b = −0.0594 s/m, ΔT = 3 °C [52].</summary>
    public static SapmTemperatureParameters OpenRackGlassGlass { get; } = new(-3.47, -0.0594, 3.0);

    /// <summary>Glass/cell/glass module close-mounted on a roof: a = −2.98, b = −0.0471 s/m, ΔT = 1 °C [52].</summary>
    public static SapmTemperatureParameters CloseMountGlassGlass { get; } = new(-2.98, -0.0471, 1.0);

    /// <summary>Glass/cell/polymer-sheet module on an open rack: a = −3.56, b = −0.0750 s/m, ΔT = 3 °C [52].</summary>
    public static SapmTemperatureParameters OpenRackGlassPolymer { get; } = new(-3.56, -0.0750, 3.0);

    /// <summary>Glass/cell/polymer-sheet module with an insulated back: a = −2.81, b = −0.0455 s/m, ΔT = 0 °C [52].</summary>
    public static SapmTemperatureParameters InsulatedBackGlassPolymer { get; } = new(-2.81, -0.0455, 0.0);

    /// <summary>Checks every coefficient and returns the parameters, or throws naming the bad field.</summary>
    /// <remarks>Ranges hold every construction in [52] Table 1 with margin: a in [−10, 0], b in [−1, 0], ΔT in [0, 30] °C.</remarks>
    public SapmTemperatureParameters Validated()
    {
        Guard.InRange(A, -10, 0, "sapm_a");
        Guard.InRange(BSPerM, -1, 0, "sapm_b_s_per_m");
        Guard.InRange(DeltaTC, 0, 30, "sapm_delta_t_c");
        return this;
    }
}
