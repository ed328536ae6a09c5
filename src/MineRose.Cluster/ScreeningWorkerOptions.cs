namespace MineRose.Cluster;

/// <summary>How the workers of one silo pull work.</summary>
public sealed class ScreeningWorkerOptions
{
    /// <summary>Worker loops on this silo, each evaluating one mine at a time [-]; all cores by default.</summary>
    public int WorkerCount { get; set; } = Environment.ProcessorCount;

    /// <summary>How long an idle worker waits before asking again for work [s].</summary>
    public TimeSpan IdlePollInterval { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>How long a worker keeps the list of active runs before asking the registry again [s].</summary>
    public TimeSpan RunListRefreshInterval { get; set; } = TimeSpan.FromMilliseconds(100);
}
