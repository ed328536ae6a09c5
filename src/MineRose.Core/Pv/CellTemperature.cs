using System.Runtime.CompilerServices;

namespace MineRose.Core.Pv;

/// <summary>Operating temperature of PV cells from plane-of-array irradiance, air temperature and wind [50]–[52].</summary>
/// <remarks>Steady-state models: the module is assumed to follow the weather within the time step (no thermal inertia),
/// which is adequate for hourly steps. Weather inputs are not checked (NaN propagates); model coefficients are.</remarks>
public static class CellTemperature
{
    /// <summary>Faiman constant heat-loss coefficient U0 fitted by Faiman for seven silicon modules on an open rack [W/(m²·K)] [50], [58].</summary>
    public const double FaimanU0Default = 25.0;

    /// <summary>Faiman wind heat-loss coefficient U1 fitted by Faiman for the same modules [W·s/(m³·K)] [50], [58].</summary>
    public const double FaimanU1Default = 6.84;

    /// <summary>Irradiance at which the SAPM cell-to-module difference ΔT is defined [W/m²] [52].</summary>
    public const double SapmReferenceIrradianceWm2 = 1000.0;

    /// <summary>Cell (equivalently module) temperature by the Faiman heat-loss model [°C] [50], [51].</summary>
    /// <param name="poaGlobalWm2">Global irradiance incident on the plane of the array [W/m²].</param>
    /// <param name="tempAirC">Ambient dry-bulb air temperature [°C].</param>
    /// <param name="windSpeedMs">Wind speed, non-negative, at the height for which <paramref name="u1"/> was fitted [m/s].</param>
    /// <param name="u0">Constant heat-loss coefficient U0, &gt; 0 [W/(m²·K)].</param>
    /// <param name="u1">Wind-dependent heat-loss coefficient U1, ≥ 0 [W·s/(m³·K)].</param>
    /// <returns>Cell temperature [°C].</returns>
    /// <remarks>T_c = T_a + E / (U0 + U1·v), with E = <paramref name="poaGlobalWm2"/>, T_a = <paramref name="tempAirC"/>,
    /// v = <paramref name="windSpeedMs"/>. IEC 61853-2 [51] adopts this form without distinguishing cell from module
    /// temperature.</remarks>
    /// <exception cref="InvalidInputException">When <paramref name="u0"/> or <paramref name="u1"/> is out of range.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Faiman(double poaGlobalWm2, double tempAirC, double windSpeedMs,
        double u0 = FaimanU0Default, double u1 = FaimanU1Default)
    {
        if (!(u0 > 0 && u0 < double.PositiveInfinity)) _ = Guard.Positive(u0, "faiman_u0");
        if (!(u1 >= 0 && u1 < double.PositiveInfinity)) _ = Guard.NonNegative(u1, "faiman_u1");
        return tempAirC + poaGlobalWm2 / (u0 + u1 * windSpeedMs);
    }

    /// <summary>Module back-surface temperature by the Sandia (SAPM) model [°C] [52].</summary>
    /// <param name="poaGlobalWm2">Global irradiance incident on the plane of the array [W/m²].</param>
    /// <param name="tempAirC">Ambient dry-bulb air temperature [°C].</param>
    /// <param name="windSpeedMs">Wind speed measured at the standard 10 m height [m/s].</param>
    /// <param name="a">Coefficient a [ln(°C·m²/W)].</param>
    /// <param name="bSPerM">Coefficient b [s/m].</param>
    /// <returns>Module back-surface temperature [°C].</returns>
    /// <remarks>T_m = E·exp(a + b·v) + T_a [52].</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double SapmModule(double poaGlobalWm2, double tempAirC, double windSpeedMs, double a, double bSPerM) =>
        poaGlobalWm2 * Math.Exp(a + bSPerM * windSpeedMs) + tempAirC;

    /// <summary>Cell temperature by the Sandia (SAPM) model: module back temperature plus the conduction rise through the back [°C] [52].</summary>
    /// <param name="poaGlobalWm2">Global irradiance incident on the plane of the array [W/m²].</param>
    /// <param name="tempAirC">Ambient dry-bulb air temperature [°C].</param>
    /// <param name="windSpeedMs">Wind speed measured at the standard 10 m height [m/s].</param>
    /// <param name="p">Coefficients for the module construction and mounting, e.g. <see cref="SapmTemperatureParameters.OpenRackGlassGlass"/>.</param>
    /// <returns>Cell temperature [°C].</returns>
    /// <remarks>T_c = T_m + (E / E0)·ΔT [52], with T_m from <see cref="SapmModule"/>, E0 = 1000 W/m²,
    /// ΔT = <see cref="SapmTemperatureParameters.DeltaTC"/>, a = <see cref="SapmTemperatureParameters.A"/>,
    /// b = <see cref="SapmTemperatureParameters.BSPerM"/>. Coefficients are trusted as given; call
    /// <see cref="SapmTemperatureParameters.Validated"/> once at the boundary.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Sapm(double poaGlobalWm2, double tempAirC, double windSpeedMs, SapmTemperatureParameters p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return SapmModule(poaGlobalWm2, tempAirC, windSpeedMs, p.A, p.BSPerM)
            + poaGlobalWm2 / SapmReferenceIrradianceWm2 * p.DeltaTC;
    }
}
