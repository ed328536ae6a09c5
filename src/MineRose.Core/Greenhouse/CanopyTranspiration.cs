namespace MineRose.Core.Greenhouse;

/// <summary>Transpiration of a greenhouse crop: Stanghellini's big-leaf model in the form Vanthoor used [95], [93].</summary>
/// <remarks>
/// <code>
/// E   = VEC · (e_s(T_can) − e_air)                                  [kg/(m²·s)]
/// VEC = 2·ρ·c_p·LAI / (λ·γ·(r_b + r_s))                              [kg/(m²·s·Pa)]
/// r_s = r_s,min · rf(R) · rf(VPD),  rf(R) = (R + 4.3)/(R + 0.54),  rf(VPD) = min(5.8, 1 + c₄·VPD²)
/// </code>
/// with ρ = 1.2 kg/m³, c_p = 1000 J/(kg·K), λ = 2.45·10⁶ J/kg, γ = 65.8 Pa/K, r_b = 275 s/m, r_s,min = 82 s/m,
/// c₄ = 4.3·10⁻⁶ Pa⁻² by day and 5.2·10⁻⁶ Pa⁻² by night (day when R &gt; 5 W/m²) [93]. The CO₂ factor of
/// the stomatal resistance is taken as 1 (CO₂ is not modelled).
/// </remarks>
public static class CanopyTranspiration
{
    /// <summary>Latent heat of evaporation λ [J/kg] [93].</summary>
    public const double LatentHeatJKg = 2.45e6;

    /// <summary>Boundary-layer resistance of the canopy r_b [s/m] [93].</summary>
    public const double BoundaryLayerResistanceSM = 275;

    /// <summary>Minimum stomatal resistance r_s,min [s/m] [93].</summary>
    public const double MinimumStomatalResistanceSM = 82;

    private const double AirDensity = 1.2;
    private const double AirHeatCapacity = 1000;
    private const double Psychrometric = 65.8;

    /// <summary>Vapour exchange coefficient VEC between canopy and air after Stanghellini [95], [93].</summary>
    /// <param name="canopyRadiationWm2">Shortwave radiation above the canopy, sun and lamps [W/m²].</param>
    /// <param name="leafAreaIndex">Leaf area index [m²/m²].</param>
    /// <param name="vapourPressureDeficitPa">Canopy-to-air vapour pressure difference [Pa].</param>
    /// <returns>VEC [kg/(m²·s·Pa)], per m² of floor.</returns>
    public static double StanghelliniVapourExchangeKgM2SPa(double canopyRadiationWm2, double leafAreaIndex, double vapourPressureDeficitPa)
    {
        if (leafAreaIndex <= 0)
            return 0;
        var r = Math.Max(0, canopyRadiationWm2);
        var rfRadiation = (r + 4.3) / (r + 0.54);
        var c4 = r > 5 ? 4.3e-6 : 5.2e-6;
        var vpd = Math.Max(0, vapourPressureDeficitPa);
        var rfVpd = Math.Min(5.8, 1 + c4 * vpd * vpd);
        var stomatal = MinimumStomatalResistanceSM * rfRadiation * rfVpd;
        return 2 * AirDensity * AirHeatCapacity * leafAreaIndex
            / (LatentHeatJKg * Psychrometric * (BoundaryLayerResistanceSM + stomatal));
    }

    /// <summary>Transpiration rate after Stanghellini [95], [93], with the canopy at <paramref name="canopyTemperatureC"/>.</summary>
    /// <param name="canopyRadiationWm2">Shortwave radiation above the canopy, sun and lamps [W/m²].</param>
    /// <param name="leafAreaIndex">Leaf area index [m²/m²].</param>
    /// <param name="canopyTemperatureC">Leaf temperature [°C].</param>
    /// <param name="airVapourPressurePa">Vapour pressure of the greenhouse air [Pa].</param>
    /// <returns>Transpiration per m² of floor [kg/(m²·s)], never negative.</returns>
    public static double StanghelliniKgM2S(double canopyRadiationWm2, double leafAreaIndex, double canopyTemperatureC, double airVapourPressurePa)
    {
        var deficit = Psychrometrics.SaturationVapourPressurePa(canopyTemperatureC) - airVapourPressurePa;
        return Math.Max(0, StanghelliniVapourExchangeKgM2SPa(canopyRadiationWm2, leafAreaIndex, deficit) * deficit);
    }
}
