using System.Diagnostics;
using MineRose.Core.Park;
using MineRose.Optimization.Dispatch;
using Xunit.Abstractions;

namespace MineRose.Optimization.Tests.Dispatch;

public sealed class DebugTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("dakuishan-phase1.yaml")]
    [InlineData("dakuishan-phase2.yaml")]
    public void Debug(string file)
    {
        var (design, weather) = ShippedScenarioTests.Load(file);
        var year = ParkSimulator.SimulateYear(design, weather);
        var inputs = DispatchInputs.FromBaseline(year);
        foreach (int start in new[] { 0, 24 * 100, 24 * 200 })
        {
            var w = inputs.Window(start, 48, 0.5, 0.5);
            foreach (var gap in new[] { 1e-3, 1e-2 }) foreach (var bin in new[] { true })
            {
                var sw = Stopwatch.StartNew();
                using var m = DispatchModel.Build(w, new DispatchOptions { UseBinaries = bin, TimeLimitSeconds = 20, RelativeGap = gap });
                var s = m.Solve();
                output.WriteLine($"{start} gap={gap} bin={bin} {s.Report.Status} obj {s.Report.ObjectiveCny:F1} gap {s.Report.RelativeGap} solve {s.Report.WallTimeMs:F0} ms total {sw.ElapsedMilliseconds} int {s.Report.Integers}");
                if (bin && start == 0) File.WriteAllText($"/tmp/{file}.mps", m.Model.ExportMps());
            }
        }
    }
}
