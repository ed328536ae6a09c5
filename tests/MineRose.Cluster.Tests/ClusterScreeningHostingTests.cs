using System.Net;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MineRose.Core;
using Npgsql;

namespace MineRose.Cluster.Tests;

public sealed class ClusterScreeningHostingTests
{
    [Fact]
    public async Task Two_silos_started_on_this_machine_screen_every_mine_exactly_once_and_stop()
    {
        var store = new InMemoryScreeningStore();
        using var log = new CallLog();
        var job = new TestJob("local", Mines: 300, DelayMs: 1).ToJson();
        var (siloPort, gatewayPort) = (LocalPorts.FreeRun(2), LocalPorts.FreeRun(2));
        var options = new ScreeningClusterOptions { LocalSiloCount = 2, WorkersPerSilo = 2, SiloPort = siloPort, GatewayPort = gatewayPort };

        var summary = await ClusterScreening.RunAsync(job, new CountingEvaluatorFactory("local", log), store, options,
            ScreeningTestCluster.FastOptions(16), null, ScreeningTestCluster.Deadline());

        Assert.Equal(300, summary.MineCount);
        Assert.Equal(300, store.Count);
        Assert.Equal(300, log.Total);
        // The silos were stopped: their ports are free again.
        Assert.True(LocalPorts.IsFree(siloPort) && LocalPorts.IsFree(gatewayPort + 1));
    }

    [Fact]
    public void Cluster_options_out_of_range_name_the_field()
    {
        var error = Assert.Throws<InvalidInputException>(() => new ScreeningClusterOptions { LocalSiloCount = 0 }.Validated());
        Assert.Equal("LocalSiloCount", error.Field);
        var batch = Assert.Throws<InvalidInputException>(() => new ScreeningRunOptions { BatchSize = 0 }.Validated());
        Assert.Equal("BatchSize", batch.Field);
    }

    [PostgresFact]
    public void The_clustering_schema_can_be_created_twice()
    {
        var connection = PostgresFactAttribute.ConnectionString!;
        OrleansPostgresClustering.EnsureSchema(connection);
        OrleansPostgresClustering.EnsureSchema(connection);

        using var db = new NpgsqlConnection(connection);
        db.Open();
        using var count = new NpgsqlCommand("SELECT count(*) FROM OrleansQuery", db);
        // The ten queries Orleans' ADO.NET clustering 10.4 reads by key.
        Assert.Equal(10L, (long)count.ExecuteScalar()!);
    }

    [PostgresFact]
    public async Task Three_silos_joined_through_PostgreSQL_and_a_client_complete_a_run_exactly_once()
    {
        var connection = PostgresFactAttribute.ConnectionString!;
        using var store = new PostgresScreeningStore(connection);
        using var log = new CallLog();
        var clusterId = "test-" + Guid.NewGuid().ToString("N")[..12];
        var silos = new List<IHost>();
        try
        {
            // Three "machines": three silos, each with its own ports, evaluator factory and store connection.
            for (var i = 0; i < 3; i++)
            {
                var options = new ScreeningClusterOptions
                {
                    PostgresConnectionString = connection, ClusterId = clusterId, WorkersPerSilo = 1,
                    SiloPort = LocalPorts.FreeRun(1), GatewayPort = LocalPorts.FreeRun(1), AdvertisedAddress = IPAddress.Loopback,
                };
                var silo = ClusterScreening.BuildSilo(options, 0, new PostgresScreeningStore(connection),
                    new CountingEvaluatorFactory($"machine-{i}", log), LogLevel.None);
                silos.Add(silo);
                await silo.StartAsync(ScreeningTestCluster.Deadline());
            }
            Assert.Equal(3L, ActiveSilos(connection, clusterId));
            var job = new TestJob("pg-cluster-" + clusterId, Mines: 200, DelayMs: 2).ToJson();
            var client = new ScreeningClusterOptions { PostgresConnectionString = connection, ClusterId = clusterId };

            var summary = await ClusterScreening.RunAsync(job, new CountingEvaluatorFactory("client", new CallLog()), store,
                client, ScreeningTestCluster.FastOptions(8), null, ScreeningTestCluster.Deadline());

            Assert.Equal(200, summary.MineCount);
            var evaluator = new CountingEvaluator(job, "check", new CallLog());
            Assert.Equal(evaluator.MineIds, store.Records(evaluator.DesignHash, evaluator.ModelVersion).Select(r => r.Key.MineId));
            Assert.Equal(200, log.Total);
            Assert.All(Enumerable.Range(0, 3), i => Assert.True(log.CallsOn($"machine-{i}") > 0, $"machine-{i} did no work"));
        }
        finally
        {
            foreach (var silo in silos)
            {
                await silo.StopAsync(CancellationToken.None);
                silo.Dispose();
            }
        }
    }

    private static long ActiveSilos(string connection, string clusterId)
    {
        using var db = new NpgsqlConnection(connection);
        db.Open();
        // Status 3 is SiloStatus.Active.
        using var count = new NpgsqlCommand("SELECT count(*) FROM OrleansMembershipTable WHERE DeploymentId = $1 AND Status = 3", db);
        count.Parameters.AddWithValue(clusterId);
        return (long)count.ExecuteScalar()!;
    }
}
