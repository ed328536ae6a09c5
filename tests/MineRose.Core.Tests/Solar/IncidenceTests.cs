using MineRose.Core.Solar;

namespace MineRose.Core.Tests.Solar;

public class IncidenceTests
{
    [Theory]
    // pvlib test_aoi_and_aoi_projection: tilt, surface azimuth, sun zenith, sun azimuth -> aoi (atol 1e-5), projection (atol 1e-6).
    [InlineData(0, 0, 0, 0, 0, 1)]
    [InlineData(30, 180, 30, 180, 0, 1)]
    [InlineData(30, 180, 150, 0, 180, -1)]
    [InlineData(90, 0, 30, 60, 75.5224878, 0.25)]
    [InlineData(90, 0, 30, 170, 119.4987042, -0.4924038)]
    public void Angle_of_incidence_matches_pvlib(double tilt, double surfaceAzimuth, double zenith, double sunAzimuth, double aoi, double projection)
    {
        Assert.Equal(aoi, Incidence.AngleOfIncidenceDeg(tilt, surfaceAzimuth, zenith, sunAzimuth), 1e-5);
        Assert.Equal(projection, Incidence.CosAngleOfIncidence(tilt, surfaceAzimuth, zenith, sunAzimuth), 1e-6);
    }

    [Fact]
    public void Identical_directions_give_a_projection_of_at_most_one()
    {
        // pvlib test_aoi_projection_precision (GH 1185): the same zenith/azimuth for surface and sun.
        double cos = Incidence.CosAngleOfIncidence(89.26778228223463, 60.932028605997004, 89.26778228223463, 60.932028605997004);
        Assert.True(cos <= 1);
        Assert.Equal(1, cos, 1e-12);
    }

    [Fact]
    public void A_horizontal_plane_sees_the_sun_at_its_zenith_angle()
    {
        Assert.Equal(37.5, Incidence.AngleOfIncidenceDeg(0, 180, 37.5, 123), 1e-9);
    }

    [Fact]
    public void A_tilt_beyond_180_degrees_is_refused()
    {
        var ex = Assert.Throws<InvalidInputException>(() => Incidence.CosAngleOfIncidence(181, 180, 30, 180));
        Assert.Equal("surface tilt", ex.Field);
    }
}
