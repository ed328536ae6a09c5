using System.Diagnostics;
using MineRose.Cluster;
using MineRose.IO.Screening;
using MineRose.TestSupport;
using Npgsql;

namespace MineRose.Cli.Tests;

public sealed class ClusterSiloCommandTests
{
    private static string Postgres => Environment.GetEnvironmentVariable("MINEROSE_TEST_POSTGRES") ?? "";

    [Fact]
    public void A_bad_advertised_address_exits_with_code_2_naming_the_option()
    {
        var r = CliProcess.Run("cluster", "silo", "--db", "Host=127.0.0.1", "--advertise", "not-an-ip");

        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--advertise", r.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_silo_without_a_database_is_a_usage_error()
    {
        var r = CliProcess.Run("cluster", "silo");

        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--db", r.Stderr, StringComparison.Ordinal);
    }

    [PostgresFact]
    public void A_silo_joins_the_PostgreSQL_cluster_and_leaves_it_cleanly_on_SIGTERM()
    {
        var clusterId = "cli-" + Guid.NewGuid().ToString("N")[..12];
        var port = Random.Shared.Next(20_000, 40_000);
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "minerose.dll"), "cluster", "silo", "--db", Postgres,
                     "--cluster-id", clusterId, "--port", $"{port}", "--gateway-port", $"{port + 1}", "--advertise", "127.0.0.1", "--workers", "1" })
            start.ArgumentList.Add(a);
        using var silo = Process.Start(start)!;
        var stderr = new System.Text.StringBuilder();
        var up = new ManualResetEventSlim();
        silo.ErrorDataReceived += (_, e) =>
        {
            lock (stderr)
                stderr.AppendLine(e.Data);
            if (e.Data?.Contains("silo up", StringComparison.Ordinal) == true)
                up.Set();
        };
        silo.BeginErrorReadLine();
        silo.BeginOutputReadLine();
        try
        {
            Assert.True(up.Wait(TimeSpan.FromSeconds(60)), "the silo did not come up: " + stderr);
            // Status 3 = SiloStatus.Active in Orleans' membership table.
            Assert.Equal(3, MemberStatus(clusterId));

            using (var term = Process.Start("kill", ["-TERM", $"{silo.Id}"]))
                term.WaitForExit();
            Assert.True(silo.WaitForExit(TimeSpan.FromSeconds(60)), "the silo did not stop on SIGTERM");

            Assert.Equal(0, silo.ExitCode);
            // Status 6 = SiloStatus.Dead: it announced its departure.
            Assert.Equal(6, MemberStatus(clusterId));
        }
        finally
        {
            if (!silo.HasExited)
                silo.Kill(entireProcessTree: true);
        }
    }

    [PostgresFact(NeedsSharedData = true)]
    public async Task A_silo_process_killed_mid_run_leaves_every_mine_stored_exactly_once_by_the_survivor()
    {
        var clusterId = "kill-" + Guid.NewGuid().ToString("N")[..12];
        // Operating GEM mines, the first 120: real park designs and simulations.
        var job = new ScreeningJob
        {
            MineLists = [SharedData.PathOf("mines", "gcmt-1ways_non_closed_mines.csv")],
            Statuses = ["operating"],
            Limit = 120,
        }.ToJson();
        var direct = new MineEvaluatorFactory().Create(job);
        using var store = new PostgresScreeningStore(Postgres);
        // An earlier run of this test stored the same keys (that is the resume guarantee): start from an empty store.
        using (var db = new NpgsqlConnection(Postgres))
        {
            db.Open();
            using var clear = new NpgsqlCommand($"DELETE FROM {PostgresScreeningStore.TableName} WHERE design_hash = $1", db);
            clear.Parameters.AddWithValue(direct.DesignHash);
            clear.ExecuteNonQuery();
        }
        var port = Random.Shared.Next(20_000, 40_000);
        var victim = StartSilo(clusterId, port);
        var survivor = StartSilo(clusterId, port + 2);
        try
        {
            var run = ClusterScreening.RunAsync(job, new MineEvaluatorFactory(), store,
                new ScreeningClusterOptions { PostgresConnectionString = Postgres, ClusterId = clusterId },
                new ScreeningRunOptions { BatchSize = 4, LeaseDuration = TimeSpan.FromSeconds(5), PollInterval = TimeSpan.FromMilliseconds(100) },
                null, new CancellationTokenSource(TimeSpan.FromMinutes(3)).Token);
            var deadline = DateTime.UtcNow.AddMinutes(2);
            while (store.CompletedMineIds(direct.DesignHash, direct.ModelVersion).Count < 12 && DateTime.UtcNow < deadline && !run.IsCompleted)
                await Task.Delay(20);
            Assert.False(run.IsCompleted, "the kill must happen in the middle of the run");
            victim.Kill(); // SIGKILL: no goodbye, leased batches stay leased until the lease expires or the silo is declared dead

            var summary = await run;

            Assert.Equal(120, summary.MineCount);
            var records = store.Records(direct.DesignHash, direct.ModelVersion);
            Assert.Equal(direct.MineIds.Order(StringComparer.Ordinal), records.Select(r => r.Key.MineId));
            // Results from the other processes equal this process's own evaluation of the same mines.
            foreach (var record in records.Take(5))
                Assert.Equal(direct.Evaluate(record.Key.MineId).PayloadJson, record.PayloadJson);
        }
        finally
        {
            foreach (var silo in new[] { victim, survivor })
            {
                if (!silo.HasExited)
                    silo.Kill(entireProcessTree: true);
                silo.Dispose();
            }
        }
    }

    private static Process StartSilo(string clusterId, int port)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "minerose.dll"), "cluster", "silo", "--db", Postgres,
                     "--cluster-id", clusterId, "--port", $"{port}", "--gateway-port", $"{port + 1}", "--advertise", "127.0.0.1", "--workers", "1" })
            start.ArgumentList.Add(a);
        var silo = Process.Start(start)!;
        var up = new ManualResetEventSlim();
        silo.ErrorDataReceived += (_, e) =>
        {
            if (e.Data?.Contains("silo up", StringComparison.Ordinal) == true)
                up.Set();
        };
        silo.BeginErrorReadLine();
        silo.BeginOutputReadLine();
        if (!up.Wait(TimeSpan.FromSeconds(60)))
        {
            silo.Kill(entireProcessTree: true);
            throw new TimeoutException("a silo did not come up");
        }
        return silo;
    }

    private static int MemberStatus(string clusterId)
    {
        using var db = new NpgsqlConnection(Postgres);
        db.Open();
        using var command = new NpgsqlCommand("SELECT Status FROM OrleansMembershipTable WHERE DeploymentId = $1", db);
        command.Parameters.AddWithValue(clusterId);
        return (int)command.ExecuteScalar()!;
    }
}

/// <summary>A fact that needs a real PostgreSQL server (and optionally ../shared): skipped, with the reason, where
/// MINEROSE_TEST_POSTGRES is unset or the shared folder is absent.</summary>
internal sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("MINEROSE_TEST_POSTGRES")))
            Skip = "needs a PostgreSQL server: set MINEROSE_TEST_POSTGRES to an Npgsql connection string (.ci/run does)";
    }

    private readonly bool _needsSharedData;

    /// <summary>Also needs the shared data folder (the GEM mine list).</summary>
    public bool NeedsSharedData
    {
        get => _needsSharedData;
        init
        {
            _needsSharedData = value;
            if (value && Skip is null && SharedData.Directory is null)
                Skip = "needs the shared data folder (../shared beside the repository, or MINEROSE_SHARED): not found";
        }
    }
}
