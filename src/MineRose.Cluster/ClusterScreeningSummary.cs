namespace MineRose.Cluster;

/// <summary>What a completed cluster run did. Every mine of the run is in the store when this is returned.</summary>
/// <param name="MineCount">Mines of the run [-].</param>
/// <param name="AlreadyStoredCount">Mines found in the store at the start and not evaluated again (resume) [-].</param>
/// <param name="ReissuedLeaseCount">Leases taken back from dead or silent workers and handed out again [-].</param>
/// <param name="CoordinatorRestartCount">Times the coordinator was lost with its silo and restarted from the store [-].</param>
/// <param name="Elapsed">Wall-clock time of the run [s].</param>
public sealed record ClusterScreeningSummary(
    int MineCount, int AlreadyStoredCount, int ReissuedLeaseCount, int CoordinatorRestartCount, TimeSpan Elapsed);
