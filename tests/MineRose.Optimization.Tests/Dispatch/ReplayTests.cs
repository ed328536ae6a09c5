using MineRose.Core.Park;
using MineRose.Optimization.Dispatch;

namespace MineRose.Optimization.Tests.Dispatch;

public sealed class ReplayTests
{
    [Fact]
    public void Replaying_the_rule_based_storage_powers_reproduces_the_rule_based_ledger()
    {
        // Identity of the replay hook: ask each store for exactly what it delivered under the rules, and the simulator
        // must write the same year (the stores are deterministic, and what they were asked for they could deliver).
        var (design, weather) = ShippedScenarioTests.Load("zichuan-replication.yaml");
        var rules = ParkSimulator.SimulateYear(design, weather);
        var l = rules.Ledger;
        int n = l.Grid.Count;
        var batteryKw = new double[n];
        for (int i = 0; i < n; i++)
            batteryKw[i] = l.BatteryDischargeKw[i] - l.BatteryChargeKw[i];
        var replay = ParkSimulator.SimulateYear(design, weather, new DispatchPlan(batteryKw, []));

        for (int i = 0; i < n; i++)
        {
            Assert.Equal(l.GridImportKw[i], replay.Ledger.GridImportKw[i], 9);
            Assert.Equal(l.GridExportKw[i], replay.Ledger.GridExportKw[i], 9);
            Assert.Equal(l.BatteryStateOfCharge[i], replay.Ledger.BatteryStateOfCharge[i], 12);
        }
        Assert.Equal(rules.Bill.NetCostCny, replay.Bill.NetCostCny, 6);
    }

    [Fact]
    public void A_plan_of_the_wrong_length_is_refused_naming_the_field()
    {
        var (design, weather) = ShippedScenarioTests.Load("dakuishan-phase1.yaml");
        var ex = Assert.Throws<Core.InvalidInputException>(() => ParkSimulator.SimulateYear(design, weather, new DispatchPlan([], new double[10])));
        Assert.Contains("dispatch_plan.pumped_hydro_kw", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_check_flags_a_store_the_plan_drove_past_what_the_simulator_could_deliver()
    {
        // Ask the phase I pilot to generate at full power every hour: the plan is impossible, the simulator delivers what
        // the water allows, and the check reports the departure (while bounds and balance still hold).
        var (design, weather) = ShippedScenarioTests.Load("dakuishan-phase1.yaml");
        var rules = ParkSimulator.SimulateYear(design, weather);
        var inputs = DispatchInputs.FromBaseline(rules);
        int n = inputs.Count;
        var plan = new DispatchSolution(rules.Ledger.Grid.Count == n ? new Solving.SolveReport("none", "OPTIMAL", 0, 0, 0, 0, 0, 0, 0, 0, []) : null!,
            1, new double[n], new double[n], new double[n], [], [], Enumerable.Repeat(100.0, n).ToArray(), [], []);
        var replay = ParkSimulator.SimulateYear(design, weather, plan.ToPlan());
        var check = OptimalDispatch.Check(inputs, plan, replay);

        Assert.True(check.Passed, check.ToString());
        Assert.Equal(100.0 * n, check.HydroPlannedKwh, 6);
        // The pond holds a few hours of generation: nearly all of the year's planned output cannot be delivered.
        Assert.True(check.HydroDepartureKwh > 0.9 * check.HydroPlannedKwh);
        Assert.True(check.HydroDepartureIntervals > n / 2);
    }
}
