using MineRose.Core.Screening;

namespace MineRose.Cluster.Tests;

public sealed class ClusterScreeningRunTests
{
    [Fact]
    public async Task Three_silos_store_every_mine_exactly_once_and_compute_it_exactly_once()
    {
        var store = new InMemoryScreeningStore();
        using var log = new CallLog();
        await using var cluster = await ScreeningTestCluster.StartAsync(3, store, log);
        var job = new TestJob("three-silos", Mines: 1000, DelayMs: 1).ToJson();
        var evaluator = new CountingEvaluator(job, "client", new CallLog());
        var reports = new List<ClusterScreeningProgress>();

        var summary = await ClusterScreeningRun.RunAsync(cluster.Client, evaluator, job, store,
            ScreeningTestCluster.FastOptions(16), new SyncProgress(reports), ScreeningTestCluster.Deadline());

        Assert.Equal(1000, summary.MineCount);
        Assert.Equal(0, summary.AlreadyStoredCount);
        var records = store.Records(evaluator.DesignHash, evaluator.ModelVersion);
        Assert.Equal(evaluator.MineIds, records.Select(r => r.Key.MineId));
        foreach (var record in records)
        {
            // Payload: SHA-256 of the id, computed independently by the test.
            Assert.Equal(TestJob.ExpectedPayload(record.Key.MineId), record.PayloadJson);
            Assert.Equal(1, store.Attempts(record.Key));
            Assert.Equal(1, log.Calls(record.Key.MineId));
        }
        Assert.Equal(1000, log.Total);
        // The work was shared: every silo evaluated some of the mines.
        foreach (var silo in cluster.Silos)
            Assert.True(log.CallsOn(silo.Name) > 0, $"silo {silo.Name} evaluated nothing");
        Assert.NotEmpty(reports);
        Assert.True(reports.Select(r => r.StoredCount).SequenceEqual(reports.Select(r => r.StoredCount).Order()),
            "progress never goes backwards");
    }

    [Fact]
    public async Task A_silo_killed_while_it_holds_leased_batches_leaves_every_mine_stored_exactly_once()
    {
        var store = new InMemoryScreeningStore();
        using var log = new CallLog();
        await using var cluster = await ScreeningTestCluster.StartAsync(3, store, log);
        var job = new TestJob("kill-worker", Mines: 600, DelayMs: 5).ToJson();
        var evaluator = new CountingEvaluator(job, "client", new CallLog());
        var ct = ScreeningTestCluster.Deadline();

        var run = ClusterScreeningRun.RunAsync(cluster.Client, evaluator, job, store,
            ScreeningTestCluster.FastOptions(10), null, ct);
        // Kill a silo that is evaluating (so it holds leases) and does not host the coordinator.
        var coordinatorSilo = await WaitForCoordinatorSilo(cluster, run);
        var victim = cluster.Silos.First(s => !s.SiloAddress.Equals(coordinatorSilo));
        await ScreeningTestCluster.WaitUntil(() => log.CallsOn(victim.Name) >= 10, TimeSpan.FromSeconds(30));
        log.Freeze(victim.Name);
        // Every worker of the victim is stuck inside a leased batch, as in a process that died mid-batch.
        await ScreeningTestCluster.WaitUntil(() => log.Hung(victim.Name) == 2, TimeSpan.FromSeconds(30));
        await cluster.KillSiloAsync(victim);
        Assert.True(store.Count < 600, "the kill must happen in the middle of the run");

        var summary = await run;

        Assert.True(summary.ReissuedLeaseCount >= 1, "the dead silo's leases were handed out again");
        var records = store.Records(evaluator.DesignHash, evaluator.ModelVersion);
        Assert.Equal(evaluator.MineIds, records.Select(r => r.Key.MineId));
        Assert.All(records, r => Assert.Equal(TestJob.ExpectedPayload(r.Key.MineId), r.PayloadJson));
        Assert.Equal(600, store.Count);
    }

    [Fact]
    public async Task A_killed_silo_hosting_the_coordinator_is_replaced_and_the_run_completes_exactly_once()
    {
        var store = new InMemoryScreeningStore();
        using var log = new CallLog();
        await using var cluster = await ScreeningTestCluster.StartAsync(3, store, log);
        var job = new TestJob("kill-coordinator", Mines: 600, DelayMs: 5).ToJson();
        var evaluator = new CountingEvaluator(job, "client", new CallLog());
        var ct = ScreeningTestCluster.Deadline();

        var run = ClusterScreeningRun.RunAsync(cluster.Client, evaluator, job, store,
            ScreeningTestCluster.FastOptions(10), null, ct);
        var coordinatorSilo = await WaitForCoordinatorSilo(cluster, run);
        await ScreeningTestCluster.WaitUntil(() => store.Count >= 50, TimeSpan.FromSeconds(30));
        var victim = cluster.Silos.First(s => s.SiloAddress.Equals(coordinatorSilo));
        log.Freeze(victim.Name);
        // Every worker of the victim is stuck inside a leased batch, as in a process that died mid-batch.
        await ScreeningTestCluster.WaitUntil(() => log.Hung(victim.Name) == 2, TimeSpan.FromSeconds(30));
        await cluster.KillSiloAsync(victim);
        Assert.True(store.Count < 600, "the kill must happen in the middle of the run");

        var summary = await run;

        Assert.True(summary.CoordinatorRestartCount >= 1, "the coordinator was restarted from the store");
        var records = store.Records(evaluator.DesignHash, evaluator.ModelVersion);
        Assert.Equal(evaluator.MineIds, records.Select(r => r.Key.MineId));
        Assert.Equal(600, store.Count);
    }

    [Fact]
    public async Task A_cancelled_run_resumes_computing_only_the_mines_missing_from_the_store()
    {
        var store = new InMemoryScreeningStore();
        using var log = new CallLog();
        await using var cluster = await ScreeningTestCluster.StartAsync(3, store, log);
        var job = new TestJob("resume", Mines: 400, DelayMs: 5).ToJson();
        var evaluator = new CountingEvaluator(job, "client", new CallLog());

        using (var cancel = new CancellationTokenSource())
        {
            var first = ClusterScreeningRun.RunAsync(cluster.Client, evaluator, job, store,
                ScreeningTestCluster.FastOptions(10), null, cancel.Token);
            await ScreeningTestCluster.WaitUntil(() => store.Count >= 100, TimeSpan.FromSeconds(30));
            await cancel.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        }
        // Batches leased before the cancel still finish and store; wait for the cluster to go quiet.
        await WaitForQuiet(log);
        var storedBefore = store.CompletedMineIds(evaluator.DesignHash, evaluator.ModelVersion);
        var callsBefore = log.PerMine.ToDictionary(p => p.Key, p => p.Value);
        Assert.InRange(storedBefore.Count, 100, 399);

        var summary = await ClusterScreeningRun.RunAsync(cluster.Client, evaluator, job, store,
            ScreeningTestCluster.FastOptions(10), null, ScreeningTestCluster.Deadline());

        Assert.Equal(storedBefore.Count, summary.AlreadyStoredCount);
        foreach (var id in evaluator.MineIds)
        {
            var before = callsBefore.GetValueOrDefault(id);
            var during = log.Calls(id) - before;
            // Stored mines are not computed again; missing ones exactly once.
            Assert.Equal(storedBefore.Contains(id) ? 0 : 1, during);
        }
        Assert.Equal(400, store.Count);
        Assert.All(evaluator.MineIds, id => Assert.Equal(1, store.Attempts(new ScreeningKey(id, evaluator.DesignHash, evaluator.ModelVersion))));
    }

    [Fact]
    public async Task A_run_already_complete_in_the_store_computes_nothing()
    {
        var store = new InMemoryScreeningStore();
        using var log = new CallLog();
        await using var cluster = await ScreeningTestCluster.StartAsync(2, store, log);
        var job = new TestJob("done", Mines: 50).ToJson();
        var evaluator = new CountingEvaluator(job, "client", new CallLog());
        await ClusterScreeningRun.RunAsync(cluster.Client, evaluator, job, store,
            ScreeningTestCluster.FastOptions(), null, ScreeningTestCluster.Deadline());
        var calls = log.Total;

        var again = await ClusterScreeningRun.RunAsync(cluster.Client, evaluator, job, store,
            ScreeningTestCluster.FastOptions(), null, ScreeningTestCluster.Deadline());

        Assert.Equal(50, again.AlreadyStoredCount);
        Assert.Equal(calls, log.Total);
        Assert.Equal(50, store.Count);
    }

    [Fact]
    public async Task An_evaluation_that_throws_fails_the_run_with_its_reason_instead_of_reporting_it_complete()
    {
        var store = new InMemoryScreeningStore();
        await using var cluster = await ScreeningTestCluster.StartAsync(2, store, new CallLog());
        var job = new TestJob("fault", Mines: 100, ThrowOn: TestJob.MineId(37)).ToJson();
        var evaluator = new CountingEvaluator(job, "client", new CallLog());

        var error = await Assert.ThrowsAsync<ScreeningRunFailedException>(() => ClusterScreeningRun.RunAsync(
            cluster.Client, evaluator, job, store, ScreeningTestCluster.FastOptions(), null, ScreeningTestCluster.Deadline()));

        Assert.Contains("mine-00037", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(TestJob.MineId(37), store.CompletedMineIds(evaluator.DesignHash, evaluator.ModelVersion));
    }

    [Fact]
    public async Task A_silo_whose_evaluator_reports_another_model_version_fails_the_run()
    {
        var store = new InMemoryScreeningStore();
        await using var cluster = await ScreeningTestCluster.StartAsync(2, store, new CallLog());
        var job = new TestJob("versions", Mines: 20).ToJson();
        // The client believes the model is version 2; the silos' evaluators report version 1.
        var evaluator = new CountingEvaluator(new TestJob("versions", Mines: 20, ModelVersion: "test-2").ToJson(), "client", new CallLog());

        var error = await Assert.ThrowsAsync<ScreeningRunFailedException>(() => ClusterScreeningRun.RunAsync(
            cluster.Client, evaluator, job, store, ScreeningTestCluster.FastOptions(), null, ScreeningTestCluster.Deadline()));

        Assert.Contains("test-2", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, store.Count);
    }

    private static async Task<SiloAddress> WaitForCoordinatorSilo(Orleans.TestingHost.InProcessTestCluster cluster, Task run)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        var registry = cluster.Client.GetGrain<IScreeningRunRegistryGrain>(0);
        while (DateTime.UtcNow < deadline)
        {
            if (run.IsCompleted)
                await run; // surfaces a failure
            var runs = await registry.GetActiveRunsAsync();
            if (runs.Count > 0)
                return await cluster.Client.GetGrain<IScreeningRunGrain>(runs[0].RunId).GetHostSiloAsync();
            await Task.Delay(10);
        }
        throw new TimeoutException("the run never registered");
    }

    private static async Task WaitForQuiet(CallLog log)
    {
        var last = -1;
        while (log.Total != last)
        {
            last = log.Total;
            await Task.Delay(500);
        }
    }

    /// <summary>Records progress synchronously (Progress&lt;T&gt; posts to the thread pool and may reorder).</summary>
    private sealed class SyncProgress(List<ClusterScreeningProgress> reports) : IProgress<ClusterScreeningProgress>
    {
        public void Report(ClusterScreeningProgress value)
        {
            lock (reports)
                reports.Add(value);
        }
    }
}
