using MineRose.Core.Solar;
using MineRose.Core.Time;
using MineRose.Core.Weather;
using Xunit.Abstractions;

namespace MineRose.Core.Tests.Solar;

public class SunPathTests(ITestOutputHelper output)
{
    private static readonly TimeGrid Year2025 = TimeGrid.Hourly(new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc), 8760);
    private static readonly Lazy<SolarEphemeris> Ephemeris2025 = new(() => SolarEphemeris.For(Year2025));

    public static readonly TheoryData<Site> Sites =
    [
        Site.Dakuishan,
        new Site("Oulu, 65 N", 65.0, 25.5, 15, 2),
        new Site("Canberra, 35 S", -35.0, 149.1, 580, 10),
    ];

    /// <summary>Largest differences between the sun path and the full SPA evaluated at every midpoint.</summary>
    private static (double Zenith, double ApparentZenith, double Azimuth, double CosZenith) MaxDifferences(
        SunPath path, double pressureHpa = 1013.25, double temperatureC = 12, double? deltaTSeconds = null)
    {
        double zenith = 0, apparent = 0, azimuth = 0, cosZenith = 0;
        var site = path.Site;
        for (var i = 0; i < path.Grid.Count; i++)
        {
            var spa = SolarPositionAlgorithm.Spa(path.Grid.MidpointOf(i), site.LatitudeDeg, site.LongitudeDeg, site.ElevationM,
                pressureHpa, temperatureC, deltaTSeconds);
            zenith = Math.Max(zenith, Math.Abs(path.ZenithDeg[i] - spa.ZenithDeg));
            apparent = Math.Max(apparent, Math.Abs(path.ApparentZenithDeg[i] - spa.ApparentZenithDeg));
            cosZenith = Math.Max(cosZenith, Math.Abs(path.CosZenith[i] - Math.Cos(spa.ApparentZenithDeg * Math.PI / 180)));
            if (spa.ZenithDeg > 0.5) // azimuth is undefined at the zenith and changes fast beside it
                azimuth = Math.Max(azimuth, Math.Abs(Math.IEEERemainder(path.AzimuthDeg[i] - spa.AzimuthDeg, 360)));
        }
        return (zenith, apparent, azimuth, cosZenith);
    }

    [Theory]
    [MemberData(nameof(Sites))]
    public void Sun_path_agrees_with_the_full_SPA_at_every_hour_of_a_year(Site site)
    {
        var path = SunPath.For(Ephemeris2025.Value, site);
        var max = MaxDifferences(path);
        output.WriteLine($"{site.Name}: max |Δθ₀| = {max.Zenith:E2}°, |Δθ| = {max.ApparentZenith:E2}°, |ΔΦ| = {max.Azimuth:E2}°, |Δcos θ| = {max.CosZenith:E2}");

        // required: 0.001°; the interpolated ephemeris is in fact good to ~10⁻⁷°, so hold it to 10⁻⁵°
        Assert.InRange(max.Zenith, 0, 1e-5);
        Assert.InRange(max.ApparentZenith, 0, 1e-5);
        Assert.InRange(max.Azimuth, 0, 1e-5);
        Assert.InRange(max.CosZenith, 0, 1e-7);
        Assert.True(Ephemeris2025.Value.SpaEvaluations < 400, "the time-only SPA is sampled daily on an hourly grid");
    }

    [Fact]
    public void Sun_path_agrees_with_the_full_SPA_on_a_fifteen_minute_grid_with_given_delta_T_and_weather()
    {
        var grid = new TimeGrid(new DateTime(2025, 3, 17, 0, 0, 0, DateTimeKind.Utc), TimeSpan.FromMinutes(15), 4 * 24 * 7);
        var path = SunPath.For(SolarEphemeris.For(grid, 69.2), Site.Dakuishan, 985, 6);
        var max = MaxDifferences(path, 985, 6, 69.2);
        output.WriteLine($"15 min: max |Δθ₀| = {max.Zenith:E2}°, |Δθ| = {max.ApparentZenith:E2}°, |ΔΦ| = {max.Azimuth:E2}°");
        Assert.InRange(max.Zenith, 0, 1e-5);
        Assert.InRange(max.ApparentZenith, 0, 1e-5);
        Assert.InRange(max.Azimuth, 0, 1e-5);
    }

    [Fact]
    public void On_a_daily_grid_the_ephemeris_evaluates_the_full_SPA_at_every_midpoint()
    {
        var grid = new TimeGrid(new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc), TimeSpan.FromDays(1), 365);
        var ephemeris = SolarEphemeris.For(grid);
        Assert.Equal(365, ephemeris.SpaEvaluations);
        var path = SunPath.For(ephemeris, Site.Dakuishan);
        var max = MaxDifferences(path);
        // same equations in another arrangement: only rounding differs
        Assert.InRange(max.Zenith, 0, 1e-9);
        Assert.InRange(max.Azimuth, 0, 1e-9);
    }

    [Fact]
    public void The_ephemeris_holds_the_time_only_SPA_quantities_at_each_midpoint()
    {
        var ephemeris = Ephemeris2025.Value;
        foreach (var i in new[] { 0, 1234, 4321, 8759 })
        {
            var spa = SolarPositionAlgorithm.Spa(Year2025.MidpointOf(i), 0, 0, 0);
            Assert.Equal(spa.JulianDay, ephemeris.JulianDay[i], 1e-9);
            Assert.Equal(spa.DeclinationDeg, ephemeris.DeclinationDeg[i], 1e-7);
            Assert.Equal(spa.RightAscensionDeg, ephemeris.RightAscensionDeg[i], 1e-7);
            Assert.Equal(spa.EquationOfTimeMinutes, ephemeris.EquationOfTimeMinutes[i], 1e-6);
            // R carries the moon's 29.5-day perturbation (3·10⁻⁵ AU), interpolated to ≈4·10⁻¹⁰ AU
            Assert.Equal(spa.EarthSunDistanceAu, ephemeris.EarthSunDistanceAu[i], 1e-9);
            // at Greenwich (σ = 0) the local hour angle is ν − α
            Assert.Equal(0, Math.IEEERemainder(ephemeris.ApparentSiderealTimeDeg[i] - ephemeris.RightAscensionDeg[i] - spa.HourAngleDeg, 360), 1e-7);
        }
    }

    [Fact]
    public void Every_hour_holds_a_valid_position_and_night_zenith_exceeds_90_degrees()
    {
        var path = SunPath.For(Ephemeris2025.Value, Site.Dakuishan);
        Assert.Equal(8760, path.ZenithDeg.Length);
        Assert.Equal(8760, path.ApparentZenithDeg.Length);
        Assert.Equal(8760, path.AzimuthDeg.Length);
        Assert.Equal(8760, path.CosZenith.Length);
        Assert.Equal(8760, path.EarthSunDistanceAu.Length);
        Assert.All(path.AzimuthDeg, a => Assert.InRange(a, 0, 360 - 1e-12));
        Assert.All(path.ZenithDeg, z => Assert.InRange(z, 0, 180));
        // 2025-01-01 16:30 UTC is 00:30 local standard time at Dakuishan: deep night
        Assert.True(path.ZenithDeg[16] > 90 && path.CosZenith[16] < 0);
        // and 04:30 UTC is 12:30 local: the winter noon sun, ≈60° from the zenith, to the south
        Assert.InRange(path.ZenithDeg[4], 59, 61);
        Assert.InRange(path.AzimuthDeg[4], 170, 190);
        // about half the hours of a year are daylight at any latitude
        Assert.InRange(path.CosZenith.Count(c => c > 0), 4300, 4600);
    }

    [Fact]
    public void Earth_sun_distance_is_shared_from_the_ephemeris()
    {
        var path = SunPath.For(Ephemeris2025.Value, Site.Dakuishan);
        Assert.Equal(Ephemeris2025.Value.EarthSunDistanceAu.ToArray(), path.EarthSunDistanceAu);
        // perihelion in early January (≈0.9833 AU), aphelion in early July (≈1.0167 AU)
        Assert.InRange(path.EarthSunDistanceAu.Min(), 0.9832, 0.9834);
        Assert.InRange(path.EarthSunDistanceAu.Max(), 1.0166, 1.0168);
    }

    [Theory]
    [InlineData(91.0, 0.0, "latitude")]
    [InlineData(0.0, -200.0, "longitude")]
    public void An_invalid_site_is_refused_with_the_field_name(double lat, double lon, string field)
    {
        var ex = Assert.Throws<InvalidInputException>(() => SunPath.For(Ephemeris2025.Value, new Site("bad", lat, lon, 0, 0)));
        Assert.Equal(field, ex.Field);
    }

    [Fact]
    public void A_pressure_out_of_range_is_refused()
    {
        var ex = Assert.Throws<InvalidInputException>(() => SunPath.For(Ephemeris2025.Value, Site.Dakuishan, pressureHpa: 5000));
        Assert.Equal("pressure [hPa]", ex.Field);
    }

    [Fact]
    public void A_grid_at_the_edge_of_the_delta_T_polynomials_still_interpolates()
    {
        // interpolation nodes reach a day before the first midpoint, i.e. into 1899
        var grid = TimeGrid.Hourly(new DateTime(1900, 1, 1, 0, 0, 0, DateTimeKind.Utc), 72);
        var path = SunPath.For(SolarEphemeris.For(grid), new Site("Greenwich", 51.4769, 0, 46, 0));
        var spa = SolarPositionAlgorithm.Spa(grid.MidpointOf(12), 51.4769, 0, 46);
        Assert.Equal(spa.ZenithDeg, path.ZenithDeg[12], 1e-5);
    }

    [Fact]
    public void An_ephemeris_outside_the_delta_T_polynomials_needs_an_explicit_delta_T()
    {
        var grid = TimeGrid.Hourly(new DateTime(1850, 1, 1, 0, 0, 0, DateTimeKind.Utc), 48);
        Assert.Throws<InvalidInputException>(() => SolarEphemeris.For(grid));
        Assert.Equal(48, SolarEphemeris.For(grid, 7.0).JulianDay.Length);
    }
}
