using System.Data.Common;
using Npgsql;

namespace MineRose.Cluster;

/// <summary>Prepares a PostgreSQL database for Orleans' ADO.NET clustering (silos of several machines find each other and
/// agree on who is alive through it).</summary>
public static class OrleansPostgresClustering
{
    /// <summary>The ADO.NET invariant name Orleans uses for PostgreSQL.</summary>
    public const string Invariant = "Npgsql";

    /// <summary>Name of the shipped script (also in the repository under src/MineRose.Cluster/Sql/, for <c>psql -f</c>).</summary>
    public const string ScriptName = "PostgreSQL-OrleansClustering.sql";

    // The key of the advisory lock that serialises schema creation by silos starting together.
    private const long SchemaLockKey = 0x4F726C65616E73;

    /// <summary>The SQL that creates the clustering tables, functions and queries (idempotent).</summary>
    public static string Script()
    {
        using var stream = typeof(OrleansPostgresClustering).Assembly.GetManifestResourceStream("MineRose.Cluster.Sql." + ScriptName)
            ?? throw new InvalidOperationException($"embedded resource {ScriptName} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Creates the clustering tables, functions and queries if absent, and registers Npgsql as an ADO.NET provider
    /// under <see cref="Invariant"/>.</summary>
    /// <param name="connectionString">An Npgsql connection string to the cluster's database.</param>
    public static void EnsureSchema(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        RegisterProvider();
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var transaction = connection.BeginTransaction();
        using (var lockCommand = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({SchemaLockKey})", connection, transaction))
            lockCommand.ExecuteNonQuery();
        using (var command = new NpgsqlCommand(Script(), connection, transaction))
            command.ExecuteNonQuery();
        transaction.Commit();
    }

    /// <summary>Makes Npgsql findable by Orleans' ADO.NET providers through <see cref="DbProviderFactories"/>.</summary>
    public static void RegisterProvider()
    {
        if (!DbProviderFactories.TryGetFactory(Invariant, out _))
            DbProviderFactories.RegisterFactory(Invariant, NpgsqlFactory.Instance);
    }
}
