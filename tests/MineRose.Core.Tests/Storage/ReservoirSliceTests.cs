using MineRose.Core.Storage;

namespace MineRose.Core.Tests.Storage;

/// <summary>The slice lookup of the park's fast shaft step against the reservoir's public level, area and moment.</summary>
public class ReservoirSliceTests
{
    private static readonly Reservoir Pond = Reservoir.SlopedPond("pond", 120, 80, 60, 8, 2.5, 1, 7.5);

    [Fact]
    public void A_slice_gives_the_level_area_and_moment_of_the_public_lookups_to_the_last_bit()
    {
        var random = new Random(3);
        for (int k = 0; k < 2000; k++)
        {
            // Beyond both ends too: the end slices extend the table.
            var v = (random.NextDouble() * 1.2 - 0.1) * Pond.CapacityM3;
            var slice = Pond.SliceAt(v);
            Assert.Equal(Pond.LevelM(v), slice.LevelM);
            Assert.Equal(Pond.SurfaceAreaM2(v), slice.AreaM2);
            Assert.Equal(Pond.VolumeMomentM4(v), slice.MomentM4);
            Assert.InRange(v, slice.BottomVolumeM3, slice.TopVolumeM3);
        }
    }

    [Fact]
    public void Within_a_slice_the_mean_level_of_a_layer_is_the_level_less_half_its_thickness()
    {
        // Prismatic slice: z(v) linear, so the mean of z over [V − ΔV, V] is z(V) − ΔV·(dz/dV)/2, the moments' value.
        var random = new Random(5);
        int inside = 0;
        for (int k = 0; k < 2000; k++)
        {
            var v = random.NextDouble() * Pond.CapacityM3;
            var slice = Pond.SliceAt(v);
            var dv = random.NextDouble() * (v - Math.Max(0, slice.BottomVolumeM3));
            if (dv <= 1)
                continue;
            inside++;
            var closedForm = slice.LevelM - 0.5 * dv * slice.LevelPerVolume;
            Assert.Equal(Pond.MeanLevelM(v - dv, v), closedForm, 1e-9);
            // Check by hand on the table: dz/dV of the slice is the rise over the volume between its table points.
            var rise = slice.LevelPerVolume * (v - (v - dv));
            Assert.Equal(Pond.LevelM(v) - Pond.LevelM(v - dv), rise, 1e-9);
        }
        Assert.True(inside > 1000);
    }
}
