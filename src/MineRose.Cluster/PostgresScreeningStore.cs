using MineRose.Core.Screening;
using Npgsql;

namespace MineRose.Cluster;

/// <summary>Screening results in PostgreSQL, for a cluster whose silos run on several machines: one row per
/// (design hash, model version, mine id), written with <c>INSERT … ON CONFLICT DO NOTHING</c> so that two workers that
/// evaluated the same mine (a lease handed out again after its silo died) cannot both store it.</summary>
/// <remarks>The table is created on first use (under an advisory lock, so that silos starting together do not race on
/// PostgreSQL's catalogue). Payloads are kept as <c>text</c>, byte for byte as the evaluator wrote them.</remarks>
public sealed class PostgresScreeningStore : IScreeningStore
{
    /// <summary>The table's name.</summary>
    public const string TableName = "minerose_screening_results";

    // Any constant shared by every MineRose process: the key of the advisory lock that serialises table creation.
    private const long SchemaLockKey = 0x4D696E65526F7365;

    private readonly NpgsqlDataSource _dataSource;

    /// <summary>Opens the store at <paramref name="connectionString"/> and creates its table if absent.</summary>
    /// <param name="connectionString">An Npgsql connection string, e.g. <c>Host=db;Username=minerose;Password=…;Database=minerose</c>.</param>
    public PostgresScreeningStore(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        _dataSource = NpgsqlDataSource.Create(connectionString);
        try
        {
            CreateTable();
        }
        catch
        {
            _dataSource.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public bool TryAdd(ScreeningRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        using var command = _dataSource.CreateCommand(
            $"INSERT INTO {TableName} (design_hash, model_version, mine_id, payload) VALUES ($1, $2, $3, $4) " +
            "ON CONFLICT (design_hash, model_version, mine_id) DO NOTHING");
        command.Parameters.AddWithValue(record.Key.DesignHash);
        command.Parameters.AddWithValue(record.Key.ModelVersion);
        command.Parameters.AddWithValue(record.Key.MineId);
        command.Parameters.AddWithValue(record.PayloadJson);
        return command.ExecuteNonQuery() == 1;
    }

    /// <inheritdoc />
    public IReadOnlySet<string> CompletedMineIds(string designHash, string modelVersion)
    {
        using var command = _dataSource.CreateCommand(
            $"SELECT mine_id FROM {TableName} WHERE design_hash = $1 AND model_version = $2");
        command.Parameters.AddWithValue(designHash);
        command.Parameters.AddWithValue(modelVersion);
        using var reader = command.ExecuteReader();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read())
            ids.Add(reader.GetString(0));
        return ids;
    }

    /// <inheritdoc />
    public IReadOnlyList<ScreeningRecord> Records(string designHash, string modelVersion)
    {
        // COLLATE "C" orders by bytes, as the other stores order mine ids (ordinal), whatever the database's locale.
        using var command = _dataSource.CreateCommand(
            $"SELECT mine_id, payload FROM {TableName} WHERE design_hash = $1 AND model_version = $2 ORDER BY mine_id COLLATE \"C\"");
        command.Parameters.AddWithValue(designHash);
        command.Parameters.AddWithValue(modelVersion);
        using var reader = command.ExecuteReader();
        var records = new List<ScreeningRecord>();
        while (reader.Read())
            records.Add(new ScreeningRecord(new ScreeningKey(reader.GetString(0), designHash, modelVersion), reader.GetString(1)));
        return records;
    }

    /// <inheritdoc />
    public void Dispose() => _dataSource.Dispose();

    private void CreateTable()
    {
        using var connection = _dataSource.OpenConnection();
        using var transaction = connection.BeginTransaction();
        using (var command = new NpgsqlCommand(
            $"SELECT pg_advisory_xact_lock({SchemaLockKey}); " +
            $"CREATE TABLE IF NOT EXISTS {TableName} (" +
            "design_hash text NOT NULL, model_version text NOT NULL, mine_id text NOT NULL, payload text NOT NULL, " +
            "stored_at timestamptz NOT NULL DEFAULT now(), " +
            "PRIMARY KEY (design_hash, model_version, mine_id))", connection, transaction))
        {
            command.ExecuteNonQuery();
        }
        transaction.Commit();
    }
}
