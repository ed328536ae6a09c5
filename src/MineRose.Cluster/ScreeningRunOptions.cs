using MineRose.Core;

namespace MineRose.Cluster;

/// <summary>How a run is cut into leased batches and watched.</summary>
public sealed record ScreeningRunOptions
{
    /// <summary>Mines per leased batch [-]: larger batches cost fewer grain calls, smaller ones lose less work when a silo
    /// dies and spread the tail of the run better.</summary>
    public int BatchSize { get; init; } = 64;

    /// <summary>How long a batch stays with a worker that neither renews nor completes it [s]; workers renew between mines
    /// after a third of it, so it must exceed one mine's evaluation time plus a grain call's round trip, while shorter
    /// leases recover a dead worker's batch sooner when its silo is not (yet) declared dead.</summary>
    public TimeSpan LeaseDuration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long the coordinator goes on without hearing from its client before it stops handing out work [s].</summary>
    public TimeSpan ClientTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>How often the client asks the coordinator for progress [s].</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>How long the client tolerates failing calls to the coordinator in a row (a silo dying takes a few seconds
    /// to be declared dead) before it gives up [s].</summary>
    public TimeSpan UnreachableTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Throws <see cref="InvalidInputException"/> naming the first field out of range.</summary>
    public ScreeningRunOptions Validated()
    {
        Guard.InRange(BatchSize, 1, 100_000, nameof(BatchSize));
        Guard.InRange(LeaseDuration.TotalSeconds, 0.1, 86_400, nameof(LeaseDuration) + " [s]");
        Guard.InRange(ClientTimeout.TotalSeconds, 1, 86_400, nameof(ClientTimeout) + " [s]");
        Guard.InRange(PollInterval.TotalSeconds, 0.01, 60, nameof(PollInterval) + " [s]");
        Guard.InRange(UnreachableTimeout.TotalSeconds, 1, 86_400, nameof(UnreachableTimeout) + " [s]");
        return this;
    }
}
