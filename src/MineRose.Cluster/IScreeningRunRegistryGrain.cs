namespace MineRose.Cluster;

/// <summary>The list of runs that workers pull from (one grain, key 0). In memory only: clients register their run again
/// at every progress poll, so a registry lost with its silo is rebuilt within a poll interval.</summary>
public interface IScreeningRunRegistryGrain : IGrainWithIntegerKey
{
    /// <summary>Adds a run (again: idempotent).</summary>
    /// <param name="run">The run.</param>
    Task RegisterAsync(ActiveScreeningRun run);

    /// <summary>Removes a run.</summary>
    /// <param name="runId">The run's id.</param>
    Task UnregisterAsync(string runId);

    /// <summary>The runs to pull from.</summary>
    Task<IReadOnlyList<ActiveScreeningRun>> GetActiveRunsAsync();
}
