using MineRose.Core.Solar;

namespace MineRose.Core.Tests.Solar;

/// <summary>
/// The worked example of Reda and Andreas, NREL/TP-560-34302 (rev. 2008), Appendix A.5, Table A5.1 [1]:
/// 17 Oct 2003 12:30:30 local standard time (UTC−7), 39.742476 N, 105.1786 W, 1830.14 m, 820 mbar, 11 °C,
/// ΔT = 67 s, slope 30°, surface azimuth rotation −10° (i.e. 170° from north), refraction 0.5667°.
/// Each value is asserted to the digits the table publishes (half a unit of its last digit), except where
/// a comment says otherwise. Values the table does not list come from pvlib's test_spa.py [6].
/// </summary>
public class SpaWorkedExampleTests
{
    private static readonly DateTime Instant = new(2003, 10, 17, 19, 30, 30, DateTimeKind.Utc);
    private const double Latitude = 39.742476;
    private const double Longitude = -105.1786;
    private const double Elevation = 1830.14;
    private const double Pressure = 820;
    private const double Temperature = 11;
    private const double DeltaTs = 67;

    private static SpaGeocentricSun Geocentric() => SpaEquations.Geocentric(SpaEquations.JulianDay(Instant), DeltaTs);

    private static SunPosition Position() =>
        SolarPositionAlgorithm.Spa(Instant, Latitude, Longitude, Elevation, Pressure, Temperature, DeltaTs);

    [Fact]
    public void Spa_matches_the_worked_example_of_Reda_and_Andreas()
    {
        var sun = Position();
        Assert.Equal(50.11162, sun.ApparentZenithDeg, 0.000005);   // θ, Table A5.1
        Assert.Equal(194.34024, sun.AzimuthDeg, 0.000005);         // Φ, Table A5.1
        Assert.Equal(202.22741, sun.RightAscensionDeg, 0.000005);  // α, Table A5.1
        Assert.Equal(-9.31434, sun.DeclinationDeg, 0.000005);      // δ, Table A5.1
        Assert.Equal(202.22704, sun.TopocentricRightAscensionDeg, 0.000005); // α′, Table A5.1
        Assert.Equal(-9.316179, sun.TopocentricDeclinationDeg, 0.0000005);   // δ′, Table A5.1
        Assert.Equal(0.9965422974, sun.EarthSunDistanceAu, 0.00000000005);   // R, Table A5.1
        Assert.Equal(39.872046, sun.ElevationDeg, 0.0000005);     // e₀, pvlib test_spa.py
        Assert.Equal(39.888378, sun.ApparentElevationDeg, 0.0000005); // e, pvlib test_spa.py
    }

    [Fact]
    public void Hour_angles_match_the_worked_example_to_the_accuracy_of_the_published_table()
    {
        var sun = Position();
        // Table A5.1 prints H = 11.105900° and H′ = 11.10629°; NREL's spa.c prints H = 11.105902° for the same
        // inputs (its published test output), and H′ = H − Δα = 11.105902 + 0.000369 (Δα from pvlib's test_spa.py)
        // = 11.106271°. The table's last digits are therefore rounded or typeset loosely: we assert H to spa.c's
        // digits and H′ to 2·10⁻⁵°, which covers the table's 11.10629.
        Assert.Equal(11.105902, sun.HourAngleDeg, 0.0000005);
        Assert.Equal(11.10629, sun.TopocentricHourAngleDeg, 0.00002);
        Assert.Equal(11.105902 + 0.000369, sun.TopocentricHourAngleDeg, 0.000001);
    }

    [Fact]
    public void Equation_of_time_matches_the_worked_example()
    {
        // E = 14.641503 min in Table A5.1. The paper's own equations A1–A2 with its published M = 205.8971722516°,
        // α and Δψ reproduce it only to ≈1·10⁻⁵ min (α is printed to 5 decimals: 0.000005° = 0.00002 min),
        // so we assert to 1·10⁻⁵ min (0.0006 s).
        Assert.Equal(14.641503, Position().EquationOfTimeMinutes, 0.00001);
        Assert.Equal(205.8971722516, SpaEquations.SunMeanLongitudeDeg(Geocentric().JulianEphemerisMillennium), 0.00000000005); // M, Table A5.1
    }

    [Fact]
    public void Incidence_angle_matches_the_worked_example()
    {
        // slope 30°, azimuth rotation −10° from south = 170° from north; I = 25.18700°, Table A5.1
        Assert.Equal(25.18700, SolarPositionAlgorithm.IncidenceAngleDeg(Position(), 30, 170), 0.000005);
    }

    [Fact]
    public void Time_scales_match_the_worked_example()
    {
        var sun = Geocentric();
        Assert.Equal(2452930.312847, sun.JulianDay, 0.0000005);                  // JD, Table A5.1
        // JC: pvlib's test_spa.py lists 0.0379277986858, computed from the JD rounded to 6 decimals (a 2·10⁻⁷ d
        // rounding is 6·10⁻¹² in JC); the exact JD 2452930.3128472222 gives 0.0379277986919
        Assert.Equal(0.0379277986858, sun.JulianCentury, 0.00000000001);
        Assert.Equal(2452930.313623, sun.JulianEphemerisDay, 0.0000005);        // JDE, pvlib test_spa.py
        Assert.Equal(0.037927819916852, sun.JulianEphemerisCentury, 0.00000000001);   // JCE, pvlib (asserted there to 10 decimals)
        Assert.Equal(0.003792781991685, sun.JulianEphemerisMillennium, 0.000000000001); // JME, pvlib (idem)
    }

    [Fact]
    public void Every_periodic_series_sum_matches_the_worked_example()
    {
        // Table A5.1 prints each series sum (eq. 10) at the example's JME to six decimals; a wrong amplitude,
        // phase or frequency anywhere in Table A4.2 would show here. L1 ≈ 6.3·10¹¹ is printed with more digits
        // than a double holds: doubles there are 1.2·10⁻⁴ apart and the reference code's 34 sequential additions
        // each round to that spacing, so the tolerance is the larger of half the last printed digit and
        // 10⁻¹⁵ relative (five units in the last place; 10⁻¹⁴ rad in L).
        var jme = Geocentric().JulianEphemerisMillennium;
        double[] longitude = [172067561.526586, 628332010650.051147, 61368.682493, -26.902819, -121.279536, -0.999999];
        double[] latitude = [-176.502688, 3.067582];
        double[] radius = [99653849.037796, 100378.567146, -1140.953507, -141.115419, 1.232361];
        for (var k = 0; k < longitude.Length; k++)
            Assert.Equal(longitude[k], SpaPeriodicTerms.LongitudeColumns[k].Sum(jme), Tolerance(longitude[k]));
        for (var k = 0; k < latitude.Length; k++)
            Assert.Equal(latitude[k], SpaPeriodicTerms.LatitudeColumns[k].Sum(jme), Tolerance(latitude[k]));
        for (var k = 0; k < radius.Length; k++)
            Assert.Equal(radius[k], SpaPeriodicTerms.RadiusColumns[k].Sum(jme), Tolerance(radius[k]));

        static double Tolerance(double printed) => Math.Max(0.0000005, 1e-15 * Math.Abs(printed));
    }

    [Fact]
    public void Heliocentric_and_geocentric_coordinates_match_the_worked_example()
    {
        var sun = Geocentric();
        Assert.Equal(24.0182616917, sun.HeliocentricLongitudeDeg, 0.00000000005);   // L, Table A5.1
        Assert.Equal(-0.0001011219, sun.HeliocentricLatitudeDeg, 0.00000000005);    // B, Table A5.1
        Assert.Equal(0.9965422974, sun.EarthSunDistanceAu, 0.00000000005);          // R, Table A5.1
        Assert.Equal(204.0182616917, sun.GeocentricLongitudeDeg, 0.00000000005);    // Θ, Table A5.1
        Assert.Equal(0.0001011219, sun.GeocentricLatitudeDeg, 0.00000000005);       // β, Table A5.1
    }

    [Fact]
    public void Nutation_obliquity_and_aberration_match_the_worked_example()
    {
        var sun = Geocentric();
        var (x0, x1, x2, x3, x4) = SpaEquations.FundamentalArgumentsDeg(sun.JulianEphemerisCentury);
        Assert.Equal(17185.861179, x0, 0.0000005);  // X0, pvlib test_spa.py
        Assert.Equal(1722.893218, x1, 0.0000005);   // X1, idem
        Assert.Equal(18234.075703, x2, 0.0000005);  // X2, idem
        Assert.Equal(18420.071012, x3, 0.0000005);  // X3, idem
        Assert.Equal(51.686951, x4, 0.0000005);     // X4, idem
        Assert.Equal(-0.00399840, sun.NutationLongitudeDeg, 0.000000005);  // Δψ, Table A5.1
        Assert.Equal(0.00166657, sun.NutationObliquityDeg, 0.000000005);   // Δε, Table A5.1
        Assert.Equal(84379.672625, sun.MeanObliquityArcsec, 0.0000005);    // ε₀, pvlib test_spa.py
        Assert.Equal(23.440465, sun.TrueObliquityDeg, 0.0000005);          // ε, Table A5.1
        Assert.Equal(-0.005711, sun.AberrationDeg, 0.0000005);             // Δτ, pvlib test_spa.py
        Assert.Equal(204.0085519281, sun.ApparentLongitudeDeg, 0.00000000005); // λ, Table A5.1
    }

    [Fact]
    public void Sidereal_time_and_geocentric_equatorial_coordinates_match_the_worked_example()
    {
        var sun = Geocentric();
        Assert.Equal(318.515579, sun.MeanSiderealTimeDeg, 0.000005);       // ν₀, pvlib test_spa.py (asserted there to 3 decimals)
        Assert.Equal(318.511910, sun.ApparentSiderealTimeDeg, 0.000005);   // ν, pvlib test_spa.py
        Assert.Equal(202.22741, sun.RightAscensionDeg, 0.000005);          // α, Table A5.1
        Assert.Equal(-9.31434, sun.DeclinationDeg, 0.000005);              // δ, Table A5.1
        Assert.Equal(14.641503, sun.EquationOfTimeMinutes, 0.00001);       // E, Table A5.1 (see the test above)
    }

    [Fact]
    public void Refraction_correction_matches_the_worked_example()
    {
        // Δe = 0.016332° at e₀ = 39.872046°, 820 mbar, 11 °C (pvlib test_spa.py; e − e₀ in Table A5.1's example)
        Assert.Equal(0.016332, SpaEquations.RefractionCorrectionDeg(Pressure, Temperature, 39.872046, 0.5667), 0.0000005);
    }

    [Theory]
    // Table A4.1 of [1]: examples for testing any program that computes the Julian day (Gregorian dates only:
    // System.DateTime is proleptic Gregorian, the table's dates before 15 Oct 1582 are Julian-calendar dates).
    [InlineData(2000, 1, 1, 12, 0, 2451545.0)]
    [InlineData(1999, 1, 1, 0, 0, 2451179.5)]
    [InlineData(1987, 1, 27, 0, 0, 2446822.5)]
    [InlineData(1987, 6, 19, 12, 0, 2446966.0)]
    [InlineData(1988, 1, 27, 0, 0, 2447187.5)]
    [InlineData(1988, 6, 19, 12, 0, 2447332.0)]
    [InlineData(1900, 1, 1, 0, 0, 2415020.5)]
    [InlineData(1600, 1, 1, 0, 0, 2305447.5)]
    [InlineData(1600, 12, 31, 0, 0, 2305812.5)]
    public void Julian_day_matches_the_test_table_of_Reda_and_Andreas(int year, int month, int day, int hour, int minute, double expected)
    {
        Assert.Equal(expected, SpaEquations.JulianDay(new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Utc)), 1e-9);
    }
}
