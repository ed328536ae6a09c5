namespace MineRose.Cluster;

/// <summary>A run that workers should pull batches from.</summary>
/// <param name="RunId">The run's id (key of its coordinator grain).</param>
/// <param name="JobJson">The run's description, from which each silo builds its evaluator once.</param>
/// <param name="DesignHash">The design hash every silo's evaluator must report.</param>
/// <param name="ModelVersion">The model version every silo's evaluator must report.</param>
/// <param name="LeaseDuration">The run's lease duration; workers renew a lease after a third of it [s].</param>
[GenerateSerializer, Immutable]
public sealed record ActiveScreeningRun(
    [property: Id(0)] string RunId,
    [property: Id(1)] string JobJson,
    [property: Id(2)] string DesignHash,
    [property: Id(3)] string ModelVersion,
    [property: Id(4)] TimeSpan LeaseDuration);
