using MineRose.Core.Park;
using MineRose.Core.Weather;
using MineRose.IO.Scenarios;
using MineRose.Optimization.Dispatch;
using Xunit.Abstractions;

namespace MineRose.Optimization.Tests.Dispatch;

public sealed class ShippedScenarioTests(ITestOutputHelper output)
{
    /// <summary>A shipped scenario on the embedded synthetic year (as <c>minerose simulate</c> runs it without --weather).</summary>
    internal static (ParkDesign Design, WeatherSeries Weather) Load(string file)
    {
        var scenario = ScenarioLoader.Load(Path.Combine(AppContext.BaseDirectory, "scenarios", file));
        var site = scenario.Design.Site;
        var normals = site == Site.Dakuishan ? ClimateNormals.Zibo : SyntheticYear.SameClimateAt(ClimateNormals.Zibo, site);
        var weather = WeatherResampling.ToStep(SyntheticYear.Generate(normals, scenario.Weather.SyntheticSeed), scenario.TimeStepMinutes);
        return (scenario.Design, weather);
    }

    [Theory]
    [InlineData("dakuishan-phase1.yaml")]
    [InlineData("dakuishan-phase2.yaml")]
    [InlineData("zichuan-replication.yaml")]
    public void The_optimal_dispatch_costs_no_more_than_the_rule_based_one_and_its_replay_checks_out(string file)
    {
        // Whole year, hourly, rolling 48 h windows re-planned every 24 h with perfect forecasts (the LP relaxation).
        var (design, weather) = Load(file);
        var r = OptimalDispatch.RollingHorizon(design, weather, new DispatchOptions(), new RollingHorizonOptions());
        output.WriteLine($"{file}: rule-based {r.RuleBased.Bill.NetCostCny:F0} CNY, optimal {r.Optimal.Bill.NetCostCny:F0} CNY; {r.Check}");

        Assert.Equal("OPTIMAL", r.Solution.Report.Status);
        Assert.True(r.Solution.Report.IsClean, string.Join("; ", r.Solution.Report.Slack));
        // The simulator's own bill of both years (same ledger, same tariff): the optimum must not cost more.
        Assert.True(r.Optimal.Bill.NetCostCny <= r.RuleBased.Bill.NetCostCny,
            $"optimal {r.Optimal.Bill.NetCostCny} CNY > rule-based {r.RuleBased.Bill.NetCostCny} CNY");
        // Re-checked by the simulator: bus closed, SOC and reservoirs within bounds.
        Assert.True(r.Check.Passed, r.Check.ToString());
        Assert.True(r.Check.BalanceResidualMaxKw < 1e-6);
    }

    [Theory]
    [InlineData("dakuishan-phase1.yaml")]
    [InlineData("dakuishan-phase2.yaml")]
    public void A_perfect_foresight_year_is_replayed_within_bounds_and_beats_the_rules(string file)
    {
        var (design, weather) = Load(file);
        var r = OptimalDispatch.PerfectForesight(design, weather, new DispatchOptions());
        output.WriteLine($"{r.Mode}: {r.Solution.Report}; {r.Check}");

        Assert.Equal("OPTIMAL", r.Solution.Report.Status);
        Assert.Equal(0, r.Solution.Report.Integers);
        // One year hourly: 8760 intervals; 6 columns per interval at least (PV, import, export, generate, pump, content) plus slack.
        Assert.True(r.Solution.Report.Columns >= 6 * 8760);
        Assert.True(r.Check.Passed, r.Check.ToString());
        Assert.True(r.Optimal.Bill.NetCostCny <= r.RuleBased.Bill.NetCostCny);
    }

    [Fact]
    public void Persistence_forecasts_are_worth_less_than_perfect_ones_in_the_plan_and_still_replay_cleanly()
    {
        var (design, weather) = Load("zichuan-replication.yaml");
        var perfect = OptimalDispatch.RollingHorizon(design, weather, new DispatchOptions(), new RollingHorizonOptions());
        var naive = OptimalDispatch.RollingHorizon(design, weather, new DispatchOptions(), new RollingHorizonOptions(Forecast: ForecastKind.Persistence));
        output.WriteLine($"perfect {perfect.Optimal.Bill.NetCostCny:F0} CNY, persistence {naive.Optimal.Bill.NetCostCny:F0} CNY");

        Assert.True(naive.Check.Passed, naive.Check.ToString());
        // Knowing the future cannot hurt: with the same prices and stores, the replayed bill with perfect forecasts is no higher.
        Assert.True(perfect.Optimal.Bill.NetCostCny <= naive.Optimal.Bill.NetCostCny + 1e-6);
    }

    [Theory]
    [InlineData("dakuishan-phase1.yaml")]
    [InlineData("dakuishan-phase2.yaml")]
    [InlineData("zichuan-replication.yaml")]
    public void Pre_heating_replays_within_the_band_and_leaves_no_more_heat_unserved(string file)
    {
        // Rolling 48/24 h with the heat plant dispatched (the default) and the greenhouse band [0, +2] K, against the same
        // horizon with the heat plant's electricity held as fixed load.
        var (design, weather) = Load(file);
        var flexible = OptimalDispatch.RollingHorizon(design, weather, new DispatchOptions { GreenhouseMaxOffsetK = 2 }, new RollingHorizonOptions());
        var heldHeat = OptimalDispatch.RollingHorizon(design, weather, new DispatchOptions { DispatchHeat = false }, new RollingHorizonOptions());
        var c = flexible.Check;
        var offsets = flexible.Solution.HeatingSetPointOffsetK;
        int raised = offsets.Count(th => th > 0.05);
        output.WriteLine($"{file}: rule-based {flexible.RuleBased.Bill.NetCostCny:F0} CNY, heat fixed {heldHeat.Optimal.Bill.NetCostCny:F0} CNY, "
            + $"heat dispatched {flexible.Optimal.Bill.NetCostCny:F0} CNY; hours pre-heated {raised}, mean offset then {(raised > 0 ? offsets.Where(th => th > 0.05).Average() : 0):F2} K; "
            + $"band excess {c.GreenhouseBandExcessMaxK:F3} K; unserved heat rules {c.RuleBasedUnservedHeatKwh:F0} kWh, replay {c.ReplayedUnservedHeatKwh:F0} kWh; "
            + $"heat-plant electricity planned {flexible.Solution.HeatPlantElectricityKw.Sum() / 1000:F1} MWh, replayed {(flexible.Optimal.Ledger.HeatPumpElectricityKw.Sum() + flexible.Optimal.Ledger.CirculationPumpKw.Sum()) / 1000:F1} MWh; {flexible.Solution.Report.Columns} columns");

        Assert.True(flexible.Solution.Report.IsClean, string.Join("; ", flexible.Solution.Report.Slack));
        Assert.True(c.GreenhouseBandExcessMaxK <= ReplayCheck.BandToleranceK, $"band excess {c.GreenhouseBandExcessMaxK} K");
        Assert.True(c.ReplayedUnservedHeatKwh <= c.RuleBasedUnservedHeatKwh + 1, $"unserved {c.ReplayedUnservedHeatKwh} > {c.RuleBasedUnservedHeatKwh} kWh");
        Assert.True(c.Passed, c.ToString());
        Assert.True(flexible.Optimal.Bill.NetCostCny <= flexible.RuleBased.Bill.NetCostCny);
    }
}
