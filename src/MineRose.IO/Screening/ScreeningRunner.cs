using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.ExceptionServices;
using MineRose.Core.Screening;

namespace MineRose.IO.Screening;

/// <summary>Runs a screening on all cores of one machine: skips the mines the store already holds for this design and model
/// version, evaluates the rest in parallel, and writes each result to the store as it finishes (one writer, small batches,
/// each batch one transaction), so that a run killed at any moment resumes with nothing lost, recomputed beyond the batch
/// in flight, or duplicated.</summary>
/// <remarks>The seams for scaling out: any <see cref="IMineEvaluator"/> (e.g. one built by <see cref="MineEvaluatorFactory"/>
/// on each silo of a cluster) and any <see cref="IScreeningStore"/> (SQLite here, PostgreSQL on a cluster).
/// Scheduling: each worker takes the next mine from one shared counter (self-scheduling with a chunk of one mine [314], a few
/// milliseconds), so every worker stays busy until the list is empty; the calling thread is one of the workers. The writer
/// is a thread of its own that blocks (no spinning) on a bounded queue [311] until a record arrives and then gathers up to <see cref="BatchSize"/>
/// records, or what arrived within <see cref="BatchWindow"/>, into one transaction.</remarks>
public static class ScreeningRunner
{
    /// <summary>Largest number of records written in one transaction.</summary>
    public const int BatchSize = 32;

    /// <summary>Longest time the writer waits for a batch to fill after its first record: bounds what a killed run loses to
    /// the records of this window.</summary>
    public static readonly TimeSpan BatchWindow = TimeSpan.FromMilliseconds(250);

    /// <summary>Evaluates every mine of <paramref name="evaluator"/> that <paramref name="store"/> does not hold yet.</summary>
    /// <param name="evaluator">The run's evaluator.</param>
    /// <param name="store">The store results go to.</param>
    /// <param name="progress">Receives the number of mines done (resumed ones included) after each stored batch, or null.</param>
    /// <param name="maxDegreeOfParallelism">Worker threads; null for one per core.</param>
    /// <param name="cancellationToken">Stops the run between mines (what is stored stays stored).</param>
    /// <exception cref="OperationCanceledException">The run was cancelled (every finished mine is stored).</exception>
    public static ScreeningRunStats Run(IMineEvaluator evaluator, IScreeningStore store, IProgress<int>? progress = null,
        int? maxDegreeOfParallelism = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(evaluator);
        ArgumentNullException.ThrowIfNull(store);
        if (maxDegreeOfParallelism is < 1)
            throw new ArgumentOutOfRangeException(nameof(maxDegreeOfParallelism), maxDegreeOfParallelism, "at least one worker");
        var done = store.CompletedMineIds(evaluator.DesignHash, evaluator.ModelVersion);
        var todo = evaluator.MineIds.Where(id => !done.Contains(id)).ToArray();
        int resumed = evaluator.MineIds.Count - todo.Length;
        progress?.Report(resumed);

        using var queue = new BlockingCollection<ScreeningRecord>(4 * BatchSize);
        int stored = 0, computed = 0, next = -1;
        ExceptionDispatchInfo? writerFailure = null, workerFailure = null;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);

        var writer = new Thread(() =>
        {
            try
            {
                stored = Write(queue, store, resumed, progress);
            }
            catch (Exception e)
            {
                writerFailure = ExceptionDispatchInfo.Capture(e);
                stop.Cancel();
                // Keep draining so that no worker blocks on a full queue.
                foreach (var _ in queue.GetConsumingEnumerable())
                {
                }
            }
        })
        { IsBackground = true, Name = "screening store writer" };
        writer.Start();

        void Work()
        {
            try
            {
                int i;
                while (!stop.IsCancellationRequested && (i = Interlocked.Increment(ref next)) < todo.Length)
                {
                    var record = evaluator.Evaluate(todo[i]);
                    Interlocked.Increment(ref computed);
                    queue.Add(record, CancellationToken.None);
                }
            }
            catch (Exception e)
            {
                Interlocked.CompareExchange(ref workerFailure, ExceptionDispatchInfo.Capture(e), null);
                stop.Cancel();
            }
        }

        int workers = Math.Max(1, Math.Min(maxDegreeOfParallelism ?? Environment.ProcessorCount, todo.Length));
        var threads = new Thread[workers - 1];
        for (int t = 0; t < threads.Length; t++)
        {
            threads[t] = new Thread(Work) { IsBackground = true, Name = "screening worker" };
            threads[t].Start();
        }
        Work();
        foreach (var t in threads)
            t.Join();
        queue.CompleteAdding();
        writer.Join();

        workerFailure?.Throw();
        writerFailure?.Throw();
        cancellationToken.ThrowIfCancellationRequested();
        return new ScreeningRunStats(evaluator.MineIds.Count, resumed, computed, stored);
    }

    /// <summary>The writer's loop: blocks for a first record, gathers a batch, stores it in one transaction, reports.</summary>
    private static int Write(BlockingCollection<ScreeningRecord> queue, IScreeningStore store, int finished, IProgress<int>? progress)
    {
        var batch = new List<ScreeningRecord>(BatchSize);
        var clock = new Stopwatch();
        int stored = 0;
        while (queue.TryTake(out var first, Timeout.Infinite))
        {
            batch.Add(first);
            clock.Restart();
            while (batch.Count < BatchSize)
            {
                var left = BatchWindow - clock.Elapsed;
                if (left <= TimeSpan.Zero || !queue.TryTake(out var r, left))
                    break;
                batch.Add(r);
            }
            stored += store is SqliteScreeningStore sqlite ? sqlite.TryAddRange(batch) : batch.Count(store.TryAdd);
            finished += batch.Count;
            batch.Clear();
            progress?.Report(finished);
        }
        return stored;
    }
}
