using System.Runtime.Intrinsics;
using FsCheck;
using FsCheck.Fluent;
using MineRose.Core.Solar;

namespace MineRose.Core.Tests.Solar;

public class SpaFastMathTests
{
    private static double Atan2(double y, double x) => SpaFastMath.Atan2(Vector256.Create(y), Vector256.Create(x)).GetElement(0);

    [FsCheck.Xunit.Property(MaxTest = 2000)]
    public Property Fast_atan2_matches_the_runtime_to_1e_minus_14_radians()
    {
        // any direction, any magnitude from 10⁻³ to 10³
        var gen = from angle in Gen.Choose(0, 3_600_000)
                  from magnitude in Gen.Choose(-3000, 3000)
                  select (Angle: angle / 3_600_000.0 * 2 * Math.PI - Math.PI, Radius: Math.Pow(10, magnitude / 1000.0));
        return Prop.ForAll(gen.ToArbitrary(), c =>
        {
            var (y, x) = (c.Radius * Math.Sin(c.Angle), c.Radius * Math.Cos(c.Angle));
            return Math.Abs(Atan2(y, x) - Math.Atan2(y, x)) < 1e-14;
        });
    }

    [Theory]
    // the axes, the octant boundaries and the reduction thresholds tan(π/16), tan(3π/16)
    [InlineData(0.0, 1.0)]
    [InlineData(1.0, 0.0)]
    [InlineData(0.0, -1.0)]
    [InlineData(-1.0, 0.0)]
    [InlineData(1.0, 1.0)]
    [InlineData(-1.0, -1.0)]
    [InlineData(0.19891236737965800691, 1.0)]
    [InlineData(0.66817863791929891999, 1.0)]
    [InlineData(1.0, -0.66817863791929891999)]
    [InlineData(-1e-300, 1.0)]
    [InlineData(1e-12, -1.0)]
    public void Fast_atan2_matches_the_runtime_at_the_edges_of_its_reduction(double y, double x)
    {
        Assert.Equal(Math.Atan2(y, x), Atan2(y, x), 1e-15);
    }

    [Fact]
    public void Fast_atan2_of_the_origin_is_zero()
    {
        Assert.Equal(0.0, Atan2(0, 0));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.001)]
    [InlineData(0.02)]
    [InlineData(-0.05)]
    [InlineData(0.07)]
    public void Small_angle_tangent_matches_the_runtime_to_1e_minus_15(double x)
    {
        Assert.Equal(Math.Tan(x), SpaFastMath.TanSmall(Vector256.Create(x)).GetElement(0), 1e-15);
    }
}
