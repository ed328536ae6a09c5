namespace MineRose.Cluster;

/// <summary>In-memory list of active runs; see <see cref="IScreeningRunRegistryGrain"/>.</summary>
internal sealed class ScreeningRunRegistryGrain : Grain, IScreeningRunRegistryGrain
{
    private readonly Dictionary<string, ActiveScreeningRun> _runs = new(StringComparer.Ordinal);
    private IReadOnlyList<ActiveScreeningRun> _snapshot = [];

    public Task RegisterAsync(ActiveScreeningRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (!_runs.ContainsKey(run.RunId))
        {
            _runs[run.RunId] = run;
            _snapshot = [.. _runs.Values];
        }
        return Task.CompletedTask;
    }

    public Task UnregisterAsync(string runId)
    {
        if (_runs.Remove(runId))
            _snapshot = [.. _runs.Values];
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<ActiveScreeningRun>> GetActiveRunsAsync() => Task.FromResult(_snapshot);
}
