using MineRose.Cluster;
using MineRose.Core.Screening;
using MineRose.IO.Screening;

namespace MineRose.Cli.Commands;

/// <summary>Runs a screening through Orleans (<see cref="ClusterScreening.RunAsync"/>): local silos in this process, or the
/// silos of a PostgreSQL-backed cluster that this process joins as a client (docs/cluster.md).</summary>
internal static class ScreenOnCluster
{
    /// <summary>Screens every mine of <paramref name="job"/> into <paramref name="store"/> on the cluster of <paramref name="where"/>.</summary>
    /// <param name="job">The run; every silo rebuilds its evaluator from this job's JSON.</param>
    /// <param name="store">The run's store (the cluster's database with <c>--cluster-db</c>).</param>
    /// <param name="where">Cluster, silos and workers.</param>
    /// <param name="progress">Receives the number of mines stored.</param>
    public static ScreeningRunStats Run(ScreeningJob job, IScreeningStore store, ScreeningPlace where, IProgress<int> progress)
    {
        var cluster = new ScreeningClusterOptions
        {
            PostgresConnectionString = where.ClusterDb,
            LocalSiloCount = where.Silos,
            WorkersPerSilo = where.Threads,
        };
        if (where.ClusterDb is null)
        {
            // Local silos take free ports, so two runs (or a run and a test) on one machine never collide on Orleans' defaults.
            cluster = cluster with { SiloPort = LocalPorts.FreeRun(where.Silos), GatewayPort = LocalPorts.FreeRun(where.Silos) };
        }
        var summary = ClusterScreening.RunAsync(job.ToJson(), new MineEvaluatorFactory(), store, cluster, new ScreeningRunOptions(),
            new StoredCount(progress), CancellationToken.None).GetAwaiter().GetResult();
        if (summary.ReissuedLeaseCount > 0 || summary.CoordinatorRestartCount > 0)
        {
            Console.Error.WriteLine($"minerose: warning: {summary.ReissuedLeaseCount} batch leases re-issued and {summary.CoordinatorRestartCount} coordinator restarts "
                + "after silo failures; every mine is stored once (a re-issued batch may have been computed twice)");
        }
        int stored = summary.MineCount - summary.AlreadyStoredCount;
        return new ScreeningRunStats(summary.MineCount, summary.AlreadyStoredCount, stored, stored);
    }

    /// <summary>Passes the stored count on, synchronously (a <see cref="Progress{T}"/> would reorder reports on the thread pool).</summary>
    private sealed class StoredCount(IProgress<int> inner) : IProgress<ClusterScreeningProgress>
    {
        public void Report(ClusterScreeningProgress value) => inner.Report(value.StoredCount);
    }
}
