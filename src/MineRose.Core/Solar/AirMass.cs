namespace MineRose.Core.Solar;

/// <summary>Optical air mass: the path length of sunlight through the atmosphere relative to the vertical path.</summary>
/// <remarks>
/// Convention below the horizon: a relative air mass is <see cref="double.NaN"/> when the zenith angle exceeds 90°
/// (as pvlib [28]); it is finite (≈37.9) at exactly 90°. Every consumer in this folder treats a NaN air mass as
/// "sun down": <see cref="ClearSky.Ineichen"/> returns zeros and <see cref="Transposition.Perez"/> falls back to the
/// isotropic sky.
/// </remarks>
public static class AirMass
{
    /// <summary>Relative optical air mass of Kasten and Young (1989) [11].</summary>
    /// <param name="zenithDeg">Solar zenith angle z [°], in [0, 180]; the true (not refraction-corrected) angle, as in [11].</param>
    /// <returns>Relative air mass m_r [-]; NaN when z &gt; 90°.</returns>
    /// <remarks>m_r = 1 / (cos z + 0.50572·(96.07995 − z)^−1.6364), z in degrees [11].</remarks>
    public static double RelativeKastenYoung(double zenithDeg)
    {
        Guard.InRange(zenithDeg, 0, 180, "solar zenith");
        if (zenithDeg > 90)
            return double.NaN;
        return 1.0 / (Math.Cos(zenithDeg * DegToRad) + 0.50572 * Math.Pow(96.07995 - zenithDeg, -1.6364));
    }

    /// <summary>Relative optical air mass of Kasten (1966) [12], the form used by the DISC and DIRINT models [19, 20].</summary>
    /// <param name="zenithDeg">Solar zenith angle z [°], in [0, 180].</param>
    /// <returns>Relative air mass m_r [-]; NaN when z &gt; 90°.</returns>
    /// <remarks>m_r = 1 / (cos z + 0.15·(93.885 − z)^−1.253), z in degrees [12].</remarks>
    public static double RelativeKasten1966(double zenithDeg)
    {
        Guard.InRange(zenithDeg, 0, 180, "solar zenith");
        if (zenithDeg > 90)
            return double.NaN;
        return 1.0 / (Math.Cos(zenithDeg * DegToRad) + 0.15 * Math.Pow(93.885 - zenithDeg, -1.253));
    }

    /// <summary>Absolute (pressure-corrected) air mass.</summary>
    /// <param name="relativeAirMass">Relative air mass m_r [-]; NaN (sun below the horizon) passes through as NaN.</param>
    /// <param name="pressurePa">Station air pressure p [Pa], in [10 000, 120 000] (hectopascals are refused).</param>
    /// <returns>Absolute air mass m_a = m_r·p/p₀ [-], p₀ = 101 325 Pa.</returns>
    public static double Absolute(double relativeAirMass, double pressurePa = PhysicalConstants.StandardPressurePa)
    {
        Guard.InRange(pressurePa, 10_000, 120_000, "air pressure");
        if (double.IsNaN(relativeAirMass))
            return double.NaN;
        Guard.Positive(relativeAirMass, "relative air mass");
        return relativeAirMass * pressurePa / PhysicalConstants.StandardPressurePa;
    }

    /// <summary>Mean air pressure at an elevation, from the ICAO/U.S. standard atmosphere [13].</summary>
    /// <param name="elevationM">Height above mean sea level h [m], in [−500, 11 000] (the troposphere, where the lapse rate is constant).</param>
    /// <returns>Air pressure p [Pa].</returns>
    /// <remarks>
    /// p = p₀·(1 − L·h/T₀)^(g·M/(R·L)) with p₀ = 101 325 Pa, T₀ = 288.15 K, L = 0.0065 K/m, giving
    /// p = 101 325·(1 − 2.25577e-5·h)^5.25588 [13].
    /// </remarks>
    public static double PressureFromAltitudePa(double elevationM)
    {
        Guard.InRange(elevationM, -500, 11_000, "elevation");
        return PhysicalConstants.StandardPressurePa * Math.Pow(1.0 - 2.25577e-5 * elevationM, 5.25588);
    }

    private const double DegToRad = Math.PI / 180.0;
}
