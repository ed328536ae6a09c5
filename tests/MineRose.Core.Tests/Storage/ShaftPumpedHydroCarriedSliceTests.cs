using MineRose.Core.Storage;

namespace MineRose.Core.Tests.Storage;

/// <summary>The park's shaft step (unchecked, reservoir slices carried from step to step) against the public step.</summary>
public class ShaftPumpedHydroCarriedSliceTests
{
    public static TheoryData<string, bool> Plants => new()
    {
        { "phase2", true }, { "phase2", false }, { "pilot", true }, { "prismatic", true },
    };

    private static (ShaftPumpedHydroSpec Spec, ShaftPumpedHydro Model) Plant(string plant, bool tabulated)
    {
        var spec = plant switch
        {
            "phase2" => PumpedHydroPresets.DakuishanPhase2,
            "pilot" => PumpedHydroPresets.DakuishanPilot,
            _ => TestPlants.Prismatic(units: 2, pumpMinimumFraction: 0.5),
        };
        return (spec, new ShaftPumpedHydro(spec, tabulated));
    }

    [Theory]
    [MemberData(nameof(Plants))]
    public void A_year_of_steps_with_the_slices_carried_over_is_the_public_step_to_the_last_bit(string plant, bool tabulated)
    {
        var (spec, model) = Plant(plant, tabulated);
        var random = new Random(23);
        var state = model.StateAtFill(0.5);
        int upperSlice = -1, lowerSlice = -1, moved = 0;
        for (var i = 0; i < 8760; i++)
        {
            // Pump at midday, generate in the evening, stand otherwise; part and full load, runs to empty and full.
            var hour = i % 24;
            var kw = hour is >= 9 and < 15 ? -(0.1 + random.NextDouble()) * model.RatedPumpingPowerKw
                : hour is >= 17 and < 22 ? (0.1 + random.NextDouble()) * model.RatedGeneratingPowerKw
                : 0;
            var expected = model.Step(state, kw, 1.0);
            var actual = model.StepUnchecked(state, kw, 1.0, spec.MineWaterInflowM3h, ref upperSlice, ref lowerSlice);
            // Record structs compare field by field with double.Equals: every value the same to the last bit.
            Assert.Equal(expected, actual);
            if (expected.TurbinedWaterM3 + expected.PumpedWaterM3 > 0)
                moved++;
            state = expected.State;
        }
        // Enough hours that move water (the 440 kWh pilot fills and empties in a few hours a day).
        Assert.True(moved > 400, $"{moved} hours moved water");
    }

    [Theory]
    [MemberData(nameof(Plants))]
    public void The_park_step_gives_the_state_and_flows_of_the_public_step_to_the_last_bit(string plant, bool tabulated)
    {
        var (spec, model) = Plant(plant, tabulated);
        var random = new Random(29);
        var state = model.StateAtFill(0.5);
        int upperSlice = -1, lowerSlice = -1, moved = 0, dewatered = 0;
        for (var i = 0; i < 8760; i++)
        {
            // Requests that drift from hour to hour (as a park's do) and jump at the mode changes; runs to empty and full.
            var hour = i % 24;
            var kw = hour is >= 1 and < 7 ? -(0.2 + 0.9 * random.NextDouble()) * model.RatedPumpingPowerKw
                : hour is >= 17 and < 22 ? (0.05 + (hour - 16) * 0.2 + 0.02 * random.NextDouble()) * model.RatedGeneratingPowerKw
                : hour == 12 ? 0.3 * model.RatedGeneratingPowerKw
                : 0;
            var expected = model.Step(state, kw, 1.0);
            var next = model.StepFlows(state, kw, 1.0, spec.MineWaterInflowM3h, ref upperSlice, ref lowerSlice, out var flows);
            Assert.Equal(expected.State, next);
            Assert.Equal(
                new ShaftPumpedHydroFlows(expected.GeneratedKwh, expected.AbsorbedKwh, expected.DewateringEnergyKwh, expected.MineWaterInflowM3, expected.DewateredWaterM3),
                flows);
            if (expected.TurbinedWaterM3 + expected.PumpedWaterM3 > 0)
                moved++;
            if (expected.DewateredWaterM3 > 0)
                dewatered++;
            state = expected.State;
        }
        Assert.True(moved > 400, $"{moved} hours moved water");
        // The test plant has no mine water; both presets take 50 m³/h and dewater the surplus.
        Assert.True(dewatered > 100 || spec.MineWaterInflowM3h == 0, $"{dewatered} hours dewatered");
    }
}
