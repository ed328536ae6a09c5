using MineRose.Core.Screening;
using Npgsql;

namespace MineRose.Cluster.Tests;

public sealed class PostgresScreeningStoreTests
{
    private static string Connection => PostgresFactAttribute.ConnectionString!;

    /// <summary>A design hash no other test run uses, so tests sharing the database do not see each other's rows.</summary>
    private static string FreshDesign() => "test-" + Guid.NewGuid().ToString("N");

    [PostgresFact]
    public void A_record_is_stored_once_and_a_second_add_of_its_key_keeps_the_first_payload()
    {
        using var store = new PostgresScreeningStore(Connection);
        var design = FreshDesign();
        var key = new ScreeningKey("mine-1", design, "v1");

        Assert.True(store.TryAdd(new ScreeningRecord(key, "{\"npv\":1}")));
        Assert.False(store.TryAdd(new ScreeningRecord(key, "{\"npv\":2}")));

        var record = Assert.Single(store.Records(design, "v1"));
        Assert.Equal("{\"npv\":1}", record.PayloadJson);
        Assert.Empty(store.Records(design, "v2"));
    }

    [PostgresFact]
    public void Parallel_writers_of_the_same_keys_store_each_key_exactly_once()
    {
        var design = FreshDesign();
        var ids = Enumerable.Range(0, 200).Select(i => $"mine-{i:D3}").ToArray();
        var added = 0;
        // Eight writers, each with its own store (as eight silos would have), all writing every key.
        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, writer =>
        {
            using var store = new PostgresScreeningStore(Connection);
            foreach (var id in ids.Skip(writer * 25).Concat(ids.Take(writer * 25)))
            {
                if (store.TryAdd(new ScreeningRecord(new ScreeningKey(id, design, "v1"), $"{{\"writer\":{writer}}}")))
                    Interlocked.Increment(ref added);
            }
        });

        using var reader = new PostgresScreeningStore(Connection);
        Assert.Equal(200, added);
        Assert.Equal(ids, reader.Records(design, "v1").Select(r => r.Key.MineId));
        Assert.Equal(ids.ToHashSet(), reader.CompletedMineIds(design, "v1"));
    }

    [PostgresFact]
    public void Records_come_in_ordinal_mine_id_order_whatever_the_database_locale()
    {
        using var store = new PostgresScreeningStore(Connection);
        var design = FreshDesign();
        // Ordinal order puts upper case before lower case and '-' before digits; a linguistic collation would not.
        string[] ids = ["b", "B", "a-2", "a1", "A"];
        foreach (var id in ids)
            store.TryAdd(new ScreeningRecord(new ScreeningKey(id, design, "v1"), "{}"));

        Assert.Equal(ids.Order(StringComparer.Ordinal), store.Records(design, "v1").Select(r => r.Key.MineId));
    }

    [PostgresFact]
    public void Stores_opened_together_on_an_empty_database_all_create_or_find_the_table()
    {
        using (var connection = new NpgsqlConnection(Connection))
        {
            connection.Open();
            using var drop = new NpgsqlCommand($"DROP TABLE IF EXISTS {PostgresScreeningStore.TableName}", connection);
            drop.ExecuteNonQuery();
        }

        var stores = new PostgresScreeningStore[6];
        Parallel.For(0, stores.Length, i => stores[i] = new PostgresScreeningStore(Connection));

        var design = FreshDesign();
        Assert.True(stores[0].TryAdd(new ScreeningRecord(new ScreeningKey("m", design, "v1"), "{}")));
        Assert.Contains("m", stores[5].CompletedMineIds(design, "v1"));
        foreach (var store in stores)
            store.Dispose();
    }

    [PostgresFact]
    public async Task A_three_silo_run_with_a_killed_silo_stores_every_mine_exactly_once_in_PostgreSQL()
    {
        using var store = new PostgresScreeningStore(Connection);
        using var log = new CallLog();
        await using var cluster = await ScreeningTestCluster.StartAsync(3, store, log);
        var job = new TestJob("pg-" + Guid.NewGuid().ToString("N"), Mines: 400, DelayMs: 5).ToJson();
        var evaluator = new CountingEvaluator(job, "client", new CallLog());

        var run = ClusterScreeningRun.RunAsync(cluster.Client, evaluator, job, store,
            ScreeningTestCluster.FastOptions(10), null, ScreeningTestCluster.Deadline());
        var victim = cluster.Silos[1];
        await ScreeningTestCluster.WaitUntil(() => log.CallsOn(victim.Name) >= 10, TimeSpan.FromSeconds(30));
        log.Freeze(victim.Name);
        await ScreeningTestCluster.WaitUntil(() => log.Hung(victim.Name) == 2, TimeSpan.FromSeconds(30));
        await cluster.KillSiloAsync(victim);
        var summary = await run;

        var records = store.Records(evaluator.DesignHash, evaluator.ModelVersion);
        Assert.Equal(evaluator.MineIds, records.Select(r => r.Key.MineId));
        Assert.All(records, r => Assert.Equal(TestJob.ExpectedPayload(r.Key.MineId), r.PayloadJson));
        Assert.Equal(400, summary.MineCount);

        // Resume: a second run of the same job finds everything stored and computes nothing.
        var calls = log.Total;
        var again = await ClusterScreeningRun.RunAsync(cluster.Client, evaluator, job, store,
            ScreeningTestCluster.FastOptions(10), null, ScreeningTestCluster.Deadline());
        Assert.Equal(400, again.AlreadyStoredCount);
        Assert.Equal(calls, log.Total);
    }
}
