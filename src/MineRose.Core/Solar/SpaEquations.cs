using System.Runtime.Intrinsics;

namespace MineRose.Core.Solar;

/// <summary>The equations of the NREL Solar Position Algorithm, one method per step [1, 2].</summary>
/// <remarks>
/// Equation numbers refer to Reda and Andreas, NREL/TP-560-34302 (revised 2008) [1]. Angles are in degrees
/// unless a name says otherwise. Shared by <see cref="SolarPositionAlgorithm"/>, <see cref="SolarEphemeris"/>
/// and <see cref="SunPath"/> so that the three cannot drift apart.
/// </remarks>
internal static class SpaEquations
{
    /// <summary>Julian day of J2000.0 (2000-01-01 12:00 TT) [d].</summary>
    internal const double J2000JulianDay = 2451545.0;

    /// <summary>Ratio b/a of Earth's polar to equatorial radius used by the SPA (eq. 34) [-].</summary>
    internal const double EarthAxisRatio = 0.99664719;

    /// <summary>Earth's equatorial radius used by the SPA (eqs. 35–36) [m].</summary>
    internal const double EarthEquatorialRadiusM = 6378140.0;

    /// <summary>Apparent radius of the sun's disc used for the refraction threshold [°] (spa.c SUN_RADIUS).</summary>
    internal const double SunRadiusDeg = 0.26667;

    private const double DegToRad = Math.PI / 180.0;
    private const double RadToDeg = 180.0 / Math.PI;
    private static readonly long J2000Ticks = new DateTime(2000, 1, 1, 12, 0, 0, DateTimeKind.Utc).Ticks;

    /// <summary>Julian day of a UTC instant (eq. 4; equal to the calendar formula for Gregorian dates) [d].</summary>
    /// <remarks>Counted in ticks from J2000.0 so that no precision is lost to the large day number.</remarks>
    internal static double JulianDay(DateTime utc) =>
        J2000JulianDay + (utc.Ticks - J2000Ticks) / (double)TimeSpan.TicksPerDay;

    /// <summary>Julian day of a UTC instant given in ticks (<see cref="DateTime.Ticks"/>) [d].</summary>
    internal static double JulianDay(long utcTicks) =>
        J2000JulianDay + (utcTicks - J2000Ticks) / (double)TimeSpan.TicksPerDay;

    /// <summary>Decimal year of a Julian day, for the ΔT polynomials: 2000 + days since 2000-01-01 0h / 365.2425 [a].</summary>
    internal static double DecimalYear(double julianDay) => 2000.0 + (julianDay - 2451544.5) / 365.2425;

    /// <summary>Reduces an angle to [0, 360) [°] (step 3.2.6 of [1]).</summary>
    internal static double LimitDegrees(double degrees)
    {
        // 360·k is exact for any k a double can hold here, so the subtraction is exact as well
        var limited = degrees - 360.0 * Math.Floor(degrees / 360.0);
        return limited >= 360.0 ? limited - 360.0 : limited;
    }

    /// <summary>All time-only quantities of the SPA for one instant (sections 3.1–3.10, A.1).</summary>
    /// <param name="julianDay">Julian day (UT) [d].</param>
    /// <param name="deltaTSeconds">ΔT = TT − UT [s].</param>
    internal static SpaGeocentricSun Geocentric(double julianDay, double deltaTSeconds)
    {
        // 3.1 Julian and ephemeris time scales (eqs. 5–8)
        var jc = (julianDay - J2000JulianDay) / 36525.0;
        var jde = julianDay + deltaTSeconds / 86400.0;
        var jce = (jde - J2000JulianDay) / 36525.0;
        var jme = jce / 10.0;

        // 3.2 Earth heliocentric longitude, latitude and radius vector (eqs. 9–12)
        var l = HeliocentricLongitudeDeg(jme);
        var b = HeliocentricLatitudeDeg(jme);
        var r = EarthRadiusVectorAu(jme);

        // 3.3 geocentric longitude and latitude (eqs. 13–14)
        var theta = LimitDegrees(l + 180.0);
        var beta = -b;

        // 3.4 nutation (eqs. 15–23); 3.5 obliquity (eqs. 24–25)
        Nutation(jce, out var deltaPsi, out var deltaEpsilon);
        var epsilon0 = MeanObliquityArcsec(jme);
        var epsilon = epsilon0 / 3600.0 + deltaEpsilon;

        // 3.6 aberration (eq. 26); 3.7 apparent sun longitude (eq. 27)
        var deltaTau = AberrationDeg(r);
        var lambda = theta + deltaPsi + deltaTau;

        // 3.8 apparent sidereal time at Greenwich (eqs. 28–29)
        var nu0 = MeanSiderealTimeDeg(julianDay, jc);
        var nu = nu0 + deltaPsi * Math.Cos(epsilon * DegToRad);

        // 3.9–3.10 geocentric right ascension and declination (eqs. 30–31)
        var alpha = GeocentricRightAscensionDeg(lambda, epsilon, beta);
        var delta = GeocentricDeclinationDeg(lambda, epsilon, beta);

        // A.1 equation of time
        var eot = EquationOfTimeMinutes(SunMeanLongitudeDeg(jme), alpha, deltaPsi, epsilon);

        return new SpaGeocentricSun(julianDay, jc, jde, jce, jme, l, b, r, theta, beta, deltaPsi, deltaEpsilon,
            epsilon0, epsilon, deltaTau, lambda, nu0, nu, alpha, delta, eot);
    }

    /// <summary>Earth heliocentric longitude L (eqs. 9–12) [°], in [0, 360).</summary>
    /// <param name="jme">Julian ephemeris millennium [-].</param>
    internal static double HeliocentricLongitudeDeg(double jme) =>
        LimitDegrees(SeriesPolynomial(SpaPeriodicTerms.LongitudeColumns, jme) / 1e8 * RadToDeg);

    /// <summary>Earth heliocentric latitude B (section 3.2.7) [°].</summary>
    /// <param name="jme">Julian ephemeris millennium [-].</param>
    internal static double HeliocentricLatitudeDeg(double jme) =>
        SeriesPolynomial(SpaPeriodicTerms.LatitudeColumns, jme) / 1e8 * RadToDeg;

    /// <summary>Earth radius vector R (section 3.2.8) [AU].</summary>
    /// <param name="jme">Julian ephemeris millennium [-].</param>
    internal static double EarthRadiusVectorAu(double jme) =>
        SeriesPolynomial(SpaPeriodicTerms.RadiusColumns, jme) / 1e8;

    /// <summary>Σₖ Sₖ · JMEᵏ over the series L0…L5, B0…B1 or R0…R4 (eq. 11 without the 10⁸).</summary>
    private static double SeriesPolynomial(SpaSeriesColumns[] series, double jme)
    {
        var total = 0.0;
        for (var k = series.Length - 1; k >= 0; k--)
            total = total * jme + series[k].Sum(jme);
        return total;
    }

    /// <summary>The five fundamental arguments X₀…X₄ of the nutation (eqs. 15–19) [°], not reduced to [0, 360).</summary>
    /// <param name="jce">Julian ephemeris century [-].</param>
    internal static (double X0, double X1, double X2, double X3, double X4) FundamentalArgumentsDeg(double jce)
    {
        var jce2 = jce * jce;
        var jce3 = jce2 * jce;
        return (
            297.85036 + 445267.111480 * jce - 0.0019142 * jce2 + jce3 / 189474.0,   // mean elongation of the moon
            357.52772 + 35999.050340 * jce - 0.0001603 * jce2 - jce3 / 300000.0,    // mean anomaly of the sun
            134.96298 + 477198.867398 * jce + 0.0086972 * jce2 + jce3 / 56250.0,    // mean anomaly of the moon
            93.27191 + 483202.017538 * jce - 0.0036825 * jce2 + jce3 / 327270.0,    // moon's argument of latitude
            125.04452 - 1934.136261 * jce + 0.0020708 * jce2 + jce3 / 450000.0);    // moon's ascending node
    }

    /// <summary>Nutation in longitude Δψ and in obliquity Δε (eqs. 20–23) [°].</summary>
    /// <param name="jce">Julian ephemeris century [-].</param>
    /// <param name="deltaPsiDeg">Nutation in longitude Δψ [°].</param>
    /// <param name="deltaEpsilonDeg">Nutation in obliquity Δε [°].</param>
    internal static void Nutation(double jce, out double deltaPsiDeg, out double deltaEpsilonDeg)
    {
        var (x0, x1, x2, x3, x4) = FundamentalArgumentsDeg(jce);
        var columns = SpaPeriodicTerms.NutationColumns;
        var (y0, y1, y2, y3, y4) = (columns[0], columns[1], columns[2], columns[3], columns[4]);
        var (a, b, c, d) = (columns[5], columns[6], columns[7], columns[8]);
        var t = Vector256.Create(jce);
        var sumPsi = Vector256<double>.Zero;
        var sumEpsilon = Vector256<double>.Zero;
        for (var i = 0; i < y0.Length; i += Vector256<double>.Count)
        {
            var argument = (Vector256.Create(y0.AsSpan(i)) * x0 + Vector256.Create(y1.AsSpan(i)) * x1
                + Vector256.Create(y2.AsSpan(i)) * x2 + Vector256.Create(y3.AsSpan(i)) * x3
                + Vector256.Create(y4.AsSpan(i)) * x4) * DegToRad;
            var (sin, cos) = SpaFastMath.SinCos(argument);
            sumPsi += (Vector256.Create(a.AsSpan(i)) + Vector256.Create(b.AsSpan(i)) * t) * sin;
            sumEpsilon += (Vector256.Create(c.AsSpan(i)) + Vector256.Create(d.AsSpan(i)) * t) * cos;
        }
        // the coefficients are in 0.0001″: 36 000 000 of them make a degree
        deltaPsiDeg = SpaFastMath.Sum(sumPsi) / 36000000.0;
        deltaEpsilonDeg = SpaFastMath.Sum(sumEpsilon) / 36000000.0;
    }

    /// <summary>Mean obliquity of the ecliptic ε₀ (eq. 24; Laskar's polynomial) [″].</summary>
    /// <param name="jme">Julian ephemeris millennium [-].</param>
    internal static double MeanObliquityArcsec(double jme)
    {
        var u = jme / 10.0;
        return 84381.448 + u * (-4680.93 + u * (-1.55 + u * (1999.25 + u * (-51.38 + u * (-249.67
            + u * (-39.05 + u * (7.12 + u * (27.87 + u * (5.79 + u * 2.45)))))))));
    }

    /// <summary>Aberration correction Δτ = −20.4898″ / R (eq. 26) [°].</summary>
    /// <param name="earthSunDistanceAu">Earth radius vector R [AU].</param>
    internal static double AberrationDeg(double earthSunDistanceAu) => -20.4898 / (3600.0 * earthSunDistanceAu);

    /// <summary>Mean sidereal time at Greenwich ν₀ (eq. 28) [°], in [0, 360).</summary>
    /// <param name="julianDay">Julian day (UT) [d].</param>
    /// <param name="julianCentury">Julian century (UT) [-].</param>
    internal static double MeanSiderealTimeDeg(double julianDay, double julianCentury) =>
        LimitDegrees(280.46061837 + 360.98564736629 * (julianDay - J2000JulianDay)
            + julianCentury * julianCentury * (0.000387933 - julianCentury / 38710000.0));

    /// <summary>Geocentric sun right ascension α (eq. 30) [°], in [0, 360).</summary>
    /// <param name="lambdaDeg">Apparent sun longitude λ [°].</param>
    /// <param name="epsilonDeg">True obliquity of the ecliptic ε [°].</param>
    /// <param name="betaDeg">Geocentric latitude β [°].</param>
    internal static double GeocentricRightAscensionDeg(double lambdaDeg, double epsilonDeg, double betaDeg)
    {
        var lambda = lambdaDeg * DegToRad;
        var epsilon = epsilonDeg * DegToRad;
        var beta = betaDeg * DegToRad;
        var alpha = Math.Atan2(Math.Sin(lambda) * Math.Cos(epsilon) - Math.Tan(beta) * Math.Sin(epsilon), Math.Cos(lambda));
        return LimitDegrees(alpha * RadToDeg);
    }

    /// <summary>Geocentric sun declination δ (eq. 31) [°].</summary>
    /// <param name="lambdaDeg">Apparent sun longitude λ [°].</param>
    /// <param name="epsilonDeg">True obliquity of the ecliptic ε [°].</param>
    /// <param name="betaDeg">Geocentric latitude β [°].</param>
    internal static double GeocentricDeclinationDeg(double lambdaDeg, double epsilonDeg, double betaDeg)
    {
        var lambda = lambdaDeg * DegToRad;
        var epsilon = epsilonDeg * DegToRad;
        var beta = betaDeg * DegToRad;
        return Math.Asin(Math.Sin(beta) * Math.Cos(epsilon) + Math.Cos(beta) * Math.Sin(epsilon) * Math.Sin(lambda)) * RadToDeg;
    }

    /// <summary>Equatorial horizontal parallax of the sun ξ = 8.794″ / R (eq. 33) [°].</summary>
    /// <param name="earthSunDistanceAu">Earth radius vector R [AU].</param>
    internal static double EquatorialHorizontalParallaxDeg(double earthSunDistanceAu) => 8.794 / (3600.0 * earthSunDistanceAu);

    /// <summary>The observer's geocentric position terms x = ρ cos φ′ and y = ρ sin φ′ (eqs. 34–36), in Earth equatorial radii.</summary>
    /// <param name="latitudeDeg">Geodetic latitude φ [°].</param>
    /// <param name="elevationM">Elevation above sea level E [m].</param>
    internal static (double X, double Y) ObserverTerms(double latitudeDeg, double elevationM)
    {
        var phi = latitudeDeg * DegToRad;
        var u = Math.Atan(EarthAxisRatio * Math.Tan(phi));
        var h = elevationM / EarthEquatorialRadiusM;
        return (Math.Cos(u) + h * Math.Cos(phi), EarthAxisRatio * Math.Sin(u) + h * Math.Sin(phi));
    }

    /// <summary>Atmospheric refraction correction Δe (eq. 42) [°]; zero when the sun is below the horizon.</summary>
    /// <remarks>
    /// Applied only when the true elevation e₀ ≥ −(sun radius + refraction at the horizon), as in NREL's
    /// reference code spa.c and in pvlib: below that the sun's disc is wholly below the horizon.
    /// </remarks>
    /// <param name="pressureHpa">Annual average local pressure P [hPa = mbar].</param>
    /// <param name="temperatureC">Annual average local temperature T [°C].</param>
    /// <param name="e0Deg">Topocentric elevation without refraction e₀ [°].</param>
    /// <param name="refractionDeg">Atmospheric refraction at sunrise and sunset [°] (0.5667 in [1]).</param>
    internal static double RefractionCorrectionDeg(double pressureHpa, double temperatureC, double e0Deg, double refractionDeg)
    {
        if (e0Deg < -(SunRadiusDeg + refractionDeg))
            return 0.0;
        return RefractionFactor(pressureHpa, temperatureC) / Math.Tan((e0Deg + 10.3 / (e0Deg + 5.11)) * DegToRad);
    }

    /// <summary>The factor (P/1010)·(283/(273 + T))·1.02/60 of eq. 42 [°].</summary>
    /// <param name="pressureHpa">Annual average local pressure P [hPa].</param>
    /// <param name="temperatureC">Annual average local temperature T [°C].</param>
    internal static double RefractionFactor(double pressureHpa, double temperatureC) =>
        pressureHpa / 1010.0 * (283.0 / (273.0 + temperatureC)) * 1.02 / 60.0;

    /// <summary>Sun's mean longitude M (Appendix A.1) [°], in [0, 360).</summary>
    /// <param name="jme">Julian ephemeris millennium [-].</param>
    internal static double SunMeanLongitudeDeg(double jme) =>
        LimitDegrees(280.4664567 + jme * (360007.6982779 + jme * (0.03032028 + jme * (1.0 / 49931.0
            + jme * (-1.0 / 15300.0 + jme * (-1.0 / 2000000.0))))));

    /// <summary>Equation of time E = 4·(M − 0.0057183 − α + Δψ·cos ε) (Appendix A.1) [min], in [−20, 20].</summary>
    /// <param name="sunMeanLongitudeDeg">Sun's mean longitude M [°].</param>
    /// <param name="alphaDeg">Geocentric right ascension α [°].</param>
    /// <param name="deltaPsiDeg">Nutation in longitude Δψ [°].</param>
    /// <param name="epsilonDeg">True obliquity of the ecliptic ε [°].</param>
    internal static double EquationOfTimeMinutes(double sunMeanLongitudeDeg, double alphaDeg, double deltaPsiDeg, double epsilonDeg)
    {
        var minutes = 4.0 * (sunMeanLongitudeDeg - 0.0057183 - alphaDeg + deltaPsiDeg * Math.Cos(epsilonDeg * DegToRad));
        // M and α are each reduced to [0, 360): bring a difference of about a full turn back into [−20, 20] min
        if (minutes < -20.0)
            return minutes + 1440.0;
        if (minutes > 20.0)
            return minutes - 1440.0;
        return minutes;
    }
}
