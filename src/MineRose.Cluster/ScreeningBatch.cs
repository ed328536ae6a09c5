namespace MineRose.Cluster;

/// <summary>A batch of mines leased to one worker: it evaluates them, stores each result and reports the batch done before
/// the lease expires (or renews it).</summary>
/// <param name="LeaseId">Id of the lease, quoted when renewing or completing it.</param>
/// <param name="RunId">The run the batch belongs to.</param>
/// <param name="MineIds">The mines to evaluate, in list order.</param>
[GenerateSerializer, Immutable]
public sealed record ScreeningBatch(
    [property: Id(0)] Guid LeaseId,
    [property: Id(1)] string RunId,
    [property: Id(2)] IReadOnlyList<string> MineIds);
