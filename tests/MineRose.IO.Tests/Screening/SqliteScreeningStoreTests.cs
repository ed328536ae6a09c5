using MineRose.Core.Screening;
using MineRose.IO.Screening;

namespace MineRose.IO.Tests.Screening;

/// <summary>The SQLite store keeps each key exactly once, whoever offers it and however often.</summary>
public sealed class SqliteScreeningStoreTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"minerose-store-{Guid.NewGuid():N}.sqlite");

    public void Dispose()
    {
        foreach (var f in new[] { _path, _path + "-wal", _path + "-shm" })
            File.Delete(f);
    }

    [Fact]
    public void TryAdd_stores_each_key_exactly_once_under_parallel_writers()
    {
        const int keys = 200, writers = 8;
        int added = 0;
        using (var store = new SqliteScreeningStore(_path))
        {
            // Every writer offers every key, in its own order, with its own payload.
            Parallel.For(0, writers, new ParallelOptions { MaxDegreeOfParallelism = writers }, w =>
            {
                for (int k = 0; k < keys; k++)
                {
                    int key = (k * 7 + w * 13) % keys;
                    if (store.TryAdd(new ScreeningRecord(new ScreeningKey($"M{key:D4}", "hash", "v1"), $"{{\"writer\":{w}}}")))
                        Interlocked.Increment(ref added);
                }
            });
            Assert.Equal(keys, added);
            Assert.Equal(keys, store.Count());
        }

        // Reopened, the store still holds one record per key, in mine-id order; a different version is a different key.
        using var reopened = new SqliteScreeningStore(_path);
        var records = reopened.Records("hash", "v1");
        Assert.Equal(keys, records.Count);
        Assert.Equal(records.Select(r => r.Key.MineId).Order(StringComparer.Ordinal), records.Select(r => r.Key.MineId));
        Assert.Equal(keys, reopened.CompletedMineIds("hash", "v1").Count);
        Assert.Empty(reopened.CompletedMineIds("hash", "v2"));
        Assert.False(reopened.TryAdd(new ScreeningRecord(new ScreeningKey("M0000", "hash", "v1"), "{}")));
        Assert.True(reopened.TryAdd(new ScreeningRecord(new ScreeningKey("M0000", "hash", "v2"), "{}")));
    }

    [Fact]
    public void A_batch_counts_only_the_new_keys()
    {
        using var store = new SqliteScreeningStore(_path);
        ScreeningRecord R(string id) => new(new ScreeningKey(id, "h", "v"), "{}");
        Assert.Equal(2, store.TryAddRange([R("a"), R("b")]));
        Assert.Equal(1, store.TryAddRange([R("b"), R("c"), R("c")]));
        Assert.Equal(3, store.Count());
    }
}
