using System.Threading.Channels;
using MineRose.Core.Screening;

namespace MineRose.IO.Screening;

/// <summary>Runs a screening on all cores of one machine: skips the mines the store already holds for this design and model
/// version, evaluates the rest in parallel, and writes each result to the store as it finishes (one writer, small batches,
/// each batch one transaction), so that a run killed at any moment resumes with nothing lost, recomputed beyond the batch
/// in flight, or duplicated.</summary>
/// <remarks>The seams for scaling out: any <see cref="IMineEvaluator"/> (e.g. one built by <see cref="MineEvaluatorFactory"/>
/// on each silo of a cluster) and any <see cref="IScreeningStore"/> (SQLite here, PostgreSQL on a cluster).</remarks>
public static class ScreeningRunner
{
    /// <summary>Largest number of records written in one transaction.</summary>
    public const int BatchSize = 32;

    /// <summary>Evaluates every mine of <paramref name="evaluator"/> that <paramref name="store"/> does not hold yet.</summary>
    /// <param name="evaluator">The run's evaluator.</param>
    /// <param name="store">The store results go to.</param>
    /// <param name="progress">Receives the number of mines done (resumed ones included) after each stored batch, or null.</param>
    /// <param name="maxDegreeOfParallelism">Worker threads; null for one per core.</param>
    /// <param name="cancellationToken">Stops the run between mines (what is stored stays stored).</param>
    public static ScreeningRunStats Run(IMineEvaluator evaluator, IScreeningStore store, IProgress<int>? progress = null,
        int? maxDegreeOfParallelism = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(evaluator);
        ArgumentNullException.ThrowIfNull(store);
        var done = store.CompletedMineIds(evaluator.DesignHash, evaluator.ModelVersion);
        var todo = evaluator.MineIds.Where(id => !done.Contains(id)).ToArray();
        int resumed = evaluator.MineIds.Count - todo.Length;
        progress?.Report(resumed);

        var channel = Channel.CreateBounded<ScreeningRecord>(new BoundedChannelOptions(4 * BatchSize) { SingleReader = true });
        int stored = 0, finished = resumed;
        var writer = Task.Run(() =>
        {
            var batch = new List<ScreeningRecord>(BatchSize);
            while (channel.Reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
            {
                while (batch.Count < BatchSize && channel.Reader.TryRead(out var r))
                    batch.Add(r);
                stored += store is SqliteScreeningStore sqlite ? sqlite.TryAddRange(batch) : batch.Count(store.TryAdd);
                finished += batch.Count;
                batch.Clear();
                progress?.Report(finished);
            }
        }, CancellationToken.None);

        int computed = 0;
        try
        {
            Parallel.ForEach(todo, new ParallelOptions
            {
                MaxDegreeOfParallelism = maxDegreeOfParallelism ?? Environment.ProcessorCount,
                CancellationToken = cancellationToken,
            }, id =>
            {
                var record = evaluator.Evaluate(id);
                Interlocked.Increment(ref computed);
                channel.Writer.WriteAsync(record, CancellationToken.None).AsTask().GetAwaiter().GetResult();
            });
        }
        finally
        {
            channel.Writer.Complete();
            writer.GetAwaiter().GetResult();
        }
        return new ScreeningRunStats(evaluator.MineIds.Count, resumed, computed, stored);
    }
}
