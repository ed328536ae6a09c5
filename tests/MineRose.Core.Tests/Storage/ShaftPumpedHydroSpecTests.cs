using MineRose.Core.Storage;

namespace MineRose.Core.Tests.Storage;

public class ShaftPumpedHydroSpecTests
{
    private static InvalidInputException Refused(ShaftPumpedHydroSpec spec) =>
        Assert.Throws<InvalidInputException>(() => new ShaftPumpedHydro(spec));

    [Fact]
    public void The_presets_raise_no_design_warnings()
    {
        Assert.Empty(new ShaftPumpedHydro(PumpedHydroPresets.DakuishanPilot).Warnings);
        Assert.Empty(new ShaftPumpedHydro(PumpedHydroPresets.DakuishanPhase2).Warnings);
    }

    [Fact]
    public void A_head_at_or_below_zero_is_refused()
    {
        // The roadways lifted above the pond.
        var spec = TestPlants.Prismatic() with { LowerReservoir = Reservoir.Prismatic("LowerReservoir", 5, 1000, 10) };
        var ex = Refused(spec);
        Assert.Equal("GrossHeadM", ex.Field);
        Assert.Contains("positive head", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_spec_checked_again_gives_the_same_warnings_and_a_bad_one_is_refused_every_time()
    {
        // Validate keeps the warnings of a spec that passed; a changed copy (a new record) is checked afresh.
        var wide = TestPlants.Prismatic() with { Machine = TestPlants.Prismatic().Machine with { TurbineMinimumFlowFraction = 0.2 } };
        var first = wide.Validate();
        Assert.Contains(first, w => w.Contains("TurbineMinimumFlowFraction", StringComparison.Ordinal));
        Assert.Equal(first, wide.Validate());
        Assert.Empty(PumpedHydroPresets.DakuishanPhase2.Validate());
        Assert.Empty(PumpedHydroPresets.DakuishanPhase2.Validate());
        var bad = wide with { MineWaterInflowM3h = 300, DewateringCapacityM3h = 200 };
        Assert.Equal("MineWaterInflowM3h", Refused(bad).Field);
        Assert.Equal("MineWaterInflowM3h", Refused(bad).Field);
    }

    [Fact]
    public void An_inflow_larger_than_the_dewatering_pumps_is_refused()
    {
        var ex = Refused(TestPlants.Prismatic() with { MineWaterInflowM3h = 300, DewateringCapacityM3h = 200 });
        Assert.Equal("MineWaterInflowM3h", ex.Field);
        Assert.Equal("300", ex.Value);
    }

    [Fact]
    public void A_negative_reservoir_depth_is_refused_with_the_field_named()
    {
        var ex = Assert.Throws<InvalidInputException>(() => TestPlants.Prismatic() with { LowerReservoir = Reservoir.Prismatic("LowerReservoir", -110, 1000, -10) });
        Assert.Equal("LowerReservoir.DepthM", ex.Field);
    }

    [Fact]
    public void A_penstock_too_small_for_the_rating_is_refused()
    {
        var spec = TestPlants.Prismatic();
        var ex = Refused(spec with { Penstock = spec.Penstock with { DiameterM = 0.15 } });
        Assert.Equal("Penstock.DiameterM", ex.Field);
    }

    [Fact]
    public void Bad_counts_and_geometry_are_refused_with_the_field_named()
    {
        var spec = TestPlants.Prismatic();
        Assert.Equal("UnitCount", Refused(spec with { UnitCount = 0 }).Field);
        Assert.Equal("ShaftDepthM", Refused(spec with { ShaftDepthM = -1 }).Field);
        Assert.Equal("Penstock.LengthM", Refused(spec with { Penstock = spec.Penstock with { LengthM = -5 } }).Field);
        Assert.Equal("Machine.TurbineRatedPowerKw", Refused(spec with { Machine = spec.Machine with { TurbineRatedPowerKw = 0 } }).Field);
        Assert.Equal("Machine.MotorEfficiency", Refused(spec with { Machine = spec.Machine with { MotorEfficiency = 0 } }).Field);
        Assert.Equal("DewateringEfficiency", Refused(spec with { DewateringEfficiency = 1.5 }).Field);
        Assert.Equal("UpperEvaporationMmPerDay", Refused(spec with { UpperEvaporationMmPerDay = -1 }).Field);
        Assert.Equal("DewateringDischargeElevationM", Refused(spec with { DewateringDischargeElevationM = -150 }).Field);
    }

    [Fact]
    public void A_turbine_minimum_where_the_curve_is_zero_is_refused()
    {
        var spec = PumpedHydroPresets.DakuishanPilot;
        var ex = Refused(spec with { Machine = spec.Machine with { TurbineMinimumFlowFraction = 0.3 } });
        Assert.Equal("Machine.TurbineMinimumFlowFraction", ex.Field);
    }

    [Fact]
    public void A_zero_length_penstock_is_legal_but_warned_about()
    {
        var m = new ShaftPumpedHydro(TestPlants.Prismatic(lossless: true));
        Assert.Contains(m.Warnings, w => w.StartsWith("Penstock.LengthM", StringComparison.Ordinal));
    }

    [Fact]
    public void Unwise_designs_are_warned_about()
    {
        var spec = TestPlants.Prismatic();
        // A narrow penstock: fast and lossy.
        var narrow = new ShaftPumpedHydro(spec with { Penstock = spec.Penstock with { DiameterM = 0.45 } });
        Assert.Contains(narrow.Warnings, w => w.Contains("velocity", StringComparison.Ordinal));
        Assert.Contains(narrow.Warnings, w => w.Contains("head loss", StringComparison.Ordinal));
        // A lower reservoir twice as large as the pond.
        var mismatched = new ShaftPumpedHydro(spec with { LowerReservoir = Reservoir.Prismatic("LowerReservoir", -110, 2000, 10) });
        Assert.Contains(mismatched.Warnings, w => w.StartsWith("Active volumes differ", StringComparison.Ordinal));
        // A deep pond over a shallow drop: the head swings by more than 25 %.
        var swinging = new ShaftPumpedHydro(spec with
        {
            UpperReservoir = Reservoir.Prismatic("UpperReservoir", 0, 400, 25),
            LowerReservoir = Reservoir.Prismatic("LowerReservoir", -110, 400, 25),
            ShaftDepthM = 140,
        });
        Assert.Contains(swinging.Warnings, w => w.StartsWith("Gross head varies", StringComparison.Ordinal));
        // Machines above the lowest water and a turbine run down to 20 % flow.
        var high = new ShaftPumpedHydro(spec with { ShaftDepthM = 105, Machine = spec.Machine with { TurbineMinimumFlowFraction = 0.2 } });
        Assert.Contains(high.Warnings, w => w.Contains("submergence", StringComparison.Ordinal));
        Assert.Contains(high.Warnings, w => w.StartsWith("Machine.TurbineMinimumFlowFraction", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_returns_the_same_warnings_as_the_model()
    {
        var spec = TestPlants.Prismatic(lossless: true);
        Assert.Equal(spec.Validate(), new ShaftPumpedHydro(spec).Warnings);
    }
}
