namespace MineRose.Core.Screening;

/// <summary>Evaluates the mines of one screening run (one mine list, one template, one set of options) one at a time, so
/// the work can be spread over threads or over the machines of a cluster. Implementations must be safe to call from
/// several threads.</summary>
public interface IMineEvaluator
{
    /// <summary>Hash of everything that shapes the designs and evaluations of this run.</summary>
    string DesignHash { get; }

    /// <summary>Version of the model that evaluates.</summary>
    string ModelVersion { get; }

    /// <summary>Ids of every mine of the run that passed the filters, in list order.</summary>
    IReadOnlyList<string> MineIds { get; }

    /// <summary>Designs and simulates the park of one mine and returns its result (a failure of that mine's design is a
    /// result too, with its reason, never an exception that stops the run).</summary>
    /// <param name="mineId">One of <see cref="MineIds"/>.</param>
    ScreeningRecord Evaluate(string mineId);
}
