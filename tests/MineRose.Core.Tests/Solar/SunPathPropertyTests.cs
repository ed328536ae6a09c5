using FsCheck;
using FsCheck.Fluent;
using MineRose.Core.Solar;
using MineRose.Core.Time;
using MineRose.Core.Weather;

namespace MineRose.Core.Tests.Solar;

/// <summary>A site anywhere on Earth and an hour of 2025.</summary>
public sealed record SiteAndHour(double LatitudeDeg, double LongitudeDeg, double ElevationM, int Hour);

/// <summary>Generators for the solar property tests.</summary>
public static class SolarArbitraries
{
    /// <summary>Latitude in [−89.9, 89.9]°, longitude in [−180, 180]°, elevation in [−400, 5000] m, hour in [0, 8759].</summary>
    public static Arbitrary<SiteAndHour> SiteAndHour() =>
        (from lat in Gen.Choose(-899_000, 899_000)
         from lon in Gen.Choose(-1_800_000, 1_800_000)
         from elevation in Gen.Choose(-400, 5000)
         from hour in Gen.Choose(0, 8759)
         select new SiteAndHour(lat / 10_000.0, lon / 10_000.0, elevation, hour)).ToArbitrary();
}

public class SunPathPropertyTests
{
    private static readonly TimeGrid Year2025 = TimeGrid.Hourly(new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc), 8760);
    private static readonly Lazy<SolarEphemeris> Ephemeris2025 = new(() => SolarEphemeris.For(Year2025));

    [FsCheck.Xunit.Property(Arbitrary = [typeof(SolarArbitraries)], MaxTest = 300)]
    public bool Sun_path_agrees_with_the_full_SPA_anywhere_on_Earth(SiteAndHour c)
    {
        var site = new Site("random", c.LatitudeDeg, c.LongitudeDeg, c.ElevationM, 0);
        var path = SunPath.For(Ephemeris2025.Value, site);
        var spa = SolarPositionAlgorithm.Spa(Year2025.MidpointOf(c.Hour), c.LatitudeDeg, c.LongitudeDeg, c.ElevationM);

        var zenithAgrees = Math.Abs(path.ZenithDeg[c.Hour] - spa.ZenithDeg) < 0.001
            && Math.Abs(path.ApparentZenithDeg[c.Hour] - spa.ApparentZenithDeg) < 0.001;
        // azimuth only where the sun is more than 0.5° from the zenith
        var azimuthAgrees = spa.ZenithDeg <= 0.5
            || Math.Abs(Math.IEEERemainder(path.AzimuthDeg[c.Hour] - spa.AzimuthDeg, 360)) < 0.001;
        return zenithAgrees && azimuthAgrees;
    }

    [FsCheck.Xunit.Property(Arbitrary = [typeof(SolarArbitraries)], MaxTest = 200)]
    public bool Cos_zenith_is_the_cosine_of_the_apparent_zenith(SiteAndHour c)
    {
        var path = SunPath.For(Ephemeris2025.Value, new Site("random", c.LatitudeDeg, c.LongitudeDeg, c.ElevationM, 0));
        return Math.Abs(path.CosZenith[c.Hour] - Math.Cos(path.ApparentZenithDeg[c.Hour] * Math.PI / 180)) < 1e-12;
    }
}
