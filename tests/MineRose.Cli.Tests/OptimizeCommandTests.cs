using System.Text.Json;

namespace MineRose.Cli.Tests;

public class OptimizeCommandTests
{
    private static string Scenario(string name) => Path.Combine(AppContext.BaseDirectory, "scenarios", name);

    [Fact]
    public void Rolling_dispatch_of_phase_one_writes_the_three_files_with_the_solve_report_and_the_comparison()
    {
        var dir = CliProcess.TempFile("out");
        var mps = CliProcess.TempFile("model.mps");
        try
        {
            var r = CliProcess.Run("optimize", Scenario("dakuishan-phase1.yaml"), "--dispatch", "--horizon", "48", "--replan", "24",
                "--forecast", "persistence", "--export-mps", mps, "--out", dir, "--json");
            Assert.True(r.ExitCode == 0, r.Stderr);
            using var stdout = JsonDocument.Parse(r.Stdout);
            var opt = stdout.RootElement.GetProperty("optimization");
            Assert.Contains("persistence", opt.GetProperty("mode").GetString(), StringComparison.Ordinal);
            var solve = opt.GetProperty("solve");
            Assert.Equal("OPTIMAL", solve.GetProperty("status").GetString());
            Assert.StartsWith("HiGHS", solve.GetProperty("solver").GetString(), StringComparison.Ordinal);
            Assert.True(solve.GetProperty("rows").GetInt32() > 0 && solve.GetProperty("columns").GetInt32() > 0);
            Assert.True(opt.GetProperty("replay_check").GetProperty("passed").GetBoolean());
            var keys = opt.GetProperty("comparison").EnumerateArray().Select(e => e.GetProperty("key").GetString()).ToList();
            Assert.Contains("net_energy_cost_cny", keys);
            Assert.Contains("pumped_hydro_cycles", keys);
            Assert.Contains("co2_avoided_t", keys);
            // The KPIs are the replayed ledger's: the same contract as simulate.
            Assert.True(stdout.RootElement.GetProperty("kpis").TryGetProperty("net_energy_cost_cny", out _));
            Assert.Equal(8761, File.ReadLines(Path.Combine(dir, "hourly.csv")).Count());
            Assert.Contains("Rule-based and optimal dispatch", File.ReadAllText(Path.Combine(dir, "report.html")), StringComparison.Ordinal);
            Assert.StartsWith("NAME", File.ReadLines(mps).First(l => !l.StartsWith('*')), StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(dir))
                Directory.Delete(dir, recursive: true);
            if (File.Exists(mps))
                File.Delete(mps);
        }
    }

    [Theory]
    [InlineData("--forecast", "tomorrow")]
    [InlineData("--time-limit", "0")]
    [InlineData("--days", "0")]
    [InlineData("--replan", "24")]
    [InlineData("--greenhouse-band", "7")]
    public void Bad_options_exit_with_code_two_and_one_line(string option, string? value)
    {
        var args = new List<string> { "optimize", Scenario("dakuishan-phase1.yaml") };
        args.Add(option == "--days" ? "--sizing" : "--dispatch");
        args.Add(option);
        if (value is not null)
            args.Add(value);
        var r = CliProcess.Run([.. args]);
        Assert.Equal(2, r.ExitCode);
        Assert.StartsWith("minerose: error:", r.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", r.Stderr, StringComparison.Ordinal);
    }
}
