using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MineRose.Core.Storage;

namespace MineRose.Core.Tests.Storage;

public class ShaftPumpedHydroPropertyTests
{
    private const double RhoG = TestPlants.RhoG;

    [Property(MaxTest = 500, Arbitrary = [typeof(StepCases)])]
    public bool Every_step_conserves_energy(StepCase c)
    {
        // Electricity in − electricity out = potential energy gained by the water + friction + machine + electrical losses,
        // with the potential energy computed independently of the step (prismatic: ρ·g·A·(z_b·h + h²/2); tables: the
        // volume moment, checked against Simpson's rule in the reservoir tests).
        var plant = StepCases.DryPlants[c.Plant];
        var start = c.State(plant);
        var r = plant.Step(start, c.RequestKw(plant), c.DurationH);
        var dewateredJ = Potential(plant, r.State with { LowerVolumeM3 = r.State.LowerVolumeM3 + r.DewateredWaterM3 }) - Potential(plant, r.State);
        var gainKwh = (Potential(plant, r.State) + dewateredJ - Potential(plant, start)) / 3.6e6;
        var balance = r.AbsorbedKwh - r.GeneratedKwh - gainKwh - r.LossesKwh;
        var scale = 1 + r.AbsorbedKwh + r.GeneratedKwh;
        return Math.Abs(balance) <= 1e-7 * scale
               && Math.Abs(r.PotentialEnergyGainKwh - gainKwh) <= 1e-7 * scale
               && r.FrictionLossKwh >= 0 && r.MachineLossKwh >= 0 && r.ElectricalLossKwh >= 0;
    }

    [Property(MaxTest = 500, Arbitrary = [typeof(StepCases)])]
    public bool Water_is_conserved_and_stays_within_the_reservoirs(StepCase c)
    {
        var plant = StepCases.WetPlants[c.Plant];
        var spec = plant.Spec;
        var start = c.State(plant);
        var r = plant.Step(start, c.RequestKw(plant), c.DurationH, c.InflowFraction * spec.DewateringCapacityM3h);
        var change = r.State.UpperVolumeM3 + r.State.LowerVolumeM3 - start.UpperVolumeM3 - start.LowerVolumeM3;
        var external = r.MineWaterInflowM3 - r.EvaporationM3 - r.SeepageM3 - r.DewateredWaterM3;
        var moved = r.PumpedWaterM3 - r.TurbinedWaterM3;
        const double tol = 1e-6;
        return Math.Abs(change - external) <= tol * (1 + start.UpperVolumeM3 + start.LowerVolumeM3)
               && Math.Abs(r.State.UpperVolumeM3 - (start.UpperVolumeM3 + moved - r.EvaporationM3 - r.SeepageM3)) <= tol * (1 + start.UpperVolumeM3)
               && r.State.UpperVolumeM3 >= -tol
               && r.State.UpperVolumeM3 <= spec.UpperReservoir.MaximumVolumeM3 + tol
               && r.State.LowerVolumeM3 <= spec.LowerReservoir.MaximumVolumeM3 + tol
               && r.State.LowerVolumeM3 >= Math.Min(spec.LowerReservoir.MinimumVolumeM3, start.LowerVolumeM3) - tol
               && r.DewateredWaterM3 <= spec.DewateringCapacityM3h * c.DurationH + tol
               && r.DewateringEnergyKwh >= 0;
    }

    [Property(MaxTest = 500, Arbitrary = [typeof(StepCases)])]
    public bool Delivery_never_exceeds_the_request_except_on_a_ramp_down(StepCase c)
    {
        var plant = StepCases.WetPlants[c.Plant];
        var request = c.RequestKw(plant);
        var r = plant.Step(c.State(plant), request, c.DurationH);
        var sameSign = r.PowerKw == 0 || Math.Sign(r.PowerKw) == Math.Sign(request);
        var withinRequest = Math.Abs(r.PowerKw) <= Math.Abs(request) * (1 + 1e-7) + 1e-9 || r.Limit == StorageLimit.Ramp;
        var metWhenUnbound = r.Limit != StorageLimit.None || Math.Abs(r.PowerKw - request) <= 1e-6 * Math.Abs(request) + 1e-9;
        var withinRating = r.PowerKw <= plant.RatedGeneratingPowerKw * (1 + 1e-7) && -r.PowerKw <= plant.RatedPumpingPowerKw * (1 + 1e-7);
        var energyMatchesPower = Math.Abs((r.GeneratedKwh - r.AbsorbedKwh) / c.DurationH - r.PowerKw) <= 1e-9 * (1 + Math.Abs(r.PowerKw));
        return sameSign && withinRequest && metWhenUnbound && withinRating && energyMatchesPower;
    }

    private static double Potential(ShaftPumpedHydro plant, ShaftPumpedHydroState s)
    {
        var up = plant.Spec.UpperReservoir;
        var low = plant.Spec.LowerReservoir;
        if (up.LevelsM.Length == 2 && low.LevelsM.Length == 2 && up.BottomElevationM == 0 && low.BottomElevationM == -110
            && up.CapacityM3 == 10 * TestPlants.AreaM2)
            return TestPlants.PotentialJ(s);
        return RhoG * (up.VolumeMomentM4(s.UpperVolumeM3) + low.VolumeMomentM4(s.LowerVolumeM3));
    }
}

/// <summary>One random interval: plant, start state, previous operation, request, length and inflow.</summary>
public readonly record struct StepCase(
    int Plant, double UpperFill, double LowerFill, int PreviousMode, double PreviousFraction, double RequestFraction, double DurationH, double InflowFraction)
{
    internal ShaftPumpedHydroState State(ShaftPumpedHydro plant)
    {
        var up = plant.Spec.UpperReservoir;
        var low = plant.Spec.LowerReservoir;
        var mode = (PumpedHydroMode)PreviousMode;
        var power = mode switch
        {
            PumpedHydroMode.Generating => PreviousFraction * plant.RatedGeneratingPowerKw,
            PumpedHydroMode.Pumping => -PreviousFraction * plant.RatedPumpingPowerKw,
            _ => 0,
        };
        return new ShaftPumpedHydroState(
            up.MinimumVolumeM3 + UpperFill * up.ActiveVolumeM3,
            low.MinimumVolumeM3 + LowerFill * low.ActiveVolumeM3,
            mode, power);
    }

    internal double RequestKw(ShaftPumpedHydro plant) =>
        RequestFraction >= 0 ? RequestFraction * plant.RatedGeneratingPowerKw : RequestFraction * plant.RatedPumpingPowerKw;
}

public static class StepCases
{
    private static readonly ShaftPumpedHydroSpec[] Specs =
    [
        TestPlants.Prismatic(units: 2),
        TestPlants.Prismatic(units: 1, pumpMinimumFraction: 0.7),
        TestPlants.Prismatic(units: 3, lossless: true),
        PumpedHydroPresets.DakuishanPhase2,
        PumpedHydroPresets.DakuishanPilot,
    ];

    // Models without mine water, evaporation or seepage, for the energy balance; and with them.
    internal static readonly ShaftPumpedHydro[] DryPlants =
        [.. Specs.Select(s => new ShaftPumpedHydro(s with { MineWaterInflowM3h = 0, UpperEvaporationMmPerDay = 0, UpperSeepageM3h = 0 }))];

    internal static readonly ShaftPumpedHydro[] WetPlants =
        [.. Specs.Select(s => new ShaftPumpedHydro(s with
        {
            MineWaterInflowM3h = 40,
            DewateringCapacityM3h = Math.Max(s.DewateringCapacityM3h, 80),
            UpperEvaporationMmPerDay = 4,
            UpperSeepageM3h = 1,
        }))];

    public static Arbitrary<StepCase> Cases()
    {
        // Fractions with extra weight on the bounds, where limits bind.
        var fill = Gen.Frequency(
            (1, Gen.Constant(0.0)), (1, Gen.Constant(1.0)), (1, Gen.Constant(0.999)), (6, Gen.Choose(0, 10_000).Select(i => i / 10_000.0)));
        var request = Gen.Frequency(
            (1, Gen.Constant(0.0)), (1, Gen.Constant(1.0)), (1, Gen.Constant(-1.0)), (8, Gen.Choose(-13_000, 13_000).Select(i => i / 10_000.0)));
        var duration = Gen.Elements(0.25, 0.5, 1.0, 2.0);
        var gen =
            from plant in Gen.Choose(0, Specs.Length - 1)
            from upper in fill
            from lower in fill
            from mode in Gen.Choose(0, 2)
            from previous in Gen.Choose(0, 1000).Select(i => i / 1000.0)
            from req in request
            from hours in duration
            from inflow in Gen.Choose(0, 100).Select(i => i / 100.0)
            select new StepCase(plant, upper, lower, mode, previous, req, hours, inflow);
        return gen.ToArbitrary();
    }
}
