namespace MineRose.Core.Greenhouse;

/// <summary>Transpiration of a greenhouse crop: Stanghellini's big-leaf model in the form Vanthoor used [95], [93], with
/// Seginer's measured night resistance of rose leaves [110].</summary>
/// <remarks>
/// <code>
/// E   = VEC · (e_s(T_can) − e_air)                                  [kg/(m²·s)]
/// VEC = 2·ρ·c_p·LAI / (λ·γ·(r_b + r_s))                              [kg/(m²·s·Pa)]
/// day (R &gt; 5 W/m²):  r_s = r_s,min · rf(R) · rf(CO₂) · rf(VPD)
///   rf(R) = (R + 4.3)/(R + 0.54),  rf(CO₂) = min(1.5, 1 + c₃·(CO₂ − 200)²),  rf(VPD) = min(5.8, 1 + c₄·VPD²)
/// night:              r_s = max(Stanghellini's night value, r_s,night)
/// </code>
/// with ρ = 1.2 kg/m³, c_p = 1000 J/(kg·K), λ = 2.45·10⁶ J/kg, γ = 65.8 Pa/K, r_b = 275 s/m, r_s,min = 82 s/m,
/// c₃ = 6.1·10⁻⁷ ppm⁻² and c₄ = 4.3·10⁻⁶ Pa⁻² by day, c₃ = 1.1·10⁻¹¹ ppm⁻² and c₄ = 5.2·10⁻⁶ Pa⁻² by night [93].
/// Stanghellini's radiation factor alone leaves the stomata of a dark canopy at r_s ≈ 650 s/m, which for roses is far too
/// open: Seginer weighed potted roses through greenhouse nights and found a leaf resistance of 2,400 s/m ± 30 %
/// (both leaf sides in parallel) [110]. Per leaf side, the convention of the big-leaf formula above, that is
/// r_s,night = 2 × 2,400 = 4,800 s/m (<see cref="RoseNightStomatalResistanceSM"/>).
/// </remarks>
public static class CanopyTranspiration
{
    /// <summary>Latent heat of evaporation λ [J/kg] [93].</summary>
    public const double LatentHeatJKg = 2.45e6;

    /// <summary>Boundary-layer resistance of the canopy r_b [s/m] [93].</summary>
    public const double BoundaryLayerResistanceSM = 275;

    /// <summary>Minimum stomatal resistance r_s,min [s/m] [93].</summary>
    public const double MinimumStomatalResistanceSM = 82;

    /// <summary>Night stomatal resistance of rose leaves per leaf side [s/m]: twice Seginer's 2,400 s/m for both sides in parallel [110].</summary>
    public const double RoseNightStomatalResistanceSM = 4800;

    /// <summary>Canopy radiation below which the stomata follow their night behaviour [W/m²] (Vanthoor's day/night switch [93]).</summary>
    public const double NightRadiationWm2 = 5;

    private const double AirDensity = 1.2;
    private const double AirHeatCapacity = 1000;
    private const double Psychrometric = 65.8;

    /// <summary>Vapour exchange coefficient VEC between canopy and air after Stanghellini [95], [93], with a night floor on the stomatal resistance [110].</summary>
    /// <param name="canopyRadiationWm2">Shortwave radiation above the canopy, sun and lamps [W/m²].</param>
    /// <param name="leafAreaIndex">Leaf area index [m²/m²].</param>
    /// <param name="vapourPressureDeficitPa">Canopy-to-air vapour pressure difference [Pa].</param>
    /// <param name="co2Ppm">CO₂ concentration of the greenhouse air [ppm].</param>
    /// <param name="nightStomatalResistanceSM">Least stomatal resistance per leaf side at night [s/m]; <see cref="RoseNightStomatalResistanceSM"/>
    /// for roses, 0 for Stanghellini's night value alone.</param>
    /// <returns>VEC [kg/(m²·s·Pa)], per m² of floor.</returns>
    public static double StanghelliniVapourExchangeKgM2SPa(
        double canopyRadiationWm2, double leafAreaIndex, double vapourPressureDeficitPa, double co2Ppm, double nightStomatalResistanceSM) =>
        StanghelliniVapourExchangeKgM2SPa(canopyRadiationWm2, leafAreaIndex, vapourPressureDeficitPa, co2Ppm, nightStomatalResistanceSM, out _);

    /// <summary>VEC as above and its derivative with respect to the VPD, for the Newton step of <see cref="GreenhouseClimate"/>.</summary>
    /// <remarks>dVEC/dVPD = −VEC·(dr_s/dVPD)/(r_b + r_s), dr_s/dVPD = r_s,min·rf(R)·rf(CO₂)·2·c₄·VPD below the cap of rf(VPD),
    /// zero on the cap and where the night floor binds.</remarks>
    /// <param name="canopyRadiationWm2">Shortwave radiation above the canopy, sun and lamps [W/m²].</param>
    /// <param name="leafAreaIndex">Leaf area index [m²/m²].</param>
    /// <param name="vapourPressureDeficitPa">Canopy-to-air vapour pressure difference [Pa].</param>
    /// <param name="co2Ppm">CO₂ concentration of the greenhouse air [ppm].</param>
    /// <param name="nightStomatalResistanceSM">Least stomatal resistance per leaf side at night [s/m].</param>
    /// <param name="slopeKgM2SPa2">dVEC/dVPD [kg/(m²·s·Pa²)].</param>
    /// <returns>VEC [kg/(m²·s·Pa)], per m² of floor.</returns>
    internal static double StanghelliniVapourExchangeKgM2SPa(
        double canopyRadiationWm2, double leafAreaIndex, double vapourPressureDeficitPa, double co2Ppm, double nightStomatalResistanceSM,
        out double slopeKgM2SPa2)
    {
        slopeKgM2SPa2 = 0;
        if (leafAreaIndex <= 0)
            return 0;
        var r = Math.Max(0, canopyRadiationWm2);
        var day = r > NightRadiationWm2;
        var rfRadiation = (r + 4.3) / (r + 0.54);
        var c3 = day ? 6.1e-7 : 1.1e-11;
        var co2Excess = Math.Max(0, co2Ppm) - 200;
        var rfCo2 = Math.Min(1.5, 1 + c3 * co2Excess * co2Excess);
        var c4 = day ? 4.3e-6 : 5.2e-6;
        var vpd = Math.Max(0, vapourPressureDeficitPa);
        var rfVpdRaw = 1 + c4 * vpd * vpd;
        var rfVpd = Math.Min(5.8, rfVpdRaw);
        var stomatal = MinimumStomatalResistanceSM * rfRadiation * rfCo2 * rfVpd;
        var floored = !day && stomatal < nightStomatalResistanceSM;
        if (!day)
            stomatal = Math.Max(stomatal, nightStomatalResistanceSM);
        var vec = 2 * AirDensity * AirHeatCapacity * leafAreaIndex
            / (LatentHeatJKg * Psychrometric * (BoundaryLayerResistanceSM + stomatal));
        if (!floored && rfVpdRaw < 5.8 && vpd > 0)
            slopeKgM2SPa2 = -vec * (MinimumStomatalResistanceSM * rfRadiation * rfCo2 * 2 * c4 * vpd) / (BoundaryLayerResistanceSM + stomatal);
        return vec;
    }

    /// <summary>Transpiration rate after Stanghellini [95], [93], with the canopy at <paramref name="canopyTemperatureC"/>.</summary>
    /// <param name="canopyRadiationWm2">Shortwave radiation above the canopy, sun and lamps [W/m²].</param>
    /// <param name="leafAreaIndex">Leaf area index [m²/m²].</param>
    /// <param name="canopyTemperatureC">Leaf temperature [°C].</param>
    /// <param name="airVapourPressurePa">Vapour pressure of the greenhouse air [Pa].</param>
    /// <param name="co2Ppm">CO₂ concentration of the greenhouse air [ppm].</param>
    /// <param name="nightStomatalResistanceSM">Least stomatal resistance per leaf side at night [s/m].</param>
    /// <returns>Transpiration per m² of floor [kg/(m²·s)], never negative.</returns>
    public static double StanghelliniKgM2S(
        double canopyRadiationWm2, double leafAreaIndex, double canopyTemperatureC, double airVapourPressurePa, double co2Ppm, double nightStomatalResistanceSM)
    {
        var deficit = Psychrometrics.SaturationVapourPressurePa(canopyTemperatureC) - airVapourPressurePa;
        return Math.Max(0, StanghelliniVapourExchangeKgM2SPa(canopyRadiationWm2, leafAreaIndex, deficit, co2Ppm, nightStomatalResistanceSM) * deficit);
    }
}
