using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MineRose.Core.Screening;

namespace MineRose.Cluster;

/// <summary>The workers of one silo: <see cref="ScreeningWorkerOptions.WorkerCount"/> loops that pull leased batches from the
/// active runs' coordinators, evaluate each mine with the silo's evaluator, store each result as it finishes
/// (<see cref="IScreeningStore.TryAdd"/>, so a batch run twice cannot duplicate) and report the batch done.</summary>
/// <remarks>A worker that stops (its silo shutting down) reports the mines it stored and gives the rest back. A worker
/// that dies reports nothing: its lease expires, or its silo is declared dead, and the batch is handed out again; the
/// mines it had already stored are then evaluated a second time and their second results are discarded by the store.</remarks>
internal sealed partial class ScreeningWorker(
    IGrainFactory grains,
    ILocalSiloDetails localSilo,
    IScreeningStore store,
    EvaluatorCache evaluators,
    ScreeningWorkerOptions options,
    TimeProvider clock,
    ILogger<ScreeningWorker> logger) : BackgroundService
{
    private readonly SemaphoreSlim _refreshGate = new(1, 1);
    private IReadOnlyList<ActiveScreeningRun> _runs = [];
    private long _runsFetchedAt;

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var loops = new Task[Math.Max(1, options.WorkerCount)];
        for (var i = 0; i < loops.Length; i++)
        {
            var offset = i;
            // Evaluation is synchronous CPU work: each loop gets its own thread-pool thread.
            loops[i] = Task.Run(() => LoopAsync(offset, stoppingToken), CancellationToken.None);
        }
        return Task.WhenAll(loops);
    }

    public override void Dispose()
    {
        _refreshGate.Dispose();
        base.Dispose();
    }

    private async Task LoopAsync(int offset, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!await TryWorkOneBatchAsync(offset, stoppingToken))
                    await Task.Delay(options.IdlePollInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // A coordinator on a silo that just died, a store that is briefly unreachable: try again shortly; the
                // lease of an unfinished batch expires and its mines are handed out again.
                LogTransientFailure(logger, ex);
                try
                {
                    await Task.Delay(options.IdlePollInterval * 5, clock, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private async Task<bool> TryWorkOneBatchAsync(int offset, CancellationToken stoppingToken)
    {
        var runs = await ActiveRunsAsync();
        for (var k = 0; k < runs.Count; k++)
        {
            var run = runs[(k + offset) % runs.Count];
            var coordinator = grains.GetGrain<IScreeningRunGrain>(run.RunId);
            var batch = await coordinator.LeaseAsync(localSilo.SiloAddress);
            if (batch is null)
                continue;
            await WorkBatchAsync(run, coordinator, batch, stoppingToken);
            return true;
        }
        return false;
    }

    private async Task WorkBatchAsync(
        ActiveScreeningRun run, IScreeningRunGrain coordinator, ScreeningBatch batch, CancellationToken stoppingToken)
    {
        IMineEvaluator evaluator;
        try
        {
            evaluator = evaluators.Get(run);
        }
        catch (Exception ex)
        {
            await coordinator.FailAsync($"silo {localSilo.SiloAddress} could not build the run's evaluator: {ex.Message}");
            return;
        }
        if (evaluator.DesignHash != run.DesignHash || evaluator.ModelVersion != run.ModelVersion)
        {
            // Another build of the model would store results under a key the run does not read.
            await coordinator.FailAsync(
                $"silo {localSilo.SiloAddress} evaluates design {evaluator.DesignHash} with model {evaluator.ModelVersion}, " +
                $"the run expects design {run.DesignHash} with model {run.ModelVersion}");
            return;
        }

        var stored = new List<string>(batch.MineIds.Count);
        var renewEvery = (long)(run.LeaseDuration.TotalSeconds / 3 * Stopwatch.Frequency);
        var lastRenewal = Stopwatch.GetTimestamp();
        foreach (var mineId in batch.MineIds)
        {
            if (stoppingToken.IsCancellationRequested)
                break;
            ScreeningRecord record;
            try
            {
                record = evaluator.Evaluate(mineId);
            }
            catch (Exception ex)
            {
                // The contract makes a mine's failure a result; an exception is a fault that no retry would cure.
                await coordinator.FailAsync($"evaluating mine {mineId} on silo {localSilo.SiloAddress} threw: {ex.Message}");
                return;
            }
            if (record.Key != new ScreeningKey(mineId, run.DesignHash, run.ModelVersion))
            {
                await coordinator.FailAsync($"the evaluator returned key {record.Key} for mine {mineId}");
                return;
            }
            store.TryAdd(record);
            stored.Add(mineId);
            if (Stopwatch.GetTimestamp() - lastRenewal > renewEvery)
            {
                lastRenewal = Stopwatch.GetTimestamp();
                if (!await coordinator.RenewAsync(batch.LeaseId))
                    break; // The batch was handed to another worker; report what is stored and leave the rest to it.
            }
        }
        await coordinator.CompleteAsync(batch.LeaseId, stored);
    }

    /// <summary>The active runs, fetched from the registry at most once per refresh interval for all loops of the silo.</summary>
    private async Task<IReadOnlyList<ActiveScreeningRun>> ActiveRunsAsync()
    {
        var refreshTicks = (long)(options.RunListRefreshInterval.TotalSeconds * Stopwatch.Frequency);
        var fetchedAt = Volatile.Read(ref _runsFetchedAt);
        if (fetchedAt != 0 && Stopwatch.GetTimestamp() - fetchedAt < refreshTicks)
            return _runs;
        await _refreshGate.WaitAsync();
        try
        {
            if (_runsFetchedAt == 0 || Stopwatch.GetTimestamp() - _runsFetchedAt >= refreshTicks)
            {
                var runs = await grains.GetGrain<IScreeningRunRegistryGrain>(0).GetActiveRunsAsync();
                evaluators.Retain(runs);
                _runs = runs;
                Volatile.Write(ref _runsFetchedAt, Stopwatch.GetTimestamp());
            }
            return _runs;
        }
        finally
        {
            _refreshGate.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Screening worker: a call failed; retrying shortly")]
    private static partial void LogTransientFailure(ILogger logger, Exception exception);
}
