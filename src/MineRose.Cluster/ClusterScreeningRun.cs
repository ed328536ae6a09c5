using System.Diagnostics;
using MineRose.Core.Screening;

namespace MineRose.Cluster;

/// <summary>The client side of a cluster run: starts the coordinator with the mines not yet in the store, registers the run
/// for the workers, watches progress, restarts a coordinator lost with its silo, and returns only when every mine of the
/// run is in the store.</summary>
public static class ClusterScreeningRun
{
    /// <summary>Runs <paramref name="jobJson"/> on the cluster that <paramref name="grains"/> reaches.</summary>
    /// <param name="grains">A client of the cluster (or a silo's grain factory).</param>
    /// <param name="evaluator">The run's evaluator as the client builds it from <paramref name="jobJson"/>: it gives the mine
    /// ids, design hash and model version; the client evaluates nothing.</param>
    /// <param name="jobJson">The run's description, which every silo turns into the same evaluator.</param>
    /// <param name="store">The store the silos write to (the same database), read here to resume and to check the end.</param>
    /// <param name="options">Batching, leases and polling.</param>
    /// <param name="progress">Receives progress at every poll, or null.</param>
    /// <param name="cancellationToken">Cancels the run: the coordinator stops handing out work; stored results stay.</param>
    /// <exception cref="ScreeningRunFailedException">A worker reported a fault, or the cluster stayed unreachable.</exception>
    public static async Task<ClusterScreeningSummary> RunAsync(
        IGrainFactory grains,
        IMineEvaluator evaluator,
        string jobJson,
        IScreeningStore store,
        ScreeningRunOptions options,
        IProgress<ClusterScreeningProgress>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(evaluator);
        ArgumentNullException.ThrowIfNull(jobJson);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        options.Validated();
        var started = Stopwatch.GetTimestamp();
        var mineIds = evaluator.MineIds;
        var runId = $"{evaluator.DesignHash}/{evaluator.ModelVersion}/{Guid.NewGuid():N}";
        var run = new ActiveScreeningRun(runId, jobJson, evaluator.DesignHash, evaluator.ModelVersion, options.LeaseDuration);
        var coordinator = grains.GetGrain<IScreeningRunGrain>(runId);
        var registry = grains.GetGrain<IScreeningRunRegistryGrain>(0);

        var pending = Pending(store, run, mineIds);
        var alreadyStored = mineIds.Count - pending.Count;
        var restarts = 0;
        var reissuedBefore = 0;
        var complete = pending.Count == 0;
        try
        {
            if (!complete)
            {
                await coordinator.StartAsync(Spec(run, pending, options));
                await registry.RegisterAsync(run);
            }
            var lastReached = Stopwatch.GetTimestamp();
            var reissued = 0;
            while (!complete)
            {
                await Task.Delay(options.PollInterval, cancellationToken);
                ScreeningRunProgress state;
                try
                {
                    state = await coordinator.GetProgressAsync();
                    if (!state.Started)
                    {
                        // The coordinator's silo died and it came back empty: what is done is in the store.
                        restarts++;
                        reissuedBefore += reissued;
                        pending = Pending(store, run, mineIds);
                        await coordinator.StartAsync(Spec(run, pending, options));
                        state = await coordinator.GetProgressAsync();
                    }
                    await registry.RegisterAsync(run); // rebuilds a registry lost with its silo
                    lastReached = Stopwatch.GetTimestamp();
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    if (Stopwatch.GetElapsedTime(lastReached) > options.UnreachableTimeout)
                        throw new ScreeningRunFailedException($"the run's coordinator was unreachable for {options.UnreachableTimeout.TotalSeconds:F0} s", ex);
                    continue;
                }
                if (state.Failure is not null)
                    throw new ScreeningRunFailedException(state.Failure);
                reissued = state.ReissuedLeaseCount;
                var stored = mineIds.Count - (state.MineCount - state.CompletedCount);
                progress?.Report(new ClusterScreeningProgress(mineIds.Count, stored, state.LeasedCount, reissuedBefore + reissued));
                complete = state.IsComplete;
            }
            reissuedBefore += reissued;
        }
        finally
        {
            if (!complete)
                await StopQuietly(coordinator);
            await UnregisterQuietly(registry, runId);
        }

        // The store, not the coordinator, is the record: never report a run complete that it does not show complete.
        var missing = Pending(store, run, mineIds);
        if (missing.Count > 0)
            throw new ScreeningRunFailedException($"the run ended with {missing.Count} of {mineIds.Count} mines missing from the store (first: {missing[0]})");
        return new ClusterScreeningSummary(mineIds.Count, alreadyStored, reissuedBefore, restarts, Stopwatch.GetElapsedTime(started));
    }

    private static List<string> Pending(IScreeningStore store, ActiveScreeningRun run, IReadOnlyList<string> mineIds)
    {
        var done = store.CompletedMineIds(run.DesignHash, run.ModelVersion);
        return [.. mineIds.Where(id => !done.Contains(id))];
    }

    private static ScreeningRunSpec Spec(ActiveScreeningRun run, List<string> pending, ScreeningRunOptions options) =>
        new(run.RunId, run.JobJson, run.DesignHash, run.ModelVersion, pending, options.BatchSize, options.LeaseDuration, options.ClientTimeout);

    private static async Task StopQuietly(IScreeningRunGrain coordinator)
    {
        try
        {
            await coordinator.CancelAsync().WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (Exception)
        {
            // Best effort: a coordinator that cannot be told stops by itself after the client timeout.
        }
    }

    private static async Task UnregisterQuietly(IScreeningRunRegistryGrain registry, string runId)
    {
        try
        {
            await registry.UnregisterAsync(runId).WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (Exception)
        {
            // Best effort: workers find the coordinator stopped or finished and get no work from it.
        }
    }
}
