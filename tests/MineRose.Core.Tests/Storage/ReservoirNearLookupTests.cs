using MineRose.Core.Storage;

namespace MineRose.Core.Tests.Storage;

/// <summary>The shaft step's lookups that start from the slice of an earlier lookup, against the reservoir's public ones.</summary>
public class ReservoirNearLookupTests
{
    private static readonly Reservoir Pond = Reservoir.SlopedPond("pond", 120, 80, 60, 8, 2.5, 1, 7.5);

    // The phase II roadway table: uneven slices, with the operating bounds inside them.
    private static readonly Reservoir Roadways = PumpedHydroPresets.DakuishanPhase2.LowerReservoir;

    // Volumes on the table points themselves (where the slice boundary rule decides), a bit-step either side, inside the
    // slices and beyond both ends.
    private static IEnumerable<double> Volumes(Reservoir reservoir, int seed)
    {
        var random = new Random(seed);
        foreach (var v in reservoir.VolumesM3)
        {
            yield return v;
            yield return Math.BitIncrement(v);
            yield return Math.BitDecrement(v);
        }
        for (var k = 0; k < 3000; k++)
            yield return (random.NextDouble() * 1.2 - 0.1) * reservoir.CapacityM3;
    }

    public static TheoryData<string> Reservoirs => ["pond", "roadways"];

    [Theory]
    [MemberData(nameof(Reservoirs))]
    public void Level_area_moment_and_mean_level_from_any_earlier_slice_are_the_public_values_to_the_last_bit(string name)
    {
        var reservoir = name == "pond" ? Pond : Roadways;
        var slices = reservoir.VolumesM3.Length - 1;
        var random = new Random(11);
        foreach (var v in Volumes(reservoir, 7))
        {
            // Any earlier slice: none (−1), a random one, one beyond the table, or the right one (found by a first call).
            int[] hints = [-1, random.Next(slices), slices + 3, int.MinValue];
            foreach (var hint in hints)
            {
                int h1 = hint, h2 = hint, h3 = hint, h4 = hint;
                Assert.Equal(reservoir.LevelM(v), reservoir.LevelNear(v, ref h1));
                Assert.Equal(reservoir.SurfaceAreaM2(v), reservoir.SurfaceAreaNear(v, ref h2));
                Assert.Equal(reservoir.VolumeMomentM4(v), reservoir.VolumeMomentNear(v, ref h3));
                var from = v - random.NextDouble() * 0.3 * reservoir.CapacityM3;
                Assert.Equal(reservoir.MeanLevelM(from, v), reservoir.MeanLevelNear(from, v, ref h4));
                // The slice found is then kept: a second call from it gives the same again.
                Assert.Equal(reservoir.LevelM(v), reservoir.LevelNear(v, ref h1));
                Assert.Equal(h1, h2);
                Assert.Equal(h1, h3);
            }
        }
    }

    [Fact]
    public void A_kept_slice_is_searched_again_once_the_volume_has_left_it()
    {
        // Physical check by hand on the prismatic pieces: the roadway table's second slice runs from 14,000 to 44,000 m³
        // between −163 and −161 m, so 29,000 m³ is at −163 + 2·15,000/30,000 = −162 m; 100,000 m³ is in the fourth slice,
        // −159 + 2·22,000/32,000 = −157.625 m.
        var slice = -1;
        Assert.Equal(-162.0, Roadways.LevelNear(29_000, ref slice), 12);
        Assert.Equal(1, slice);
        Assert.Equal(-157.625, Roadways.LevelNear(100_000, ref slice), 12);
        Assert.Equal(3, slice);
    }
}
