using MineRose.Core.Park;
using MineRose.Core.Weather;
using MineRose.IO.Scenarios;
using MineRose.Optimization.Dispatch;
using Xunit.Abstractions;

namespace MineRose.Optimization.Tests.Dispatch;

public sealed class ShippedScenarioTests(ITestOutputHelper output)
{
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
    public void Probe(string file)
    {
        var (design, weather) = Load(file);
        foreach (var bin in new[] { false, true }) {
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var r = OptimalDispatch.RollingHorizon(design, weather, new DispatchOptions { TimeLimitSeconds = 1, RelativeGap = 1e-3, UseBinaries = bin }, new RollingHorizonOptions());
        output.WriteLine($"{r.Mode} {sw.ElapsedMilliseconds} ms");
        foreach (var sl in r.Solution.Report.Slack) output.WriteLine(sl.ToString());
        output.WriteLine($"{r.Solution.Report}");
        output.WriteLine($"{r.Check}"); output.WriteLine($"soc max {r.Optimal.Ledger.BatteryStateOfCharge.Max()}");
        output.WriteLine($"rule {r.RuleBased.Bill.NetCostCny} opt {r.Optimal.Bill.NetCostCny}");
        }
    }
}
