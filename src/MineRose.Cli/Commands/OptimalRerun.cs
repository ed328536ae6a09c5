using MineRose.Core.Screening;
using MineRose.IO.Screening;
using MineRose.Optimization.Screening;

namespace MineRose.Cli.Commands;

/// <summary>The optimal-dispatch re-run of the best mines of a screening (<c>--optimize-top N</c>) on this machine's cores:
/// each mine's setup comes from the run's own <see cref="MineEvaluator"/> (the same template logic as its rule-based
/// evaluation), the dispatch from <see cref="OptimalScreening"/>; results are stored under the optimal design hash, so a
/// resumed run computes only the mines the store does not hold yet.</summary>
/// <param name="DesignHash">The optimal strategy's design hash (<see cref="OptimalScreening.DesignHash"/>).</param>
/// <param name="Results">The re-run mines' results by mine id.</param>
/// <param name="ResumedFromStore">Mines found in the store [-].</param>
/// <param name="Computed">Mines computed by this run [-].</param>
internal sealed record OptimalRerun(string DesignHash, IReadOnlyDictionary<string, MineScreeningResult> Results, int ResumedFromStore, int Computed)
{
    /// <summary>Re-runs <paramref name="mineIds"/> with optimal dispatch, resuming from <paramref name="store"/>.</summary>
    /// <param name="evaluator">The run's evaluator.</param>
    /// <param name="store">The run's store.</param>
    /// <param name="mineIds">The mines to re-run (the best N by rule-based rank).</param>
    /// <param name="threads">Worker threads, or null for all cores.</param>
    public static OptimalRerun Run(MineEvaluator evaluator, IScreeningStore store, IReadOnlyList<string> mineIds, int? threads)
    {
        var hash = OptimalScreening.DesignHash(evaluator.DesignHash);
        var done = store.CompletedMineIds(hash, evaluator.ModelVersion);
        var todo = mineIds.Where(id => !done.Contains(id)).ToArray();
        int computed = 0;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        if (todo.Length > 0)
            Console.Error.WriteLine($"minerose screen: re-running {todo.Length} of the best {mineIds.Count} mines with optimal dispatch ({OptimalScreening.Strategy}) ...");
        Parallel.ForEach(todo, new ParallelOptions { MaxDegreeOfParallelism = threads ?? Environment.ProcessorCount }, id =>
        {
            var result = OptimalScreening.Evaluate(evaluator.Setup(id));
            store.TryAdd(new ScreeningRecord(new ScreeningKey(id, hash, evaluator.ModelVersion), MineScreeningResultJson.Serialize(result)));
            int k = Interlocked.Increment(ref computed);
            Console.Error.WriteLine(FormattableString.Invariant($"optimised {k}/{todo.Length}: {id} ({clock.Elapsed.TotalSeconds:F1} s)"));
        });
        var wanted = mineIds.ToHashSet(StringComparer.Ordinal);
        var results = new Dictionary<string, MineScreeningResult>(StringComparer.Ordinal);
        foreach (var r in store.Records(hash, evaluator.ModelVersion))
            if (wanted.Contains(r.Key.MineId))
                results[r.Key.MineId] = MineScreeningResultJson.Deserialize(r.PayloadJson);
        if (results.Count != mineIds.Count)
            throw new InvalidOperationException($"the store holds {results.Count} of the {mineIds.Count} optimal re-runs after the run");
        return new OptimalRerun(hash, results, mineIds.Count - todo.Length, computed);
    }
}
