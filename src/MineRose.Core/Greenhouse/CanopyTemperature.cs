namespace MineRose.Core.Greenhouse;

/// <summary>Leaf temperature from the canopy's energy balance, linearised as in Penman's combination equation [111].</summary>
/// <remarks>
/// The canopy absorbs shortwave radiation A, exchanges long-wave radiation with the inner surface of the cover (or of a
/// drawn screen) at T_s, sensible heat with the air and latent heat by transpiration. With e_s(T_c) ≈ e_s(T_a) + s·ΔT:
/// <code>
/// A − h_r·(T_a + ΔT − T_s) − h_c·ΔT − λ·VEC·(D + s·ΔT) = 0
/// ΔT = T_c − T_a = (A − h_r·(T_a − T_s) − λ·VEC·D) / (h_c + h_r + λ·VEC·s)
/// h_c = 2·α·LAI,   h_r = 4·σ·T̄³·ε_s·(1 − e^(−k_FIR·LAI))
/// </code>
/// with α = 5 W/(m²_leaf·K) per leaf side, k_FIR = 0.94, canopy emissivity 1 (Vanthoor [93]); D = e_s(T_a) − e_a the air's
/// vapour pressure deficit, s its slope. At night the canopy radiates to the cold cover and runs 1–2 K below the air, which
/// is what Seginer used to explain rose night transpiration [110]; in sunshine it runs slightly above the air.
/// The heat this canopy–cover radiation carries is already inside the cover's overall U-value [90]; the leaf temperature is
/// used only to drive transpiration.
/// </remarks>
public static class CanopyTemperature
{
    /// <summary>Convective heat transfer coefficient between a leaf side and the air α [W/(m²_leaf·K)] [93].</summary>
    public const double LeafAirCoefficientWm2K = 5;

    /// <summary>Far-infrared extinction coefficient of the canopy k_FIR [-] [93].</summary>
    public const double FarInfraredExtinction = 0.94;

    /// <summary>Far-infrared emissivity of glass (and of film covers treated alike) [-] [93].</summary>
    public const double CoverEmissivity = 0.85;

    /// <summary>Far-infrared emissivity of a thermal screen [-] [93].</summary>
    public const double ScreenEmissivity = 0.67;

    private const double StefanBoltzmann = 5.670374e-8;

    /// <summary>Long-wave radiative conductance between canopy and an inner surface, linearised, per m² of floor [W/(m²·K)].</summary>
    /// <param name="leafAreaIndex">Leaf area index [m²/m²].</param>
    /// <param name="canopyTemperatureC">Canopy (or air) temperature [°C].</param>
    /// <param name="surfaceTemperatureC">Temperature of the surface the canopy sees [°C].</param>
    /// <param name="surfaceEmissivity">Far-infrared emissivity of that surface [-].</param>
    public static double RadiativeConductanceWm2K(double leafAreaIndex, double canopyTemperatureC, double surfaceTemperatureC, double surfaceEmissivity)
        => RadiativeConductanceFromInterceptionWm2K(canopyTemperatureC, surfaceTemperatureC, surfaceEmissivity, FarInfraredInterception(leafAreaIndex));

    /// <summary>Share of the canopy's view intercepted by leaves in the far infrared, 1 − e^(−k_FIR·LAI) [-]; constant per crop, so hot loops compute it once.</summary>
    internal static double FarInfraredInterception(double leafAreaIndex) => 1 - Math.Exp(-FarInfraredExtinction * Math.Max(0, leafAreaIndex));

    /// <summary><see cref="RadiativeConductanceWm2K"/> with the far-infrared interception precomputed (same arithmetic, same result).</summary>
    internal static double RadiativeConductanceFromInterceptionWm2K(double canopyTemperatureC, double surfaceTemperatureC, double surfaceEmissivity, double farInfraredInterception)
    {
        var meanK = 0.5 * (canopyTemperatureC + surfaceTemperatureC) + PhysicalConstants.ZeroCelsiusK;
        return 4 * StefanBoltzmann * meanK * meanK * meanK * surfaceEmissivity * farInfraredInterception;
    }

    /// <summary>Canopy-minus-air temperature difference ΔT from the linearised energy balance (see remarks) [K].</summary>
    /// <param name="absorbedShortwaveWm2">Shortwave radiation (sun and lamps) absorbed by the canopy per m² of floor [W/m²].</param>
    /// <param name="leafAreaIndex">Leaf area index [m²/m²].</param>
    /// <param name="airTemperatureC">Air temperature [°C].</param>
    /// <param name="surfaceTemperatureC">Inner surface temperature of the cover or drawn screen [°C].</param>
    /// <param name="surfaceEmissivity">Far-infrared emissivity of that surface [-].</param>
    /// <param name="vapourExchangeKgM2SPa">Canopy vapour exchange coefficient VEC [kg/(m²·s·Pa)].</param>
    /// <param name="airVapourPressureDeficitPa">Vapour pressure deficit of the air, e_s(T_a) − e_a [Pa].</param>
    public static double PenmanLinearisedDifferenceK(
        double absorbedShortwaveWm2,
        double leafAreaIndex,
        double airTemperatureC,
        double surfaceTemperatureC,
        double surfaceEmissivity,
        double vapourExchangeKgM2SPa,
        double airVapourPressureDeficitPa)
    {
        if (leafAreaIndex <= 0)
            return 0;
        var hc = 2 * LeafAirCoefficientWm2K * leafAreaIndex;
        var hr = RadiativeConductanceWm2K(leafAreaIndex, airTemperatureC, surfaceTemperatureC, surfaceEmissivity);
        var latent = CanopyTranspiration.LatentHeatJKg * vapourExchangeKgM2SPa;
        var slope = Psychrometrics.SaturationSlopePaK(airTemperatureC);
        return (absorbedShortwaveWm2 - hr * (airTemperatureC - surfaceTemperatureC) - latent * airVapourPressureDeficitPa)
            / (hc + hr + latent * slope);
    }
}
