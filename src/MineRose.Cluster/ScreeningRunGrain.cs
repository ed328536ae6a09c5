namespace MineRose.Cluster;

/// <summary>The run coordinator; see <see cref="IScreeningRunGrain"/>. Leases are checked lazily, whenever a worker asks for
/// work or the client asks for progress (both happen several times a second), so no timer is needed.</summary>
internal sealed class ScreeningRunGrain(IClusterMembershipService membership, ILocalSiloDetails localSilo, TimeProvider clock) : Grain, IScreeningRunGrain
{
    private readonly Queue<string> _pending = new();
    private readonly HashSet<string> _remaining = new(StringComparer.Ordinal);
    private readonly Dictionary<Guid, Lease> _leases = [];
    private ScreeningRunSpec? _spec;
    private int _leasedCount;
    private int _reissued;
    private string? _failure;
    private bool _stopped;
    private DateTimeOffset _lastClientContact;

    public Task StartAsync(ScreeningRunSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.BatchSize < 1)
            throw new ArgumentOutOfRangeException(nameof(spec), spec.BatchSize, "BatchSize must be at least 1");
        if (_spec is not null)
        {
            // A second start with the same run (a client retrying a call that timed out) changes nothing.
            if (_spec.RunId == spec.RunId && _spec.DesignHash == spec.DesignHash && _spec.ModelVersion == spec.ModelVersion)
                return Task.CompletedTask;
            throw new InvalidOperationException($"run {this.GetPrimaryKeyString()} is already running another job");
        }
        _spec = spec;
        foreach (var id in spec.PendingMineIds)
        {
            if (_remaining.Add(id))
                _pending.Enqueue(id);
        }
        _lastClientContact = clock.GetUtcNow();
        return Task.CompletedTask;
    }

    public Task<ScreeningBatch?> LeaseAsync(SiloAddress silo)
    {
        ArgumentNullException.ThrowIfNull(silo);
        if (_spec is null || _stopped || _failure is not null)
            return Task.FromResult<ScreeningBatch?>(null);
        var now = clock.GetUtcNow();
        if (now - _lastClientContact > _spec.ClientTimeout)
        {
            // Nobody is waiting for this run any more; what is stored stays stored, and a new run resumes from it.
            _stopped = true;
            return Task.FromResult<ScreeningBatch?>(null);
        }
        ReclaimLeases(now);
        var ids = new List<string>(Math.Min(_spec.BatchSize, _pending.Count));
        while (ids.Count < _spec.BatchSize && _pending.TryDequeue(out var id))
        {
            // A requeued mine may have been stored meanwhile by the worker whose lease expired.
            if (_remaining.Contains(id))
                ids.Add(id);
        }
        if (ids.Count == 0)
            return Task.FromResult<ScreeningBatch?>(null);
        var lease = new Lease(ids, silo, now + _spec.LeaseDuration);
        var leaseId = Guid.NewGuid();
        _leases.Add(leaseId, lease);
        _leasedCount += ids.Count;
        return Task.FromResult<ScreeningBatch?>(new ScreeningBatch(leaseId, _spec.RunId, ids));
    }

    public Task<bool> RenewAsync(Guid leaseId)
    {
        if (_spec is null || !_leases.TryGetValue(leaseId, out var lease))
            return Task.FromResult(false);
        lease.ExpiresAt = clock.GetUtcNow() + _spec.LeaseDuration;
        return Task.FromResult(true);
    }

    public async Task CompleteAsync(Guid leaseId, IReadOnlyList<string> storedMineIds)
    {
        ArgumentNullException.ThrowIfNull(storedMineIds);
        if (_spec is null)
            return;
        // Stored is stored, whether or not the lease is still held: those mines are never handed out again.
        foreach (var id in storedMineIds)
            _remaining.Remove(id);
        if (_leases.Remove(leaseId, out var lease))
        {
            _leasedCount -= lease.MineIds.Count;
            foreach (var id in lease.MineIds)
            {
                if (_remaining.Contains(id))
                    _pending.Enqueue(id);
            }
        }
        if (_remaining.Count == 0)
            await Unregister();
    }

    public async Task FailAsync(string reason)
    {
        _failure ??= reason;
        await Unregister();
    }

    public async Task CancelAsync()
    {
        _stopped = true;
        await Unregister();
    }

    public Task<ScreeningRunProgress> GetProgressAsync()
    {
        if (_spec is null)
            return Task.FromResult(ScreeningRunProgress.NotStarted);
        var now = clock.GetUtcNow();
        _lastClientContact = now;
        ReclaimLeases(now);
        var mineCount = _spec.PendingMineIds.Count;
        return Task.FromResult(new ScreeningRunProgress(
            true, mineCount, mineCount - _remaining.Count, _leasedCount, _pending.Count, _reissued, _failure));
    }

    public Task<SiloAddress> GetHostSiloAsync() => Task.FromResult(localSilo.SiloAddress);

    /// <summary>Puts back in the queue the batches whose lease expired or whose silo is declared dead.</summary>
    private void ReclaimLeases(DateTimeOffset now)
    {
        if (_leases.Count == 0)
            return;
        var snapshot = membership.CurrentSnapshot;
        List<Guid>? lost = null;
        foreach (var (leaseId, lease) in _leases)
        {
            if (lease.ExpiresAt <= now || snapshot.GetSiloStatus(lease.Silo) == SiloStatus.Dead)
                (lost ??= []).Add(leaseId);
        }
        if (lost is null)
            return;
        foreach (var leaseId in lost)
        {
            _leases.Remove(leaseId, out var lease);
            _leasedCount -= lease!.MineIds.Count;
            _reissued++;
            foreach (var id in lease.MineIds)
            {
                if (_remaining.Contains(id))
                    _pending.Enqueue(id);
            }
        }
    }

    private Task Unregister() =>
        GrainFactory.GetGrain<IScreeningRunRegistryGrain>(0).UnregisterAsync(this.GetPrimaryKeyString());

    /// <summary>One leased batch: its mines, the silo of its worker and when it expires.</summary>
    private sealed class Lease(IReadOnlyList<string> mineIds, SiloAddress silo, DateTimeOffset expiresAt)
    {
        public IReadOnlyList<string> MineIds { get; } = mineIds;

        public SiloAddress Silo { get; } = silo;

        public DateTimeOffset ExpiresAt { get; set; } = expiresAt;
    }
}
