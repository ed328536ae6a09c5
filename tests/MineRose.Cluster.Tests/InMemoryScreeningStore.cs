using System.Collections.Concurrent;
using MineRose.Core.Screening;

namespace MineRose.Cluster.Tests;

/// <summary>A thread-safe in-memory store for the tests; counts every attempt to add, so a test can tell a mine computed
/// twice (two attempts) from a mine stored twice (impossible by construction, and checked on the counts).</summary>
internal sealed class InMemoryScreeningStore : IScreeningStore
{
    private readonly ConcurrentDictionary<ScreeningKey, ScreeningRecord> _records = new();
    private readonly ConcurrentDictionary<ScreeningKey, int> _attempts = new();

    public int Count => _records.Count;

    public int Attempts(ScreeningKey key) => _attempts.GetValueOrDefault(key);

    public int TotalAttempts => _attempts.Values.Sum();

    public bool TryAdd(ScreeningRecord record)
    {
        _attempts.AddOrUpdate(record.Key, 1, (_, n) => n + 1);
        return _records.TryAdd(record.Key, record);
    }

    public IReadOnlySet<string> CompletedMineIds(string designHash, string modelVersion) =>
        _records.Keys.Where(k => k.DesignHash == designHash && k.ModelVersion == modelVersion)
            .Select(k => k.MineId).ToHashSet(StringComparer.Ordinal);

    public IReadOnlyList<ScreeningRecord> Records(string designHash, string modelVersion) =>
        [.. _records.Values.Where(r => r.Key.DesignHash == designHash && r.Key.ModelVersion == modelVersion)
            .OrderBy(r => r.Key.MineId, StringComparer.Ordinal)];

    public void Dispose()
    {
    }
}
