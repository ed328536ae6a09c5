using MineRose.Core.Storage;

namespace MineRose.Core.Tests.Storage;

public class ShaftPumpedHydroReservoirTests
{
    [Fact]
    public void Prismatic_level_and_potential_energy_follow_from_area_and_depth()
    {
        // 1000 m² floor at −110 m: 4,000 m³ stand 4 m deep; the mass centre sits at −108 m, so M = 4000·(−108) m⁴.
        var r = Reservoir.Prismatic("r", -110, 1000, 10);
        Assert.Equal(-106.0, r.LevelM(4000), 12);
        Assert.Equal(4000 * -108.0, r.VolumeMomentM4(4000), 9);
        Assert.Equal(4000.0, r.VolumeM3(-106), 9);
        Assert.Equal(1000.0, r.SurfaceAreaM2(4000), 12);
        // The water between 4,000 and 6,000 m³ lies from −106 to −104 m: mean −105 m.
        Assert.Equal(-105.0, r.MeanLevelM(4000, 6000), 12);
    }

    [Fact]
    public void Sloped_pond_volume_matches_the_prismoidal_formula()
    {
        // Prismoidal formula V = h/6·(A_floor + 4·A_mid + A_top), exact for a frustum:
        // floor 120 × 110 = 13,200 m²; at 4.5 m (banks 1:2) 138 × 128 = 17,664 m²; at 9 m 156 × 146 = 22,776 m²;
        // V = 9/6·(13,200 + 4·17,664 + 22,776) = 159,948 m³ — the reported "16万 m³" pond.
        var pond = PumpedHydroPresets.DakuishanPhase2.UpperReservoir;
        Assert.Equal(159_948.0, pond.CapacityM3, 6);
        Assert.Equal(9.0, pond.TopElevationM, 12);
        // Operating depths are table points: at 1.5 m, V = 1.5/6·(13,200 + 4·123·113 + 126·116) = 1.5/6·(13,200 + 55,596 + 14,616) = 20,853 m³.
        Assert.Equal(20_853.0, pond.MinimumVolumeM3, 6);
        Assert.Equal(1.5, pond.LevelM(pond.MinimumVolumeM3), 12);
        Assert.Equal(8.5, pond.LevelM(pond.MaximumVolumeM3), 12);
    }

    [Fact]
    public void Volume_moment_equals_a_numerical_integral_of_the_level()
    {
        // Simpson's rule over the lower reservoir's table, independent of the trapezoid sums inside the model.
        var r = PumpedHydroPresets.DakuishanPhase2.LowerReservoir;
        foreach (var v in new[] { 1_000.0, 30_000, 77_777, 141_000 })
        {
            const int n = 20_000;
            var h = v / n;
            var sum = r.LevelM(0) + r.LevelM(v);
            for (var i = 1; i < n; i++)
                sum += (i % 2 == 1 ? 4 : 2) * r.LevelM(i * h);
            var simpson = sum * h / 3;
            Assert.InRange(r.VolumeMomentM4(v) - simpson, -1e-3 * v, 1e-3 * v);
        }
    }

    [Fact]
    public void Level_and_volume_are_inverse()
    {
        var r = PumpedHydroPresets.DakuishanPhase2.LowerReservoir;
        foreach (var v in new[] { 0.0, 7_000, 14_000, 60_000, 139_999 })
            Assert.Equal(v, r.VolumeM3(r.LevelM(v)), 6);
    }

    [Fact]
    public void A_negative_volume_is_refused_with_the_field_named()
    {
        var ex = Assert.Throws<InvalidInputException>(() => new Reservoir("UpperReservoir", [0, 1, 2], [0, -5, 10], 0, 10));
        Assert.Equal("UpperReservoir.VolumesM3[1]", ex.Field);
    }

    [Fact]
    public void A_table_that_does_not_rise_is_refused()
    {
        var ex = Assert.Throws<InvalidInputException>(() => new Reservoir("LowerReservoir", [0, 1, 1], [0, 5, 10], 0, 10));
        Assert.Equal("LowerReservoir.LevelsM[2]", ex.Field);
        ex = Assert.Throws<InvalidInputException>(() => new Reservoir("LowerReservoir", [0, 1, 2], [0, 5, 5], 0, 5));
        Assert.Equal("LowerReservoir.VolumesM3[2]", ex.Field);
    }

    [Fact]
    public void An_operating_range_outside_the_table_is_refused()
    {
        var ex = Assert.Throws<InvalidInputException>(() => new Reservoir("UpperReservoir", [0, 1], [0, 100], 0, 150));
        Assert.Equal("UpperReservoir.MaximumVolumeM3", ex.Field);
        ex = Assert.Throws<InvalidInputException>(() => new Reservoir("UpperReservoir", [0, 1], [0, 100], 60, 50));
        Assert.Equal("UpperReservoir.MaximumVolumeM3", ex.Field);
        ex = Assert.Throws<InvalidInputException>(() => Reservoir.Prismatic("UpperReservoir", 0, -500, 3));
        Assert.Equal("UpperReservoir.SurfaceAreaM2", ex.Field);
    }

    [Fact]
    public void Reservoirs_with_the_same_table_are_equal()
    {
        Assert.Equal(Reservoir.Prismatic("a", 0, 10, 2), Reservoir.Prismatic("a", 0, 10, 2));
        Assert.NotEqual(Reservoir.Prismatic("a", 0, 10, 2), Reservoir.Prismatic("a", 0, 10, 3));
    }
}
