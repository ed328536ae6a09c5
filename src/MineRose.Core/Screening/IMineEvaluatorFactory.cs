namespace MineRose.Core.Screening;

/// <summary>Builds the evaluator of a screening run from the run's description, so that every machine of a cluster can
/// rebuild the same evaluator from a few hundred bytes instead of receiving the mines and weather.</summary>
public interface IMineEvaluatorFactory
{
    /// <summary>The evaluator of the run that <paramref name="jobJson"/> describes.</summary>
    /// <param name="jobJson">The run's description (mine list, template, filters, weather source), as JSON; the local
    /// runner writes it, and the same text must give the same <see cref="IMineEvaluator.DesignHash"/> on every machine.</param>
    IMineEvaluator Create(string jobJson);
}
