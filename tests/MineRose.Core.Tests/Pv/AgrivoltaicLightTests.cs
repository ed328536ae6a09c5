using MineRose.Core.Pv;

namespace MineRose.Core.Tests.Pv;

public class AgrivoltaicLightTests
{
    private static ArrayGeometry Flat(double gcr, double clearanceM = 2.0) =>
        new() { TiltDeg = 0, GroundCoverageRatio = gcr, CollectorWidthM = 4.0, ClearanceHeightM = clearanceM };

    [Fact]
    public void Sun_overhead_over_flat_rows_at_half_cover_leaves_half_the_beam()
    {
        var light = AgrivoltaicLight.GroundIrradiance(Flat(0.5), 0, 180, 800, 0);
        Assert.Equal(400.0, light.GroundBeamWm2, 1e-9);
        Assert.Equal(0.5, light.FractionOfOpenField, 1e-12);
    }

    [Fact]
    public void Vanishing_ground_cover_gives_the_open_field()
    {
        foreach (double gcr in new[] { 1e-3, 1e-4 })
        {
            var g = new ArrayGeometry { GroundCoverageRatio = gcr };
            var light = AgrivoltaicLight.GroundIrradiance(g, 40, 200, 700, 120);
            // Both the shadow and the blocked sky scale with GCR.
            Assert.Equal(1.0, light.FractionOfOpenField, 5 * gcr);
        }
    }

    [Theory]
    // pvlib tests/bifacial/test_utils.py::test__unshaded_ground_fraction [58]: (gcr, tilt, azimuth, zenith, sun azimuth, expected).
    [InlineData(0.5, 0.0, 180.0, 0.0, 180.0, 0.5)]
    [InlineData(1.0, 0.0, 180.0, 0.0, 180.0, 0.0)]
    [InlineData(1.0, 90.0, 180.0, 0.0, 180.0, 1.0)]
    [InlineData(0.5, 45.0, 180.0, 45.0, 270.0, 0.6464466094067263)] // 1 − √2/4
    [InlineData(0.5, 45.0, 180.0, 90.0, 180.0, 0.0)]
    [InlineData(0.7071067811865476, 45.0, 180.0, 0.0, 180.0, 0.5)]
    [InlineData(0.7071067811865476, 45.0, 180.0, 45.0, 180.0, 0.0)]
    [InlineData(0.7071067811865476, 45.0, 180.0, 45.0, 90.0, 0.5)]
    [InlineData(0.7071067811865476, 45.0, 180.0, 45.0, 0.0, 1.0)]
    [InlineData(0.7071067811865476, 45.0, 180.0, 45.0, 135.0, 0.1464466094067262)] // ½(1 − √2/2)
    public void Unshaded_ground_fraction_matches_pvlib(double gcr, double tilt, double azimuth, double zenith, double sunAzimuth, double expected)
    {
        var vf = GroundViewFactors.For(new ArrayGeometry { GroundCoverageRatio = gcr, TiltDeg = tilt, AzimuthDeg = azimuth });
        Assert.Equal(expected, AgrivoltaicLight.UnshadedGroundFraction(vf, zenith, sunAzimuth), 1e-9);
    }

    [Theory]
    // Sun in front, to the side, low, and behind the rows (shadow cast by the back of the modules).
    [InlineData(30.0, 180.0, 0.4, 2.1, 20.0, 180.0)]
    [InlineData(30.0, 180.0, 0.4, 2.1, 60.0, 240.0)]
    [InlineData(25.0, 160.0, 0.55, 0.8, 70.0, 110.0)]
    [InlineData(40.0, 180.0, 0.3, 1.5, 50.0, 10.0)]
    [InlineData(90.0, 90.0, 0.5, 0.3, 35.0, 200.0)]
    public void Unshaded_ground_fraction_agrees_with_ray_casting(double tilt, double azimuth, double gcr, double clearance,
        double zenith, double sunAzimuth)
    {
        var g = new ArrayGeometry { TiltDeg = tilt, AzimuthDeg = azimuth, GroundCoverageRatio = gcr, ClearanceHeightM = clearance };
        double rayCast = new RowRayCaster(g).SunlitFraction(zenith, sunAzimuth, 20_000);
        Assert.Equal(rayCast, AgrivoltaicLight.UnshadedGroundFraction(GroundViewFactors.For(g), zenith, sunAzimuth), 2e-4);
    }

    [Fact]
    public void Ground_beam_is_the_open_field_beam_times_the_unshaded_fraction()
    {
        var vf = GroundViewFactors.For(new ArrayGeometry());
        var light = AgrivoltaicLight.GroundIrradiance(vf, 35, 150, 850, 0);
        double cosZ = Math.Cos(35 * Math.PI / 180);
        Assert.Equal(850 * cosZ * AgrivoltaicLight.UnshadedGroundFraction(vf, 35, 150), light.GroundBeamWm2, 1e-9);
    }

    [Fact]
    public void Fully_transparent_rows_leave_the_open_field_and_half_transparent_rows_half_the_loss()
    {
        var opaque = new ArrayGeometry();
        var clear = opaque with { RowTransmittance = 1.0 };
        var half = opaque with { RowTransmittance = 0.5 };
        var o = AgrivoltaicLight.GroundIrradiance(opaque, 50, 130, 600, 150);
        var c = AgrivoltaicLight.GroundIrradiance(clear, 50, 130, 600, 150);
        var h = AgrivoltaicLight.GroundIrradiance(half, 50, 130, 600, 150);
        Assert.Equal(1.0, c.FractionOfOpenField, 1e-12);
        Assert.Equal((o.GroundGlobalWm2 + c.GroundGlobalWm2) / 2, h.GroundGlobalWm2, 1e-9);
    }

    [Fact]
    public void With_the_sun_down_only_diffuse_light_arrives()
    {
        var light = AgrivoltaicLight.GroundIrradiance(new ArrayGeometry(), 95, 300, 50, 20);
        Assert.Equal(0.0, light.GroundBeamWm2);
        Assert.Equal(20 * GroundViewFactors.For(new ArrayGeometry()).SkyViewFactor, light.GroundDiffuseWm2, 1e-12);
        Assert.Equal(0.0, AgrivoltaicLight.GroundIrradiance(new ArrayGeometry(), 120, 0, 0, 0).FractionOfOpenField);
    }

    [Fact]
    public void The_cosine_overload_gives_what_the_angle_overload_gives()
    {
        var g = new ArrayGeometry { TiltDeg = 25, AzimuthDeg = 170 };
        var vf = GroundViewFactors.For(g);
        double z = 42 * Math.PI / 180, a = 205 * Math.PI / 180, t = 25 * Math.PI / 180, s = 170 * Math.PI / 180;
        double cosIncidence = Math.Cos(z) * Math.Cos(t) + Math.Sin(z) * Math.Sin(t) * Math.Cos(a - s);
        var fromCosines = AgrivoltaicLight.GroundIrradianceFromCosines(vf, Math.Cos(z), cosIncidence, 700, 110);
        var fromAngles = AgrivoltaicLight.GroundIrradiance(g, 42, 205, 700, 110);
        Assert.Equal(fromAngles.GroundGlobalWm2, fromCosines.GroundGlobalWm2, 1e-9);
    }

    [Fact]
    public void Par_is_global_times_the_photon_conversion()
    {
        // Meek et al. 1984 [63]: 2.02 µmol of PAR photons per joule of global sunlight.
        var light = AgrivoltaicLight.GroundIrradiance(new ArrayGeometry(), 30, 180, 800, 100);
        Assert.Equal(light.GroundGlobalWm2 * 2.02, light.GroundParUmolM2s, 1e-9);
    }

    [FsCheck.Xunit.Property(Arbitrary = [typeof(PvArbitraries)])]
    public bool Ground_light_is_a_fraction_of_the_open_field(GeometryAndSky c)
    {
        var light = AgrivoltaicLight.GroundIrradiance(c.Geometry, c.ZenithDeg, c.AzimuthDeg, c.DniWm2, c.DhiWm2);
        double cosZ = Math.Max(0, Math.Cos(c.ZenithDeg * Math.PI / 180));
        double openWm2 = c.DniWm2 * cosZ + c.DhiWm2;
        const double slack = 1e-9;
        return light.FractionOfOpenField >= 0 && light.FractionOfOpenField <= 1 + slack
            && light.GroundBeamWm2 >= -slack && light.GroundDiffuseWm2 >= 0
            && light.GroundGlobalWm2 <= openWm2 * (1 + slack) + slack;
    }

    [FsCheck.Xunit.Property(Arbitrary = [typeof(PvArbitraries)])]
    public bool More_ground_cover_lets_less_light_through(GeometryAndSky c, byte step)
    {
        var sparse = c.Geometry;
        var dense = sparse with { GroundCoverageRatio = sparse.GroundCoverageRatio + (1 - sparse.GroundCoverageRatio) * step / 255.0 };
        var a = AgrivoltaicLight.GroundIrradiance(sparse, c.ZenithDeg, c.AzimuthDeg, c.DniWm2, c.DhiWm2);
        var b = AgrivoltaicLight.GroundIrradiance(dense, c.ZenithDeg, c.AzimuthDeg, c.DniWm2, c.DhiWm2);
        return b.GroundGlobalWm2 <= a.GroundGlobalWm2 + 1e-6 * (1 + c.DniWm2 + c.DhiWm2);
    }
}
