using MineRose.Core.Solar;

namespace MineRose.Core.Tests.Solar;

public class SpaPropertyTests
{
    private static SunPosition Position(SiteAndHour c) =>
        SolarPositionAlgorithm.Spa(new DateTime(2025, 1, 1, 0, 30, 0, DateTimeKind.Utc).AddHours(c.Hour), c.LatitudeDeg, c.LongitudeDeg, c.ElevationM);

    [FsCheck.Xunit.Property(Arbitrary = [typeof(SolarArbitraries)])]
    public bool Angles_stay_in_their_ranges(SiteAndHour c)
    {
        var sun = Position(c);
        return sun.ZenithDeg is >= 0 and <= 180
            && sun.AzimuthDeg is >= 0 and < 360
            && Math.Abs(sun.DeclinationDeg) < 23.45
            && sun.EarthSunDistanceAu is > 0.983 and < 1.017
            && Math.Abs(sun.EquationOfTimeMinutes) < 16.6
            // refraction lifts the sun by at most ≈0.6° at standard pressure, and not at all well below the horizon
            && sun.ZenithDeg - sun.ApparentZenithDeg is > -0.001 and < 0.65
            && (sun.ElevationDeg >= -0.8334 || sun.ApparentZenithDeg == sun.ZenithDeg);
    }

    [FsCheck.Xunit.Property(Arbitrary = [typeof(SolarArbitraries)])]
    public bool A_horizontal_surface_sees_the_sun_at_its_apparent_zenith_angle(SiteAndHour c)
    {
        var sun = Position(c);
        return Math.Abs(SolarPositionAlgorithm.IncidenceAngleDeg(sun, 0, 180) - sun.ApparentZenithDeg) < 1e-9;
    }

    [FsCheck.Xunit.Property(Arbitrary = [typeof(SolarArbitraries)])]
    public bool A_surface_facing_the_sun_has_zero_incidence_and_its_back_180_degrees(SiteAndHour c)
    {
        var sun = Position(c);
        var tilt = sun.ApparentZenithDeg;
        if (tilt > 180)
            return true; // only reachable with refraction at the nadir, which cannot happen
        var facing = SolarPositionAlgorithm.IncidenceAngleDeg(sun, tilt, sun.AzimuthDeg);
        var back = SolarPositionAlgorithm.IncidenceAngleDeg(sun, 180 - tilt, (sun.AzimuthDeg + 180) % 360);
        // acos near ±1 loses precision: 10⁻⁹ in the cosine is ≈0.003° in the angle
        return facing < 0.005 && back > 179.995;
    }

    [FsCheck.Xunit.Property(Arbitrary = [typeof(SolarArbitraries)])]
    public bool Mirroring_the_site_through_the_equator_changes_cos_zenith_by_twice_sin_latitude_sin_declination(SiteAndHour c)
    {
        // Spherical astronomy: cos θ = sin φ sin δ + cos φ cos δ cos H, so at the same instant and longitude
        // cos θ(φ) − cos θ(−φ) = 2 sin φ sin δ. Parallax (ξ ≈ 0.0024°) shifts δ′ slightly differently in
        // each hemisphere, hence the tolerance of 10⁻⁴.
        var utc = new DateTime(2025, 1, 1, 0, 30, 0, DateTimeKind.Utc).AddHours(c.Hour);
        var latitude = Math.Abs(c.LatitudeDeg);
        var north = SolarPositionAlgorithm.Spa(utc, latitude, c.LongitudeDeg, 0);
        var south = SolarPositionAlgorithm.Spa(utc, -latitude, c.LongitudeDeg, 0);
        const double rad = Math.PI / 180;
        var difference = Math.Cos(north.ZenithDeg * rad) - Math.Cos(south.ZenithDeg * rad);
        return Math.Abs(difference - 2 * Math.Sin(latitude * rad) * Math.Sin(north.DeclinationDeg * rad)) < 1e-4;
    }
}
