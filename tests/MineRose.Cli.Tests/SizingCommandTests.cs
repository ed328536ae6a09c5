using System.CommandLine;
using System.Text.Json;
using MineRose.Cli.Commands;

namespace MineRose.Cli.Tests;

/// <summary>The sizing half of <c>optimize</c>, called in process (the dispatch half owns the command and its registration).</summary>
public class SizingCommandTests
{
    private static string Scenario(string name) => Path.Combine(AppContext.BaseDirectory, "scenarios", name);

    [Fact]
    public void Sizing_phase_one_writes_the_simulate_outputs_plus_sizing_json_with_a_cost_no_higher_than_the_shipped_design()
    {
        string dir = Path.Combine(Path.GetTempPath(), "minerose-sizing-" + Guid.NewGuid().ToString("N"));
        try
        {
            // Through the hook the optimize command calls: its options parsed from a command line.
            var command = new Command("optimize");
            var set = SizingCommand.AddTo(command);
            var parse = command.Parse(["--sizing", "--days", "6", "--sensitivity"]);
            Assert.Empty(parse.Errors);
            Assert.True(parse.GetValue(set.Sizing));
            int code = SizingCommand.Execute(parse, set, new FileInfo(Scenario("dakuishan-phase1.yaml")), null, new DirectoryInfo(dir), json: true);

            Assert.Equal(0, code);
            foreach (var file in new[] { "summary.json", "hourly.csv", "report.html", "sizing.json" })
                Assert.True(File.Exists(Path.Combine(dir, file)), file);
            using var sizing = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "sizing.json")));
            double sized = sizing.RootElement.GetProperty("sized").GetProperty("annualised_cost_cny").GetDouble();
            double shipped = sizing.RootElement.GetProperty("shipped").GetProperty("annualised_cost_cny").GetDouble();
            Assert.True(sized <= shipped * (1 + 1e-7), $"{sized} > {shipped}");
            Assert.Equal(10, sizing.RootElement.GetProperty("tornado").GetArrayLength());
            Assert.Equal(7, sizing.RootElement.GetProperty("sized").GetProperty("representative_days").GetInt32()); // 6 medoids + the peak heating day
            string html = File.ReadAllText(Path.Combine(dir, "report.html"));
            Assert.Contains("<h2>Sizing</h2>", html, StringComparison.Ordinal);
            Assert.Contains("<h2>Representative days against the full year</h2>", html, StringComparison.Ordinal);
            Assert.Contains("<h2>Sensitivity</h2>", html, StringComparison.Ordinal);
            using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "summary.json")));
            Assert.True(summary.RootElement.GetProperty("kpis").TryGetProperty("npv_cny", out _));
        }
        finally
        {
            if (Directory.Exists(dir))
                Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void Optimize_sizing_runs_end_to_end_and_sensitivity_with_dispatch_is_an_input_error()
    {
        string dir = Path.Combine(Path.GetTempPath(), "minerose-sizing-cli-" + Guid.NewGuid().ToString("N"));
        try
        {
            var ok = CliProcess.Run("optimize", Scenario("dakuishan-phase1.yaml"), "--sizing", "--days", "3", "--out", dir, "--json");
            Assert.Equal(0, ok.ExitCode);
            using var summary = JsonDocument.Parse(ok.Stdout);
            Assert.True(summary.RootElement.GetProperty("kpis").TryGetProperty("pv_ac_mwh", out _));
            Assert.True(File.Exists(Path.Combine(dir, "sizing.json")));

            var refused = CliProcess.Run("optimize", Scenario("dakuishan-phase1.yaml"), "--dispatch", "--sensitivity", "--out", dir);
            Assert.Equal(2, refused.ExitCode);
            Assert.Contains("--sensitivity", refused.Stderr, StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(dir))
                Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void Sizing_for_npv_with_the_greenhouse_writes_both_designs_side_by_side_and_a_bad_objective_is_an_input_error()
    {
        string dir = Path.Combine(Path.GetTempPath(), "minerose-sizing-npv-" + Guid.NewGuid().ToString("N"));
        try
        {
            var command = new Command("optimize");
            var set = SizingCommand.AddTo(command);
            var parse = command.Parse(["--sizing", "--objective", "npv", "--size-greenhouse", "--days", "4"]);
            Assert.Empty(parse.Errors);
            int code = SizingCommand.Execute(parse, set, new FileInfo(Scenario("dakuishan-phase1.yaml")), null, new DirectoryInfo(dir), json: true);

            Assert.Equal(0, code);
            using var sizing = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "sizing.json")));
            var root = sizing.RootElement;
            Assert.Equal("npv", root.GetProperty("sized").GetProperty("objective").GetString());
            // The NPV objective never ends below the shipped design's NPV by the same LP (the shipped design is a feasible point).
            double sizedNpv = root.GetProperty("sized").GetProperty("npv_cny").GetDouble();
            double shippedNpv = root.GetProperty("shipped").GetProperty("npv_cny").GetDouble();
            Assert.True(sizedNpv >= shippedNpv - 1e-6 * Math.Abs(shippedNpv), $"{sizedNpv} < {shippedNpv}");
            Assert.Equal(13_000, root.GetProperty("shipped").GetProperty("greenhouse_area_m2").GetDouble(), 1e-6);
            Assert.True(root.GetProperty("simulated").GetProperty("sized").TryGetProperty("npv_cny", out _));
            string html = File.ReadAllText(Path.Combine(dir, "report.html"));
            Assert.Contains("greenhouse floor [m²]", html, StringComparison.Ordinal);
            Assert.Contains("NPV, simulated [CNY]", html, StringComparison.Ordinal);

            var bad = command.Parse(["--sizing", "--objective", "profit"]);
            var ex = Assert.Throws<MineRose.Core.InvalidInputException>(() =>
                SizingCommand.Execute(bad, set, new FileInfo(Scenario("dakuishan-phase1.yaml")), null, new DirectoryInfo(dir), json: true));
            Assert.Contains("--objective", ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(dir))
                Directory.Delete(dir, true);
        }
    }
}
