namespace MineRose.Cluster;

/// <summary>What the run coordinator needs to hand out the work of one screening run: the run's description, which every
/// silo turns into the same evaluator, and the mines still to evaluate.</summary>
/// <param name="RunId">Id of this run (the coordinator grain's key).</param>
/// <param name="JobJson">The run's description, passed to <see cref="MineRose.Core.Screening.IMineEvaluatorFactory.Create"/> on every silo.</param>
/// <param name="DesignHash">Design hash of the run (as the evaluator reports it).</param>
/// <param name="ModelVersion">Model version of the run (as the evaluator reports it).</param>
/// <param name="PendingMineIds">Ids of the mines not yet in the store when the run (re)started, in list order.</param>
/// <param name="BatchSize">Mines per leased batch [-].</param>
/// <param name="LeaseDuration">How long a batch stays leased to one worker without a renewal before it is handed out again [s].</param>
/// <param name="ClientTimeout">How long the run goes on without hearing from its client before the coordinator stops handing out work [s].</param>
[GenerateSerializer, Immutable]
public sealed record ScreeningRunSpec(
    [property: Id(0)] string RunId,
    [property: Id(1)] string JobJson,
    [property: Id(2)] string DesignHash,
    [property: Id(3)] string ModelVersion,
    [property: Id(4)] IReadOnlyList<string> PendingMineIds,
    [property: Id(5)] int BatchSize,
    [property: Id(6)] TimeSpan LeaseDuration,
    [property: Id(7)] TimeSpan ClientTimeout);
