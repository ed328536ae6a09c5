namespace MineRose.Cluster;

/// <summary>The state of one run as its coordinator sees it.</summary>
/// <param name="Started">False when the coordinator has no run (never started, or its silo died and it was reactivated
/// empty): the client then starts it again from the store.</param>
/// <param name="MineCount">Mines the coordinator was given to evaluate (those not in the store when it started) [-].</param>
/// <param name="CompletedCount">Of those, mines reported stored [-].</param>
/// <param name="LeasedCount">Mines in batches leased now [-].</param>
/// <param name="PendingCount">Mines waiting for a worker [-].</param>
/// <param name="ReissuedLeaseCount">Leases taken back (expired, or their silo declared dead) and handed out again [-].</param>
/// <param name="Failure">Why the run failed (an evaluator that could not be built, an evaluation that threw), or null.</param>
[GenerateSerializer, Immutable]
public sealed record ScreeningRunProgress(
    [property: Id(0)] bool Started,
    [property: Id(1)] int MineCount,
    [property: Id(2)] int CompletedCount,
    [property: Id(3)] int LeasedCount,
    [property: Id(4)] int PendingCount,
    [property: Id(5)] int ReissuedLeaseCount,
    [property: Id(6)] string? Failure)
{
    /// <summary>The progress of a coordinator that holds no run.</summary>
    public static ScreeningRunProgress NotStarted { get; } = new(false, 0, 0, 0, 0, 0, null);

    /// <summary>True when every mine the coordinator was given is stored.</summary>
    public bool IsComplete => Started && Failure is null && CompletedCount == MineCount;
}
