using System.Diagnostics;
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

    private static int MemberStatus(string clusterId)
    {
        using var db = new NpgsqlConnection(Postgres);
        db.Open();
        using var command = new NpgsqlCommand("SELECT Status FROM OrleansMembershipTable WHERE DeploymentId = $1", db);
        command.Parameters.AddWithValue(clusterId);
        return (int)command.ExecuteScalar()!;
    }
}

/// <summary>A fact that needs a real PostgreSQL server: skipped, with the reason, where MINEROSE_TEST_POSTGRES is unset.</summary>
internal sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("MINEROSE_TEST_POSTGRES")))
            Skip = "needs a PostgreSQL server: set MINEROSE_TEST_POSTGRES to an Npgsql connection string (.ci/run does)";
    }
}
