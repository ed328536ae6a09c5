using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MineRose.Core.Screening;
using Orleans.Configuration;

namespace MineRose.Cluster;

/// <summary>Hosting of cluster screening: worker silos (this machine's, or one per machine of a PostgreSQL-backed cluster)
/// and the run that the command line starts.</summary>
public static class ClusterScreening
{
    /// <summary>Screens the mines of <paramref name="jobJson"/> on a cluster: on this machine (silos started here, then
    /// stopped) when <see cref="ScreeningClusterOptions.PostgresConnectionString"/> is null, else on the silos of the
    /// PostgreSQL-backed cluster, which this process joins as a client. Returns when every mine is in the store.</summary>
    /// <param name="jobJson">The run's description (<see cref="IMineEvaluatorFactory.Create"/> turns it into the evaluator on
    /// every silo; here it gives the mine ids, design hash and model version).</param>
    /// <param name="evaluatorFactory">Builds the run's evaluator (for the local silos, and here for the mine ids).</param>
    /// <param name="store">The run's store: the local silos write to it; with PostgreSQL it must be the database the remote
    /// silos write to.</param>
    /// <param name="cluster">Which cluster.</param>
    /// <param name="run">Batching, leases and polling.</param>
    /// <param name="progress">Receives progress at every poll, or null.</param>
    /// <param name="cancellationToken">Stops the run; stored results stay and a new run resumes from them.</param>
    public static async Task<ClusterScreeningSummary> RunAsync(
        string jobJson,
        IMineEvaluatorFactory evaluatorFactory,
        IScreeningStore store,
        ScreeningClusterOptions cluster,
        ScreeningRunOptions run,
        IProgress<ClusterScreeningProgress>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(evaluatorFactory);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentNullException.ThrowIfNull(run);
        cluster.Validated();
        run.Validated();
        var evaluator = evaluatorFactory.Create(jobJson);

        if (cluster.PostgresConnectionString is null)
        {
            var silos = new List<IHost>(cluster.LocalSiloCount);
            try
            {
                for (var i = 0; i < cluster.LocalSiloCount; i++)
                {
                    var silo = BuildSilo(cluster, i, store, evaluatorFactory, LogLevel.Warning);
                    silos.Add(silo);
                    await silo.StartAsync(cancellationToken);
                }
                var client = silos[0].Services.GetRequiredService<IClusterClient>();
                return await ClusterScreeningRun.RunAsync(client, evaluator, jobJson, store, run, progress, cancellationToken);
            }
            finally
            {
                await StopAll(silos);
            }
        }

        OrleansPostgresClustering.EnsureSchema(cluster.PostgresConnectionString);
        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.UseOrleansClient(client =>
        {
            client.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = cluster.ClusterId;
                o.ServiceId = cluster.ServiceId;
            });
            client.UseAdoNetClustering(o =>
            {
                o.Invariant = OrleansPostgresClustering.Invariant;
                o.ConnectionString = cluster.PostgresConnectionString;
            });
        });
        using var clientHost = builder.Build();
        await clientHost.StartAsync(cancellationToken);
        try
        {
            var client = clientHost.Services.GetRequiredService<IClusterClient>();
            return await ClusterScreeningRun.RunAsync(client, evaluator, jobJson, store, run, progress, cancellationToken);
        }
        finally
        {
            await clientHost.StopAsync(CancellationToken.None);
        }
    }

    /// <summary>A worker silo, not yet started: the <paramref name="index"/>-th silo of this process, joining the cluster
    /// of <paramref name="cluster"/> (through PostgreSQL, or on this machine with silo 0 as the primary).</summary>
    /// <param name="cluster">Which cluster, ports and workers.</param>
    /// <param name="index">Index of the silo in this process (its ports are the base ports plus the index) [-].</param>
    /// <param name="store">Where its workers store results.</param>
    /// <param name="evaluatorFactory">Builds each run's evaluator on this silo.</param>
    /// <param name="minimumLogLevel">Least severe log messages written to the console (<see cref="LogLevel.None"/> for none).</param>
    public static IHost BuildSilo(
        ScreeningClusterOptions cluster, int index, IScreeningStore store, IMineEvaluatorFactory evaluatorFactory, LogLevel minimumLogLevel)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(evaluatorFactory);
        cluster.Validated();
        var siloPort = cluster.SiloPort + index;
        var gatewayPort = cluster.GatewayPort + index;
        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.SetMinimumLevel(minimumLogLevel);
        if (minimumLogLevel != LogLevel.None)
            builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = cluster.ClusterId;
                o.ServiceId = cluster.ServiceId;
            });
            if (cluster.PostgresConnectionString is null)
            {
                silo.UseLocalhostClustering(siloPort, gatewayPort, new IPEndPoint(IPAddress.Loopback, cluster.SiloPort),
                    cluster.ServiceId, cluster.ClusterId);
            }
            else
            {
                OrleansPostgresClustering.EnsureSchema(cluster.PostgresConnectionString);
                silo.UseAdoNetClustering(o =>
                {
                    o.Invariant = OrleansPostgresClustering.Invariant;
                    o.ConnectionString = cluster.PostgresConnectionString;
                });
                silo.Configure<EndpointOptions>(o =>
                {
                    o.AdvertisedIPAddress = cluster.AdvertisedAddress ?? FirstIPv4Address();
                    o.SiloPort = siloPort;
                    o.GatewayPort = gatewayPort;
                    o.SiloListeningEndpoint = new IPEndPoint(IPAddress.Any, siloPort);
                    o.GatewayListeningEndpoint = new IPEndPoint(IPAddress.Any, gatewayPort);
                });
            }
            silo.Services.AddSingleton(store);
            silo.Services.AddSingleton(evaluatorFactory);
            var workers = cluster.WorkersPerSilo
                ?? Math.Max(1, Environment.ProcessorCount / (cluster.PostgresConnectionString is null ? cluster.LocalSiloCount : 1));
            silo.AddMineRoseScreening(o => o.WorkerCount = workers);
        });
        return builder.Build();
    }

    private static async Task StopAll(List<IHost> silos)
    {
        // The first silo is the primary of a local cluster: stop it last.
        for (var i = silos.Count - 1; i >= 0; i--)
        {
            try
            {
                await silos[i].StopAsync(CancellationToken.None);
            }
            finally
            {
                silos[i].Dispose();
            }
        }
    }

    /// <summary>This machine's first IPv4 address on an interface that is up and not loopback, else loopback.</summary>
    private static IPAddress FirstIPv4Address()
    {
        foreach (var nic in NetworkInterface.GetAllNetworkInterfaces())
        {
            if (nic.OperationalStatus != OperationalStatus.Up || nic.NetworkInterfaceType == NetworkInterfaceType.Loopback)
                continue;
            foreach (var address in nic.GetIPProperties().UnicastAddresses)
            {
                if (address.Address.AddressFamily == AddressFamily.InterNetwork)
                    return address.Address;
            }
        }
        return IPAddress.Loopback;
    }
}
