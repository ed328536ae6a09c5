using System.Diagnostics;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using MineRose.TestSupport;

namespace MineRose.Cli.Tests;

/// <summary><c>minerose screen</c> as a user runs it: killed in the middle and started again, it ends with every mine exactly
/// once in the store and the same outputs as a run that was never interrupted; bad input exits with 2.</summary>
public sealed class ScreenCommandTests : IDisposable
{
    private readonly string _root = CliProcess.TempFile("screen");

    public ScreenCommandTests() => Directory.CreateDirectory(_root);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
    }

    private static string[] Args(string outDir, string store) =>
    [
        "screen", SharedData.PathOf("mines", "gcmt-1ways_non_closed_mines.csv"), SharedData.PathOf("mines", "gcmt-1ways_closed_mines.csv"),
        "--status", "operating", "--limit", "200", "--threads", "1", "--out", outDir, "--store", store,
    ];

    private static long Rows(string store)
    {
        if (!File.Exists(store))
            return 0;
        using var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = store, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT name FROM sqlite_master WHERE name = 'screening_results';";
        if (cmd.ExecuteScalar() is null)
            return 0;
        cmd.CommandText = "SELECT COUNT(*), COUNT(DISTINCT mine_id || '|' || design_hash || '|' || model_version) FROM screening_results;";
        using var r = cmd.ExecuteReader();
        r.Read();
        Assert.Equal(r.GetInt64(0), r.GetInt64(1));
        return r.GetInt64(0);
    }

    [SharedDataFact]
    public void A_run_killed_mid_way_resumes_with_every_mine_exactly_once_and_the_same_ranking()
    {
        var outA = Path.Combine(_root, "a");
        var storeA = Path.Combine(_root, "a.sqlite");
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "minerose.dll"));
        foreach (var a in Args(outA, storeA))
            start.ArgumentList.Add(a);
        using (var process = Process.Start(start)!)
        {
            _ = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            var clock = Stopwatch.StartNew();
            while (Rows(storeA) < 20 && !process.HasExited && clock.Elapsed < TimeSpan.FromMinutes(3))
                Thread.Sleep(50);
            Assert.False(process.HasExited, "the run finished before it could be killed");
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
        var afterKill = Rows(storeA);
        Assert.InRange(afterKill, 20, 199);

        var resumed = CliProcess.Run(Args(outA, storeA));
        Assert.True(resumed.ExitCode == 0, resumed.Stderr);
        Assert.Equal(200, Rows(storeA));
        using (var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(outA, "summary.json"))))
        {
            var counts = summary.RootElement.GetProperty("counts");
            Assert.Equal(afterKill, counts.GetProperty("resumed_from_store").GetInt64());
            Assert.Equal(200 - afterKill, counts.GetProperty("computed").GetInt64());
            Assert.Equal(200, counts.GetProperty("screened").GetInt64());
        }

        var outB = Path.Combine(_root, "b");
        var whole = CliProcess.Run(Args(outB, Path.Combine(_root, "b.sqlite")));
        Assert.True(whole.ExitCode == 0, whole.Stderr);
        foreach (var file in new[] { "ranked.csv", "provinces.csv", "mines.geojson", "rejected.csv" })
            Assert.Equal(File.ReadAllText(Path.Combine(outB, file)), File.ReadAllText(Path.Combine(outA, file)));
        // GEM's credit heads every output that carries its data.
        Assert.StartsWith("# Data: Global Energy Monitor", File.ReadAllText(Path.Combine(outA, "ranked.csv")), StringComparison.Ordinal);
        Assert.Contains("Global Energy Monitor", File.ReadAllText(Path.Combine(outA, "report.html")), StringComparison.Ordinal);
        Assert.Contains("Global Energy Monitor", File.ReadAllText(Path.Combine(outA, "mines.geojson")), StringComparison.Ordinal);
    }

    [SharedDataFact]
    public void On_local_orleans_silos_the_screening_stores_every_mine_once_and_ranks_as_on_this_machines_cores()
    {
        string[] Run(string name, params string[] extra)
        {
            var outDir = Path.Combine(_root, name);
            var run = CliProcess.Run([
                "screen", SharedData.PathOf("mines", "gcmt-1ways_non_closed_mines.csv"), "--province", "Shandong", "--status", "operating",
                "--limit", "24", "--out", outDir, .. extra]);
            Assert.True(run.ExitCode == 0, run.Stderr);
            Assert.Equal(24, Rows(Path.Combine(outDir, "screening.sqlite")));
            return File.ReadAllLines(Path.Combine(outDir, "ranked.csv"));
        }

        var cores = Run("cores");
        var silos = Run("silos", "--cluster", "--silos", "2", "--threads", "1");

        Assert.Equal(cores, silos);
    }

    [Fact]
    public void A_cluster_database_without_the_cluster_option_exits_with_2()
    {
        var list = SharedData.TestDataPath("screening", "dakuishan.csv");
        var run = CliProcess.Run("screen", list, "--cluster-db", "Host=db;Database=minerose", "--out", _root);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--cluster-db", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_mine_list_or_bad_weights_exit_with_2_and_one_clear_line()
    {
        var missing = CliProcess.Run("screen", Path.Combine(_root, "no-such-list.csv"), "--out", _root);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("no-such-list.csv", missing.Stderr, StringComparison.Ordinal);

        var list = SharedData.TestDataPath("screening", "dakuishan.csv");
        var weights = CliProcess.Run("screen", list, "--weights", "profit=1", "--out", _root);
        Assert.Equal(2, weights.ExitCode);
        Assert.Contains("--weights", weights.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", weights.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_users_list_runs_without_any_weather_file_and_writes_every_output()
    {
        var list = SharedData.TestDataPath("screening", "dakuishan.csv");
        var outDir = Path.Combine(_root, "user");
        var run = CliProcess.Run("screen", list, "--status", "closed", "--out", outDir);
        Assert.True(run.ExitCode == 0, run.Stderr);
        foreach (var file in new[] { "ranked.csv", "mines.geojson", "provinces.csv", "rejected.csv", "summary.json", "report.html" })
            Assert.True(File.Exists(Path.Combine(outDir, file)), file);
        var ranked = File.ReadAllLines(Path.Combine(outDir, "ranked.csv"));
        // No GEM data, so no credit line: header, then the one mine, ranked 1, on a synthetic year of the embedded normals.
        Assert.StartsWith("rank,score,mine_id", ranked[0], StringComparison.Ordinal);
        Assert.StartsWith("1,", ranked[1], StringComparison.Ordinal);
        Assert.Contains("synthetic year from station normals", ranked[1], StringComparison.Ordinal);
        Assert.Contains("synthetic weather: embedded normals of Jinan", ranked[1], StringComparison.Ordinal);
    }
}
