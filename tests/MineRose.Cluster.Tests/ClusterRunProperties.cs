using FsCheck;
using FsCheck.Fluent;
using Orleans.TestingHost;

namespace MineRose.Cluster.Tests;

/// <summary>One two-silo cluster shared by the property's cases (starting a cluster per case would dominate).</summary>
public sealed class TwoSiloCluster : IAsyncLifetime
{
    internal InMemoryScreeningStore Store { get; } = new();

    internal CallLog Log { get; } = new();

    internal InProcessTestCluster Cluster { get; private set; } = null!;

    public async Task InitializeAsync() => Cluster = await ScreeningTestCluster.StartAsync(2, Store, Log);

    public async Task DisposeAsync()
    {
        await Cluster.DisposeAsync();
        Log.Dispose();
    }
}

public sealed class ClusterRunProperties(TwoSiloCluster fixture) : IClassFixture<TwoSiloCluster>
{
    private static int s_case;

    [FsCheck.Xunit.Property(MaxTest = 12)]
    public Property Any_run_without_failures_stores_and_computes_every_mine_exactly_once()
    {
        var sizes = Gen.Choose(0, 150).SelectMany(mines => Gen.Choose(1, 40).Select(batch => (mines, batch)));
        return Prop.ForAll(sizes.ToArbitrary(), c =>
        {
            var (mines, batch) = c;
            var job = new TestJob($"property-{Interlocked.Increment(ref s_case)}", Mines: mines).ToJson();
            var evaluator = new CountingEvaluator(job, "client", new CallLog());
            var callsBefore = fixture.Log.Total;
            var summary = ClusterScreeningRun.RunAsync(fixture.Cluster.Client, evaluator, job, fixture.Store,
                ScreeningTestCluster.FastOptions(batch), null, ScreeningTestCluster.Deadline()).GetAwaiter().GetResult();
            var records = fixture.Store.Records(evaluator.DesignHash, evaluator.ModelVersion);
            // One store attempt per key, and as many evaluations as mines: each mine evaluated once and stored once.
            return summary.MineCount == mines
                && records.Select(r => r.Key.MineId).SequenceEqual(evaluator.MineIds)
                && records.All(r => fixture.Store.Attempts(r.Key) == 1)
                && fixture.Log.Total - callsBefore == mines;
        });
    }
}
