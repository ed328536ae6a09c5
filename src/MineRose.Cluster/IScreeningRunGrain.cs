namespace MineRose.Cluster;

/// <summary>The coordinator of one screening run (one grain per run id): holds the mines not yet done and hands them out
/// in leased batches; a lease that expires, or whose silo is declared dead, is handed out again.</summary>
/// <remarks>Its state lives in memory only: when its silo dies it is reactivated empty, reports
/// <see cref="ScreeningRunProgress.Started"/> false, and the client starts it again from the store, which is the
/// durable record of what is done.</remarks>
public interface IScreeningRunGrain : IGrainWithStringKey
{
    /// <summary>Starts the run; starting it again with the same spec changes nothing.</summary>
    /// <param name="spec">The run: its description and the mines to evaluate.</param>
    Task StartAsync(ScreeningRunSpec spec);

    /// <summary>Leases the next batch to a worker of <paramref name="silo"/>, or returns null when nothing is waiting.</summary>
    /// <param name="silo">Address of the worker's silo, so the lease can be taken back when that silo dies.</param>
    Task<ScreeningBatch?> LeaseAsync(SiloAddress silo);

    /// <summary>Extends a lease by the run's lease duration.</summary>
    /// <param name="leaseId">The lease.</param>
    /// <returns>False when the lease is no longer held (it expired and was handed out again, or the run ended).</returns>
    Task<bool> RenewAsync(Guid leaseId);

    /// <summary>Reports mines of a lease stored (all of the batch, or those done before the worker stopped); the rest of the
    /// batch goes back to the queue.</summary>
    /// <param name="leaseId">The lease.</param>
    /// <param name="storedMineIds">Mines whose results are in the store.</param>
    Task CompleteAsync(Guid leaseId, IReadOnlyList<string> storedMineIds);

    /// <summary>Fails the run with a reason (the workers stop pulling from it).</summary>
    /// <param name="reason">What went wrong, for the user.</param>
    Task FailAsync(string reason);

    /// <summary>Stops handing out work (the client was cancelled); leased batches still finish and store.</summary>
    Task CancelAsync();

    /// <summary>The run's progress; also tells the coordinator its client is alive.</summary>
    Task<ScreeningRunProgress> GetProgressAsync();

    /// <summary>Address of the silo hosting this coordinator (for tests and diagnostics).</summary>
    Task<SiloAddress> GetHostSiloAsync();
}
