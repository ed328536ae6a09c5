namespace MineRose.Core.Solar;

/// <summary>The sun's position seen from a place on Earth at one instant, as computed by the NREL SPA [1].</summary>
/// <param name="ZenithDeg">Topocentric zenith angle θ₀ = 90° − e₀, without refraction [°], in [0, 180].</param>
/// <param name="ApparentZenithDeg">Topocentric zenith angle θ with atmospheric refraction [1, eq. 44] [°].</param>
/// <param name="AzimuthDeg">Topocentric azimuth Φ, clockwise from north (east = 90°) [1, eq. 46] [°], in [0, 360).</param>
/// <param name="DeclinationDeg">Geocentric declination of the sun δ [1, eq. 31] [°].</param>
/// <param name="RightAscensionDeg">Geocentric right ascension of the sun α [1, eq. 30] [°], in [0, 360).</param>
/// <param name="HourAngleDeg">Observer local hour angle H, westward from the meridian [1, eq. 32] [°], in [0, 360).</param>
/// <param name="TopocentricDeclinationDeg">Topocentric declination δ′ (parallax applied) [1, eq. 39] [°].</param>
/// <param name="TopocentricRightAscensionDeg">Topocentric right ascension α′ [1, eq. 38] [°].</param>
/// <param name="TopocentricHourAngleDeg">Topocentric local hour angle H′ [1, eq. 40] [°].</param>
/// <param name="EquationOfTimeMinutes">Equation of time E, apparent minus mean solar time [1, Appendix A.1] [min].</param>
/// <param name="EarthSunDistanceAu">Earth–sun distance (Earth radius vector R) [AU].</param>
/// <param name="JulianDay">Julian day of the instant (UT) [d].</param>
public sealed record SunPosition(
    double ZenithDeg,
    double ApparentZenithDeg,
    double AzimuthDeg,
    double DeclinationDeg,
    double RightAscensionDeg,
    double HourAngleDeg,
    double TopocentricDeclinationDeg,
    double TopocentricRightAscensionDeg,
    double TopocentricHourAngleDeg,
    double EquationOfTimeMinutes,
    double EarthSunDistanceAu,
    double JulianDay)
{
    /// <summary>Topocentric elevation e₀ = 90° − θ₀, without refraction [1, eq. 41] [°].</summary>
    public double ElevationDeg => 90.0 - ZenithDeg;

    /// <summary>Topocentric elevation e = e₀ + Δe, with refraction [1, eq. 43] [°].</summary>
    public double ApparentElevationDeg => 90.0 - ApparentZenithDeg;
}
