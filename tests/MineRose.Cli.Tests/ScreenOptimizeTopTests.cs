using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using MineRose.TestSupport;

namespace MineRose.Cli.Tests;

/// <summary><c>minerose screen --optimize-top N</c>: the best mines re-run with optimal dispatch, checked against
/// <c>minerose optimize</c> on the same park, resumed from the store, and bad values rejected with exit code 2.</summary>
public sealed class ScreenOptimizeTopTests : IDisposable
{
    private readonly string _root = CliProcess.TempFile("screen-optimize");

    public ScreenOptimizeTopTests() => Directory.CreateDirectory(_root);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
    }

    private string[] ScreenArgs(string outDir) =>
    [
        "screen", SharedData.TestDataPath("screening", "dakuishan.csv"), "--status", "closed",
        "--template", SharedData.TestDataPath("screening", "battery-template.yaml"), "--weather-dir", SharedData.PathOf("weather"),
        "--optimize-top", "1", "--threads", "1", "--out", outDir,
    ];

    [SharedDataFact]
    public void The_optimised_mine_costs_no_more_than_the_rules_and_exactly_what_minerose_optimize_gives_for_the_same_park()
    {
        var outDir = Path.Combine(_root, "screen");
        var run = CliProcess.Run(ScreenArgs(outDir));
        Assert.True(run.ExitCode == 0, run.Stderr);

        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "summary.json")));
        var opt = summary.RootElement.GetProperty("optimize_top");
        Assert.Equal(1, opt.GetProperty("n").GetInt32());
        Assert.NotEqual(summary.RootElement.GetProperty("design_hash").GetString(), opt.GetProperty("design_hash").GetString());
        var mine = Assert.Single(opt.GetProperty("mines").EnumerateArray());
        Assert.False(mine.TryGetProperty("failure_reason", out _));
        double ruleCost = mine.GetProperty("rule_based").GetProperty("net_energy_cost_cny").GetDouble();
        double optimalCost = mine.GetProperty("optimal").GetProperty("net_energy_cost_cny").GetDouble();
        // The LP plans against the same tariff the bill uses; the replay cannot cost more than the rules on this battery park.
        Assert.True(optimalCost <= ruleCost, $"optimal {optimalCost:R} CNY > rule-based {ruleCost:R} CNY");
        Assert.True(mine.GetProperty("optimal").GetProperty("battery_cycles").GetDouble() > 0);
        Assert.True(mine.GetProperty("rule_based").GetProperty("battery_cycles").GetDouble() > 0);

        // The same park through `minerose optimize` (phase1-battery.yaml is the park battery-template.yaml designs for this mine;
        // the screen ran it on the nearest station file, the Jinan TMYx EPW): the rolling 48 h / 24 h LP, perfect forecasts.
        var optimizeOut = Path.Combine(_root, "optimize");
        var optimize = CliProcess.Run("optimize", SharedData.TestDataPath("screening", "phase1-battery.yaml"), "--dispatch", "--horizon", "48",
            "--weather", SharedData.PathOf("weather", "CHN_SD_Jinan.Tsinan.548230_TMYx.epw"), "--out", optimizeOut, "--json");
        Assert.True(optimize.ExitCode == 0, optimize.Stderr);
        using var optimized = JsonDocument.Parse(File.ReadAllText(Path.Combine(optimizeOut, "summary.json")));
        var kpis = optimized.RootElement.GetProperty("kpis");
        foreach (var (key, screened) in new[] { ("net_energy_cost_cny", optimalCost), ("npv_cny", mine.GetProperty("optimal").GetProperty("npv_cny").GetDouble()),
            ("co2_avoided_t", mine.GetProperty("optimal").GetProperty("co2_avoided_t").GetDouble()) })
            Assert.True(kpis.GetProperty(key).GetDouble() == screened, $"{key}: optimize {kpis.GetProperty(key).GetDouble():R}, screen {screened:R}");
        var comparison = optimized.RootElement.GetProperty("optimization").GetProperty("comparison").EnumerateArray()
            .ToDictionary(r => r.GetProperty("key").GetString()!, r => r);
        Assert.Equal(comparison["net_energy_cost_cny"].GetProperty("rule_based").GetDouble(), ruleCost);
        Assert.Equal(comparison["battery_cycles"].GetProperty("optimal").GetDouble(), mine.GetProperty("optimal").GetProperty("battery_cycles").GetDouble());

        // ranked.csv carries both strategies; the report's design sheet too.
        var ranked = File.ReadAllLines(Path.Combine(outDir, "ranked.csv"));
        var header = CsvCells(ranked[0]);
        var row = CsvCells(ranked[1]);
        string Cell(string name) => row[header.IndexOf(name)];
        // ranked.csv writes 10 significant digits.
        Assert.Equal(ruleCost.ToString("G10", CultureInfo.InvariantCulture), Cell("net_energy_cost_cny"));
        Assert.Equal(optimalCost.ToString("G10", CultureInfo.InvariantCulture), Cell("optimal_net_energy_cost_cny"));
        Assert.Equal("", Cell("optimal_failure_reason"));
        var report = File.ReadAllText(Path.Combine(outDir, "report.html"));
        Assert.Contains("net energy cost [CNY/a]", report, StringComparison.Ordinal);
        Assert.Contains("re-run with optimal dispatch", report, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public void A_second_run_finds_both_strategies_in_the_store_and_computes_nothing()
    {
        var outDir = Path.Combine(_root, "resume");
        var first = CliProcess.Run(ScreenArgs(outDir));
        Assert.True(first.ExitCode == 0, first.Stderr);
        var firstRanked = File.ReadAllText(Path.Combine(outDir, "ranked.csv"));
        var second = CliProcess.Run([.. ScreenArgs(outDir), "--rank-by", "optimal"]);
        Assert.True(second.ExitCode == 0, second.Stderr);

        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "summary.json")));
        var counts = summary.RootElement.GetProperty("counts");
        Assert.Equal(0, counts.GetProperty("computed").GetInt64());
        Assert.Equal(1, counts.GetProperty("resumed_from_store").GetInt64());
        Assert.Equal(0, counts.GetProperty("optimized_computed").GetInt64());
        Assert.Equal(1, counts.GetProperty("optimized_resumed_from_store").GetInt64());
        Assert.DoesNotContain("optimised 1/1", second.Stderr, StringComparison.Ordinal);
        // One mine: re-ranking by the optimal score changes nothing in ranked.csv.
        Assert.Equal(firstRanked, File.ReadAllText(Path.Combine(outDir, "ranked.csv")));
        Assert.Equal("optimal", summary.RootElement.GetProperty("optimize_top").GetProperty("rank_by").GetString());
    }

    [Fact]
    public void A_park_without_storage_has_nothing_to_dispatch_and_keeps_its_rule_based_figures_flagged()
    {
        // The built-in template gives dakuishan.csv (no depth: no shaft storage; no battery rule) a park without storage.
        var outDir = Path.Combine(_root, "nostorage");
        var run = CliProcess.Run("screen", SharedData.TestDataPath("screening", "dakuishan.csv"), "--status", "closed", "--optimize-top", "3", "--out", outDir);
        Assert.True(run.ExitCode == 0, run.Stderr);
        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "summary.json")));
        // --optimize-top 3 on a one-mine list re-runs the one evaluated mine.
        Assert.Equal(1, summary.RootElement.GetProperty("counts").GetProperty("optimized").GetInt64());
        var mine = Assert.Single(summary.RootElement.GetProperty("optimize_top").GetProperty("mines").EnumerateArray());
        foreach (var key in new[] { "net_energy_cost_cny", "npv_cny", "co2_avoided_t" })
            Assert.Equal(mine.GetProperty("rule_based").GetProperty(key).GetDouble(), mine.GetProperty("optimal").GetProperty(key).GetDouble());
        Assert.Equal(JsonValueKind.Null, mine.GetProperty("optimal").GetProperty("battery_cycles").ValueKind);
        Assert.Contains("no storage to dispatch", File.ReadAllText(Path.Combine(outDir, "report.html")), StringComparison.Ordinal);
    }

    // RFC 4180 cells of one line (quoted cells may hold commas, e.g. the station name).
    private static List<string> CsvCells(string line)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                cell.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }
        cells.Add(cell.ToString());
        return cells;
    }

    [Theory]
    [InlineData("--optimize-top", "-1", "--optimize-top")]
    [InlineData("--optimize-top", "three", "--optimize-top")]
    [InlineData("--rank-by", "optimal", "--rank-by")]
    [InlineData("--rank-by", "best", "--rank-by")]
    public void Bad_optimize_top_or_rank_by_values_exit_with_2_and_one_clear_line(string option, string value, string named)
    {
        var run = CliProcess.Run("screen", SharedData.TestDataPath("screening", "dakuishan.csv"), option, value, "--out", Path.Combine(_root, "bad"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(named, run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
    }
}
