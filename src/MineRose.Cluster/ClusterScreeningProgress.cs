namespace MineRose.Cluster;

/// <summary>Progress of a cluster run as the client reports it.</summary>
/// <param name="MineCount">Mines of the run [-].</param>
/// <param name="StoredCount">Of those, mines whose results are in the store (including those stored before the run) [-].</param>
/// <param name="LeasedCount">Mines in batches leased to workers now [-].</param>
/// <param name="ReissuedLeaseCount">Leases taken back from dead or silent workers and handed out again [-].</param>
public readonly record struct ClusterScreeningProgress(int MineCount, int StoredCount, int LeasedCount, int ReissuedLeaseCount);
