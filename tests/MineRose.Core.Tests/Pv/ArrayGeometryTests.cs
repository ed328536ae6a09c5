using MineRose.Core.Pv;

namespace MineRose.Core.Tests.Pv;

public class ArrayGeometryTests
{
    [Fact]
    public void Row_pitch_is_the_collector_width_over_the_ground_coverage_ratio()
    {
        var g = new ArrayGeometry { CollectorWidthM = 4.5, GroundCoverageRatio = 0.4 };
        Assert.Equal(11.25, g.RowPitchM, 1e-12);
    }

    [Fact]
    public void Upper_edge_height_adds_the_rise_of_the_tilted_row()
    {
        // 2.1 m + 4.5 m·sin 30° = 4.35 m.
        Assert.Equal(4.35, new ArrayGeometry().UpperEdgeHeightM, 1e-12);
    }

    [Fact]
    public void Land_area_is_the_module_area_over_the_ground_coverage_ratio()
    {
        // 1 MW at 21 % needs 1000/0.21 = 4761.9 m² of modules; at GCR 0.4, 11,904.8 m² of land.
        Assert.Equal(1000 / 0.21 / 0.4, new ArrayGeometry().LandAreaM2(1000), 1e-9);
        Assert.Equal(1000 / 0.19 / 0.5, (new ArrayGeometry() with { GroundCoverageRatio = 0.5 }).LandAreaM2(1000, 0.19), 1e-9);
    }

    [Fact]
    public void The_rows_of_Dakuishan_phase_one_fit_inside_its_published_four_hectares()
    {
        // FACTS.md: phase I is 2.6 MW on ≈4 ha (60 mu) of slopes. Rows alone at GCR 0.4 and 19–21 % modules take
        // 2600/0.21/0.4 = 3.1 ha to 2600/0.19/0.4 = 3.4 ha; roads, slopes and margins make up the rest.
        var g = new ArrayGeometry();
        Assert.InRange(g.LandAreaM2(2600, 0.21) / 10_000, 3.0, 4.0);
        Assert.InRange(g.LandAreaM2(2600, 0.19) / 10_000, 3.0, 4.0);
    }

    [Theory]
    [InlineData("tilt_deg")]
    [InlineData("azimuth_deg")]
    [InlineData("ground_coverage_ratio")]
    [InlineData("collector_width_m")]
    [InlineData("clearance_height_m")]
    [InlineData("row_transmittance")]
    public void A_field_out_of_range_is_refused_with_its_name(string field)
    {
        var g = new ArrayGeometry();
        g = field switch
        {
            "tilt_deg" => g with { TiltDeg = 91 },
            "azimuth_deg" => g with { AzimuthDeg = -1 },
            "ground_coverage_ratio" => g with { GroundCoverageRatio = 0 },
            "collector_width_m" => g with { CollectorWidthM = 0 },
            "clearance_height_m" => g with { ClearanceHeightM = -0.5 },
            _ => g with { RowTransmittance = 1.5 },
        };
        Assert.Equal(field, Assert.Throws<InvalidInputException>(() => g.Validated()).Field);
    }

    [Fact]
    public void Land_area_refuses_a_bad_capacity_or_efficiency()
    {
        Assert.Equal("dc_capacity_kw", Assert.Throws<InvalidInputException>(() => new ArrayGeometry().LandAreaM2(-1)).Field);
        Assert.Equal("module_efficiency", Assert.Throws<InvalidInputException>(() => new ArrayGeometry().LandAreaM2(1, 0)).Field);
    }
}
