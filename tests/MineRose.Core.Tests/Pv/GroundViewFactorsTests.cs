using MineRose.Core.Pv;

namespace MineRose.Core.Tests.Pv;

public class GroundViewFactorsTests
{
    [Theory]
    [InlineData(0.0, 0.4)]
    [InlineData(10.0, 0.4)]
    [InlineData(30.0, 0.5)]
    [InlineData(60.0, 0.3)]
    [InlineData(90.0, 0.5)]
    [InlineData(45.0, 0.9)]
    public void Sky_view_factor_of_rows_standing_on_the_ground_matches_the_crossed_strings_rule(double tiltDeg, double gcr)
    {
        // Clearance 0: one pitch of ground, the front of one row, the back of the next and the line joining their upper
        // edges A, B enclose a parallelogram; the ground O–P sees the sky only through A–B. Hottel's crossed strings [60]:
        // F = (|OB| + |PA| − |OA| − |PB|) / (2·|OP|), with |OA| = |PB| = w, |OP| = p, so
        // F = (√(p² − 2pw·cos β + w²) + √(p² + 2pw·cos β + w²) − 2w) / (2p).
        const double w = 3.0;
        double p = w / gcr, c = Math.Cos(tiltDeg * Math.PI / 180);
        double expected = (Math.Sqrt(p * p - 2 * p * w * c + w * w) + Math.Sqrt(p * p + 2 * p * w * c + w * w) - 2 * w) / (2 * p);
        var g = new ArrayGeometry { TiltDeg = tiltDeg, GroundCoverageRatio = gcr, CollectorWidthM = w, ClearanceHeightM = 0 };
        Assert.Equal(expected, GroundViewFactors.For(g).SkyViewFactor, 1e-12);
    }

    [Theory]
    [InlineData(0.2, 0.5)]
    [InlineData(0.4, 2.1)]
    [InlineData(0.6, 4.0)]
    [InlineData(0.9, 1.0)]
    public void Flat_rows_at_any_height_let_one_minus_the_ground_cover_of_the_sky_through(double gcr, double clearanceM)
    {
        // Flux argument: every sky ray reaching the ground crosses the plane of flat rows through a gap, the gaps are
        // (1 − GCR) of that plane, and each gap sees nothing but ground below; by reciprocity F_ground→sky = 1 − GCR.
        var g = new ArrayGeometry { TiltDeg = 0, GroundCoverageRatio = gcr, CollectorWidthM = 2.0, ClearanceHeightM = clearanceM };
        Assert.Equal(1 - gcr, GroundViewFactors.For(g).SkyViewFactor, 1e-12);
    }

    [Theory]
    [InlineData(30.0, 0.4, 2.1, 4.5)]
    [InlineData(20.0, 0.6, 1.0, 2.3)]
    [InlineData(60.0, 0.35, 3.0, 4.0)]
    [InlineData(90.0, 0.5, 0.5, 2.0)]
    [InlineData(5.0, 0.5, 2.5, 4.5)]
    public void Sky_view_factor_of_raised_tilted_rows_agrees_with_ray_casting(double tiltDeg, double gcr, double clearanceM, double widthM)
    {
        // Independent Monte-Carlo estimate, 400,000 rays: standard error ≤ 0.0008, tolerance ≈ 4 standard errors.
        var g = new ArrayGeometry { TiltDeg = tiltDeg, GroundCoverageRatio = gcr, ClearanceHeightM = clearanceM, CollectorWidthM = widthM };
        double rayCast = new RowRayCaster(g).SkyViewFactor(400_000, seed: 7);
        Assert.Equal(rayCast, GroundViewFactors.For(g).SkyViewFactor, 0.003);
    }

    [Fact]
    public void Ground_under_a_row_sees_less_sky_than_ground_between_rows()
    {
        // Default geometry: open ground spans [0, p − w·cos β) = [0, 7.35) m of the 11.25 m pitch.
        var vf = GroundViewFactors.For(new ArrayGeometry());
        Assert.True(vf.SkyViewFactorAt(9.5) < vf.SkyViewFactorAt(3.5));
        Assert.Equal(vf.SkyViewFactorAt(3.5), vf.SkyViewFactorAt(3.5 + 2 * 11.25), 1e-12);
    }

    [Theory]
    [InlineData(20.0, 0.4, 1.2)]
    [InlineData(30.0, 0.4, 2.1)]
    [InlineData(0.0, 0.7, 3.0)]
    [InlineData(0.5, 0.5, 2.0)]
    [InlineData(75.0, 0.8, 0.0)]
    public void The_exact_pitch_average_is_the_mean_of_the_point_values(double tiltDeg, double gcr, double clearanceM)
    {
        // Two independent routes: the closed-form integral over the ground line, and the row-by-row series at
        // 1000 points averaged by the midpoint rule.
        var vf = GroundViewFactors.For(new ArrayGeometry { TiltDeg = tiltDeg, GroundCoverageRatio = gcr, ClearanceHeightM = clearanceM });
        double p = vf.Geometry.RowPitchM, sum = 0;
        const int n = 1000;
        for (int i = 0; i < n; i++) sum += vf.SkyViewFactorAt((i + 0.5) * p / n);
        Assert.Equal(sum / n, vf.SkyViewFactor, 1e-6);
    }

    [Fact]
    public void A_bad_geometry_is_refused_when_the_view_factors_are_built()
    {
        var ex = Assert.Throws<InvalidInputException>(() => GroundViewFactors.For(new ArrayGeometry { GroundCoverageRatio = 1.5 }));
        Assert.Equal("ground_coverage_ratio", ex.Field);
    }

    [FsCheck.Xunit.Property(Arbitrary = [typeof(PvArbitraries)], MaxTest = 60)]
    public bool Sky_view_factor_lies_between_zero_and_one(GeometryAndSky c)
    {
        var vf = GroundViewFactors.For(c.Geometry);
        double atPoint = vf.SkyViewFactorAt(c.AzimuthDeg / 360 * vf.Geometry.RowPitchM);
        return vf.SkyViewFactor is >= 0 and <= 1 && atPoint is >= 0 and <= 1;
    }
}
