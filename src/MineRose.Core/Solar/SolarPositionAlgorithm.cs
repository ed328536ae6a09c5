using System.Globalization;

namespace MineRose.Core.Solar;

/// <summary>The NREL Solar Position Algorithm (SPA) of Reda and Andreas for one instant and one place [1, 2].</summary>
/// <remarks>
/// Follows NREL/TP-560-34302 (revised 2008) [1] step by step: Julian dates, Earth's heliocentric position
/// from the full VSOP87 periodic terms [4] as tabulated by Meeus [3], nutation (63 terms), obliquity,
/// aberration, apparent sidereal time, geocentric right ascension and declination, topocentric parallax,
/// Bennett-type refraction and the topocentric zenith and azimuth; stated uncertainty ±0.0003° for years
/// −2000 to 6000. For many instants or many sites use <see cref="SolarEphemeris"/> and <see cref="SunPath"/>,
/// which share the time-only part of this computation.
/// The instant is taken as UT1 ≈ UTC; |UT1 − UTC| &lt; 0.9 s moves the hour angle by at most 0.004°.
/// </remarks>
public static class SolarPositionAlgorithm
{
    /// <summary>Refraction at sunrise and sunset used by the SPA reference code [°].</summary>
    public const double DefaultRefractionDeg = 0.5667;

    private const double DegToRad = Math.PI / 180.0;
    private const double RadToDeg = 180.0 / Math.PI;

    /// <summary>The sun's topocentric position at one UTC instant and place (NREL SPA [1]).</summary>
    /// <param name="utc">The instant; must be <see cref="DateTimeKind.Utc"/>, years 1 to 6000.</param>
    /// <param name="latitudeDeg">Geodetic latitude φ, north positive [°], in [−90, 90].</param>
    /// <param name="longitudeDeg">Longitude σ, east positive [°], in [−180, 180].</param>
    /// <param name="elevationM">Elevation above mean sea level E [m], in [−500, 9000].</param>
    /// <param name="pressureHpa">Annual average local pressure P [hPa = mbar], in [0, 1200]; 0 disables refraction.</param>
    /// <param name="temperatureC">Annual average local temperature T [°C], in [−90, 70].</param>
    /// <param name="deltaTSeconds">ΔT = TT − UT [s], in [−8000, 8000]; null estimates it with <see cref="DeltaT.Estimate"/>.</param>
    /// <param name="refractionDeg">Atmospheric refraction at sunrise and sunset [°], in [0, 2]; sets below which elevation no refraction is applied.</param>
    /// <returns>The sun's position; see <see cref="SunPosition"/> for each field.</returns>
    /// <exception cref="InvalidInputException">A parameter is outside its range.</exception>
    public static SunPosition Spa(DateTime utc, double latitudeDeg, double longitudeDeg, double elevationM,
        double pressureHpa = 1013.25, double temperatureC = 12, double? deltaTSeconds = null,
        double refractionDeg = DefaultRefractionDeg)
    {
        if (utc.Kind != DateTimeKind.Utc)
            throw new InvalidInputException("utc", utc.ToString("O", CultureInfo.InvariantCulture), "a UTC time (DateTimeKind.Utc)");
        if (utc.Year > 6000)
            throw new InvalidInputException("utc", utc.ToString("O", CultureInfo.InvariantCulture), "a year in [1, 6000], the SPA's range");
        Guard.InRange(latitudeDeg, -90, 90, "latitude");
        Guard.InRange(longitudeDeg, -180, 180, "longitude");
        Guard.InRange(elevationM, -500, 9000, "elevation");
        Guard.InRange(pressureHpa, 0, 1200, "pressure [hPa]");
        Guard.InRange(temperatureC, -90, 70, "temperature [°C]");
        Guard.InRange(refractionDeg, 0, 2, "refraction at sunrise [°]");
        if (deltaTSeconds is { } given)
            Guard.InRange(given, -8000, 8000, "ΔT [s]");

        var julianDay = SpaEquations.JulianDay(utc);
        var deltaT = deltaTSeconds ?? DeltaT.Estimate(SpaEquations.DecimalYear(julianDay));
        var sun = SpaEquations.Geocentric(julianDay, deltaT);
        return Topocentric(sun, latitudeDeg, longitudeDeg, elevationM, pressureHpa, temperatureC, refractionDeg);
    }

    /// <summary>Angle of incidence of the sun's rays on a tilted surface (SPA section 3.16, eq. 47 [1]) [°], in [0, 180].</summary>
    /// <remarks>
    /// I = acos(cos θ cos ω + sin ω sin θ cos(Γ − γ)), with θ the apparent (refracted) topocentric zenith as in
    /// [1], ω the surface tilt, and Γ − γ the difference of the sun's and the surface's azimuths, which is the
    /// same whether both are measured from south (as in [1]) or from north (as here).
    /// </remarks>
    /// <param name="sun">The sun's position.</param>
    /// <param name="surfaceTiltDeg">Surface tilt ω from horizontal [°], in [0, 180].</param>
    /// <param name="surfaceAzimuthDeg">Azimuth of the surface's normal projected on the ground, clockwise from north (south = 180°) [°], in [0, 360].</param>
    /// <returns>The angle between the sun's direction and the surface normal [°]; above 90° the sun is behind the surface.</returns>
    /// <exception cref="InvalidInputException">A parameter is outside its range.</exception>
    public static double IncidenceAngleDeg(SunPosition sun, double surfaceTiltDeg, double surfaceAzimuthDeg)
    {
        ArgumentNullException.ThrowIfNull(sun);
        Guard.InRange(surfaceTiltDeg, 0, 180, "surface tilt [°]");
        Guard.InRange(surfaceAzimuthDeg, 0, 360, "surface azimuth [°]");

        var zenith = sun.ApparentZenithDeg * DegToRad;
        var tilt = surfaceTiltDeg * DegToRad;
        var cosIncidence = Math.Cos(zenith) * Math.Cos(tilt)
            + Math.Sin(tilt) * Math.Sin(zenith) * Math.Cos((sun.AzimuthDeg - surfaceAzimuthDeg) * DegToRad);
        return Math.Acos(Math.Clamp(cosIncidence, -1.0, 1.0)) * RadToDeg;
    }

    /// <summary>The observer-dependent steps of the SPA (sections 3.11–3.15 of [1]), exactly as written in the paper.</summary>
    internal static SunPosition Topocentric(in SpaGeocentricSun sun, double latitudeDeg, double longitudeDeg,
        double elevationM, double pressureHpa, double temperatureC, double refractionDeg)
    {
        // 3.11 observer local hour angle (eq. 32)
        var hourAngleDeg = SpaEquations.LimitDegrees(sun.ApparentSiderealTimeDeg + longitudeDeg - sun.RightAscensionDeg);

        // 3.12 topocentric right ascension and declination (eqs. 33–39)
        var xi = SpaEquations.EquatorialHorizontalParallaxDeg(sun.EarthSunDistanceAu) * DegToRad;
        var (x, y) = SpaEquations.ObserverTerms(latitudeDeg, elevationM);
        var h = hourAngleDeg * DegToRad;
        var delta = sun.DeclinationDeg * DegToRad;
        var sinXi = Math.Sin(xi);
        var denominator = Math.Cos(delta) - x * sinXi * Math.Cos(h);
        var deltaAlpha = Math.Atan2(-x * sinXi * Math.Sin(h), denominator);
        var deltaPrime = Math.Atan2((Math.Sin(delta) - y * sinXi) * Math.Cos(deltaAlpha), denominator);
        var alphaPrimeDeg = sun.RightAscensionDeg + deltaAlpha * RadToDeg;

        // 3.13 topocentric local hour angle (eq. 40)
        var hPrime = h - deltaAlpha;

        // 3.14 topocentric zenith angle (eqs. 41–44)
        var phi = latitudeDeg * DegToRad;
        var e0Deg = Math.Asin(Math.Sin(phi) * Math.Sin(deltaPrime) + Math.Cos(phi) * Math.Cos(deltaPrime) * Math.Cos(hPrime)) * RadToDeg;
        var deltaE = SpaEquations.RefractionCorrectionDeg(pressureHpa, temperatureC, e0Deg, refractionDeg);
        var eDeg = e0Deg + deltaE;

        // 3.15 topocentric azimuth (eqs. 45–46): astronomers' azimuth Γ from south, then Φ = Γ + 180° from north
        var gamma = Math.Atan2(Math.Sin(hPrime), Math.Cos(hPrime) * Math.Sin(phi) - Math.Tan(deltaPrime) * Math.Cos(phi));
        var azimuthDeg = SpaEquations.LimitDegrees(gamma * RadToDeg + 180.0);

        return new SunPosition(
            ZenithDeg: 90.0 - e0Deg,
            ApparentZenithDeg: 90.0 - eDeg,
            AzimuthDeg: azimuthDeg,
            DeclinationDeg: sun.DeclinationDeg,
            RightAscensionDeg: sun.RightAscensionDeg,
            HourAngleDeg: hourAngleDeg,
            TopocentricDeclinationDeg: deltaPrime * RadToDeg,
            TopocentricRightAscensionDeg: alphaPrimeDeg,
            TopocentricHourAngleDeg: hPrime * RadToDeg,
            EquationOfTimeMinutes: sun.EquationOfTimeMinutes,
            EarthSunDistanceAu: sun.EarthSunDistanceAu,
            JulianDay: sun.JulianDay);
    }
}
