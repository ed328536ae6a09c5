using MineRose.Core.Screening;

namespace MineRose.IO.Screening;

/// <summary>Rebuilds a screening run's evaluator from its <see cref="ScreeningJob"/> JSON, on any machine that sees the same files.</summary>
public sealed class MineEvaluatorFactory : IMineEvaluatorFactory
{
    /// <inheritdoc/>
    public IMineEvaluator Create(string jobJson) => new MineEvaluator(ScreeningJob.FromJson(jobJson));
}
