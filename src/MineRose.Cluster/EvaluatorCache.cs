using System.Collections.Concurrent;
using MineRose.Core.Screening;

namespace MineRose.Cluster;

/// <summary>One evaluator per run on each silo, built once from the run's description by the silo's
/// <see cref="IMineEvaluatorFactory"/> and shared by its worker loops.</summary>
internal sealed class EvaluatorCache(IMineEvaluatorFactory factory)
{
    private readonly ConcurrentDictionary<string, Lazy<IMineEvaluator>> _byRun = new(StringComparer.Ordinal);

    /// <summary>The evaluator of <paramref name="run"/>, built on first use.</summary>
    public IMineEvaluator Get(ActiveScreeningRun run) =>
        _byRun.GetOrAdd(run.RunId, _ => new Lazy<IMineEvaluator>(() => factory.Create(run.JobJson))).Value;

    /// <summary>Drops the evaluators of runs that are no longer active.</summary>
    public void Retain(IReadOnlyList<ActiveScreeningRun> active)
    {
        foreach (var runId in _byRun.Keys)
        {
            if (!active.Any(r => r.RunId == runId))
                _byRun.TryRemove(runId, out _);
        }
    }
}
