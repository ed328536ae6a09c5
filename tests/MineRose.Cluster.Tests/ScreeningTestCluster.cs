using Microsoft.Extensions.DependencyInjection;
using MineRose.Core.Screening;
using Orleans.Configuration;
using Orleans.TestingHost;

namespace MineRose.Cluster.Tests;

/// <summary>An in-process multi-silo Orleans cluster whose silos share one store and one call log, each with its own
/// evaluator factory (as separate machines would have).</summary>
internal static class ScreeningTestCluster
{
    public static async Task<InProcessTestCluster> StartAsync(
        int siloCount, IScreeningStore store, CallLog log, int workersPerSilo = 2,
        Action<InProcessTestSiloSpecificOptions, ISiloBuilder>? configure = null, Action<IClientBuilder>? configureClient = null,
        Func<string, IMineEvaluatorFactory>? evaluatorFactory = null)
    {
        var builder = new InProcessTestClusterBuilder((short)siloCount);
        builder.ConfigureSilo((silo, siloBuilder) =>
        {
            siloBuilder.Services.AddSingleton(store);
            siloBuilder.Services.AddSingleton(evaluatorFactory?.Invoke(silo.SiloName) ?? new CountingEvaluatorFactory(silo.SiloName, log));
            siloBuilder.AddMineRoseScreening(o =>
            {
                o.WorkerCount = workersPerSilo;
                o.IdlePollInterval = TimeSpan.FromMilliseconds(20);
                o.RunListRefreshInterval = TimeSpan.FromMilliseconds(50);
            });
            // A killed silo is declared dead within a few seconds rather than the production default.
            siloBuilder.Configure<ClusterMembershipOptions>(m =>
            {
                m.ProbeTimeout = TimeSpan.FromSeconds(1);
                m.NumMissedProbesLimit = 2;
                m.NumVotesForDeathDeclaration = 1;
                m.TableRefreshTimeout = TimeSpan.FromSeconds(1);
            });
            siloBuilder.Configure<SiloMessagingOptions>(m => m.ResponseTimeout = TimeSpan.FromSeconds(5));
            configure?.Invoke(silo, siloBuilder);
        });
        builder.ConfigureClient(client =>
        {
            client.Configure<ClientMessagingOptions>(m => m.ResponseTimeout = TimeSpan.FromSeconds(5));
            configureClient?.Invoke(client);
        });
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }

    /// <summary>Options for fast tests: small batches, short leases, quick polls.</summary>
    public static ScreeningRunOptions FastOptions(int batchSize = 8) => new()
    {
        BatchSize = batchSize,
        LeaseDuration = TimeSpan.FromSeconds(3),
        PollInterval = TimeSpan.FromMilliseconds(50),
        UnreachableTimeout = TimeSpan.FromSeconds(60),
    };

    /// <summary>A token that cancels a test's run after two minutes, so a hang fails instead of blocking the suite.</summary>
    public static CancellationToken Deadline() => new CancellationTokenSource(TimeSpan.FromMinutes(2)).Token;

    /// <summary>Waits until <paramref name="condition"/> holds, at most <paramref name="timeout"/>.</summary>
    public static async Task WaitUntil(Func<bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException("condition not reached in time");
            await Task.Delay(10);
        }
    }
}
