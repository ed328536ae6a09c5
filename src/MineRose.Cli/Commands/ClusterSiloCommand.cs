using System.CommandLine;
using System.Net;
using System.Runtime.InteropServices;
using Microsoft.Extensions.Logging;
using MineRose.Cluster;
using MineRose.Core;
using MineRose.Core.Screening;

namespace MineRose.Cli.Commands;

/// <summary><c>minerose cluster silo</c>: a screening worker silo on this machine, joining the cluster that meets in a
/// PostgreSQL database, storing results there; runs until Ctrl+C or SIGTERM (then leaves the cluster cleanly).</summary>
internal static class ClusterSiloCommand
{
    public static Command Create(Func<IMineEvaluatorFactory> evaluatorFactory)
    {
        var db = new Option<string>("--db") { Description = "Npgsql connection string of the cluster's PostgreSQL database (clustering and results), e.g. \"Host=db;Username=minerose;Password=…;Database=minerose\".", Required = true };
        var siloPort = new Option<int>("--port") { Description = "Silo-to-silo TCP port.", DefaultValueFactory = _ => 11111 };
        var gatewayPort = new Option<int>("--gateway-port") { Description = "Client-to-silo (gateway) TCP port.", DefaultValueFactory = _ => 30000 };
        var advertise = new Option<string?>("--advertise") { Description = "IP address the other machines reach this one at; default: the first IPv4 address of an interface that is up." };
        var clusterId = new Option<string>("--cluster-id") { Description = "Cluster id: silos and clients with the same id form one cluster.", DefaultValueFactory = _ => "minerose" };
        var workers = new Option<int?>("--workers") { Description = "Worker loops (mines evaluated at once); default: all cores." };
        var command = new Command("silo", "Start a screening worker silo that joins a PostgreSQL-backed Orleans cluster.")
        {
            db, siloPort, gatewayPort, advertise, clusterId, workers,
        };
        command.SetAction(parse => CommandRunner.Run(() =>
        {
            IPAddress? address = null;
            if (parse.GetValue(advertise) is { } text && !IPAddress.TryParse(text, out address))
                throw new InvalidInputException("--advertise", text, "an IP address");
            var options = new ScreeningClusterOptions
            {
                PostgresConnectionString = parse.GetRequiredValue(db),
                SiloPort = parse.GetValue(siloPort),
                GatewayPort = parse.GetValue(gatewayPort),
                AdvertisedAddress = address,
                ClusterId = parse.GetRequiredValue(clusterId),
                WorkersPerSilo = parse.GetValue(workers),
            }.Validated();
            RunSilo(options, evaluatorFactory()).GetAwaiter().GetResult();
            return ExitCodes.Success;
        }));
        return command;
    }

    private static async Task RunSilo(ScreeningClusterOptions options, IMineEvaluatorFactory evaluatorFactory)
    {
        using var store = new PostgresScreeningStore(options.PostgresConnectionString!);
        using var silo = ClusterScreening.BuildSilo(options, 0, store, evaluatorFactory, LogLevel.Information);
        var stop = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            stop.TrySetResult();
        });
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, context =>
        {
            context.Cancel = true;
            stop.TrySetResult();
        });
        await silo.StartAsync();
        Console.Error.WriteLine($"minerose: silo up in cluster '{options.ClusterId}' (silo port {options.SiloPort}, gateway port {options.GatewayPort}); Ctrl+C to leave");
        await stop.Task;
        Console.Error.WriteLine("minerose: leaving the cluster (leased batches not finished go back to the queue)");
        await silo.StopAsync();
    }
}
