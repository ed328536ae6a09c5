using System.Net;
using MineRose.Core;

namespace MineRose.Cluster;

/// <summary>Which cluster a screening run uses: silos started on this machine, or the silos of several machines that
/// find each other through a PostgreSQL database.</summary>
public sealed record ScreeningClusterOptions
{
    /// <summary>Npgsql connection string of the cluster's database (ADO.NET clustering), or null for a cluster of
    /// <see cref="LocalSiloCount"/> silos on this machine only (localhost clustering).</summary>
    public string? PostgresConnectionString { get; init; }

    /// <summary>Orleans cluster id: silos and clients with the same id form one cluster.</summary>
    public string ClusterId { get; init; } = "minerose";

    /// <summary>Orleans service id (stable across deployments of the same service).</summary>
    public string ServiceId { get; init; } = "minerose-screening";

    /// <summary>Silos started in this process when <see cref="PostgresConnectionString"/> is null [-].</summary>
    public int LocalSiloCount { get; init; } = 1;

    /// <summary>Worker loops per silo [-]; null shares this machine's cores among its silos.</summary>
    public int? WorkersPerSilo { get; init; }

    /// <summary>Silo-to-silo TCP port of the first silo (the next silos of this process take the next ports) [-].</summary>
    public int SiloPort { get; init; } = 11111;

    /// <summary>Client-to-silo (gateway) TCP port of the first silo [-].</summary>
    public int GatewayPort { get; init; } = 30000;

    /// <summary>The address other machines reach this silo at; null for loopback (one machine) or, with PostgreSQL, this
    /// machine's first IPv4 address.</summary>
    public IPAddress? AdvertisedAddress { get; init; }

    /// <summary>Throws <see cref="InvalidInputException"/> naming the first field out of range.</summary>
    public ScreeningClusterOptions Validated()
    {
        Guard.InRange(LocalSiloCount, 1, 64, nameof(LocalSiloCount));
        if (WorkersPerSilo is { } workers)
            Guard.InRange(workers, 1, 1024, nameof(WorkersPerSilo));
        Guard.InRange(SiloPort, 1, 65535 - LocalSiloCount, nameof(SiloPort));
        Guard.InRange(GatewayPort, 1, 65535 - LocalSiloCount, nameof(GatewayPort));
        if (string.IsNullOrWhiteSpace(ClusterId))
            throw new InvalidInputException(nameof(ClusterId), "(empty)", "a non-empty cluster id");
        if (string.IsNullOrWhiteSpace(ServiceId))
            throw new InvalidInputException(nameof(ServiceId), "(empty)", "a non-empty service id");
        return this;
    }
}
