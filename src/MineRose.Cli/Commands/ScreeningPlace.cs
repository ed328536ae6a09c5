using System.Globalization;
using MineRose.Cluster;
using MineRose.Core;
using MineRose.Core.Screening;
using MineRose.IO.Screening;
using Npgsql;

namespace MineRose.Cli.Commands;

/// <summary>Where a screening runs and stores its results: on this machine's cores with a SQLite store, on local Orleans
/// silos with the same SQLite store, or on a PostgreSQL-backed cluster whose database is also the store.</summary>
/// <param name="OnCluster">Run through Orleans (<c>--cluster</c>).</param>
/// <param name="ClusterDb">PostgreSQL connection string of a multi-machine cluster (<c>--cluster-db</c>), or null.</param>
/// <param name="Silos">Silos started in this process when on a cluster without a database [-].</param>
/// <param name="Threads">Worker threads on this machine (per silo on a cluster), or null for all cores [-].</param>
/// <param name="StoreFile">The SQLite store (<c>--store</c>), or null for <c>OUT/screening.sqlite</c>.</param>
internal sealed record ScreeningPlace(bool OnCluster, string? ClusterDb, int Silos, int? Threads, FileInfo? StoreFile)
{
    /// <summary>The place the options name, checked: a cluster database needs <c>--cluster</c> and is then the store.</summary>
    public static ScreeningPlace From(bool onCluster, string? clusterDb, int silos, int? threads, FileInfo? storeFile)
    {
        if (threads is < 1)
            throw new InvalidInputException("--threads", threads.Value.ToString(CultureInfo.InvariantCulture), "1 or more");
        Guard.InRange(silos, 1, 64, "--silos");
        if (clusterDb is not null && !onCluster)
            throw new InvalidInputException("--cluster-db", "(given without --cluster)", "--cluster together with --cluster-db");
        if (clusterDb is not null && storeFile is not null)
            throw new InvalidInputException("--store", storeFile.FullName, "no --store with --cluster-db: the cluster's PostgreSQL database is the store");
        if (clusterDb is not null)
            _ = Describe(clusterDb);
        return new ScreeningPlace(onCluster, clusterDb, silos, threads, storeFile);
    }

    /// <summary>Opens the run's store.</summary>
    public IScreeningStore OpenStore(DirectoryInfo outputDir) =>
        ClusterDb is { } db ? new PostgresScreeningStore(db) : new SqliteScreeningStore(SqlitePath(outputDir));

    /// <summary>The store as summary.json names it (never the password of a connection string).</summary>
    public string StoreDescription(DirectoryInfo outputDir) => ClusterDb is { } db ? Describe(db) : SqlitePath(outputDir);

    private string SqlitePath(DirectoryInfo outputDir) => StoreFile?.FullName ?? Path.Combine(outputDir.FullName, "screening.sqlite");

    private static string Describe(string connectionString)
    {
        try
        {
            var b = new NpgsqlConnectionStringBuilder(connectionString);
            return string.Create(CultureInfo.InvariantCulture, $"PostgreSQL {b.Host}:{b.Port}/{b.Database}");
        }
        catch (ArgumentException e)
        {
            throw new InvalidInputException("--cluster-db", "(connection string not shown)", "a PostgreSQL connection string such as Host=db;Username=minerose;Password=…;Database=minerose (" + e.Message + ")");
        }
    }
}
