using MineRose.Core.Pv;

namespace MineRose.Core.Tests.Pv;

public class PvArraySpecTests
{
    [Fact]
    public void Defaults_are_those_of_minerose_pv()
    {
        // DESIGN.md, `minerose pv`: tilt 30, azimuth 180, 1 kWdc, DC/AC 1.2, losses 14 %, albedo 0.2.
        var spec = new PvArraySpec().Validated();
        Assert.Equal(30.0, spec.Geometry.TiltDeg);
        Assert.Equal(180.0, spec.Geometry.AzimuthDeg);
        Assert.Equal(1.0, spec.DcCapacityKw);
        Assert.Equal(1.2, spec.DcAcRatio);
        Assert.Equal(14.0, spec.Losses.TotalPercent, 1e-12);
        Assert.Equal(0.2, spec.Albedo);
        Assert.Equal(-0.0037, spec.TemperatureCoefficientPerC);
        Assert.Equal(0.96, spec.InverterNominalEfficiency);
        Assert.Equal(25.0, spec.FaimanU0);
        Assert.Equal(6.84, spec.FaimanU1);
        Assert.Equal(0.005, spec.AnnualDegradationPerYear);
    }

    [Fact]
    public void Ac_rating_is_the_dc_capacity_over_the_dc_ac_ratio()
    {
        Assert.Equal(2600 / 1.25, new PvArraySpec { DcCapacityKw = 2600, DcAcRatio = 1.25 }.AcRatingKw, 1e-9);
    }

    [Fact]
    public void Validation_names_the_bad_field_even_inside_the_geometry_and_losses()
    {
        var spec = new PvArraySpec();
        Assert.Equal("dc_capacity_kw", Assert.Throws<InvalidInputException>(() => (spec with { DcCapacityKw = 0 }).Validated()).Field);
        Assert.Equal("dc_ac_ratio", Assert.Throws<InvalidInputException>(() => (spec with { DcAcRatio = 0 }).Validated()).Field);
        Assert.Equal("albedo", Assert.Throws<InvalidInputException>(() => (spec with { Albedo = 1.2 }).Validated()).Field);
        Assert.Equal("tilt_deg", Assert.Throws<InvalidInputException>(() => (spec with { Geometry = spec.Geometry with { TiltDeg = 120 } }).Validated()).Field);
        Assert.Equal("soiling_percent", Assert.Throws<InvalidInputException>(() => (spec with { Losses = spec.Losses with { SoilingPercent = 100 } }).Validated()).Field);
        Assert.Equal("inverter_nominal_efficiency", Assert.Throws<InvalidInputException>(() => (spec with { InverterNominalEfficiency = 0 }).Validated()).Field);
        Assert.Equal("faiman_u0", Assert.Throws<InvalidInputException>(() => (spec with { FaimanU0 = 0 }).Validated()).Field);
        Assert.Equal("faiman_u1", Assert.Throws<InvalidInputException>(() => (spec with { FaimanU1 = -1 }).Validated()).Field);
        Assert.Equal("temperature_coefficient_per_c", Assert.Throws<InvalidInputException>(() => (spec with { TemperatureCoefficientPerC = 0.01 }).Validated()).Field);
        Assert.Equal("annual_degradation_per_year", Assert.Throws<InvalidInputException>(() => (spec with { AnnualDegradationPerYear = 0.2 }).Validated()).Field);
    }

    [Fact]
    public void The_message_names_field_value_and_range()
    {
        var ex = Assert.Throws<InvalidInputException>(() => new PvArraySpec { DcAcRatio = 4 }.Validated());
        Assert.Equal("dc_ac_ratio = 4: expected a number in [0.5, 3]", ex.Message);
    }
}
