using Microsoft.Data.Sqlite;
using MineRose.Core.Screening;

namespace MineRose.IO.Screening;

/// <summary>The local screening store: one SQLite file [256] in WAL mode, one row per (mine, design hash, model version) with
/// <c>INSERT OR IGNORE</c> on that primary key, so a record is stored exactly once however often or from however many
/// threads it is offered. Each <see cref="TryAdd"/> (or <see cref="TryAddRange"/> batch) is one committed transaction:
/// a process killed at any moment loses at most the batch in flight, which a resumed run computes again.</summary>
public sealed class SqliteScreeningStore : IScreeningStore
{
    private readonly SqliteConnection _connection;
    private readonly Lock _gate = new();
    private SqliteCommand? _insert;

    /// <summary>Opens (creating if needed) the store at <paramref name="path"/>.</summary>
    /// <param name="path">The SQLite file.</param>
    public SqliteScreeningStore(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        Path = System.IO.Path.GetFullPath(path);
        var dir = System.IO.Path.GetDirectoryName(Path);
        if (!string.IsNullOrEmpty(dir))
            Directory.CreateDirectory(dir);
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path, Pooling = false }.ToString());
        _connection.Open();
        Execute("PRAGMA journal_mode=WAL;");
        Execute("PRAGMA synchronous=NORMAL;");
        Execute("PRAGMA busy_timeout=10000;");
        Execute("""
            CREATE TABLE IF NOT EXISTS screening_results (
                mine_id TEXT NOT NULL,
                design_hash TEXT NOT NULL,
                model_version TEXT NOT NULL,
                payload_json TEXT NOT NULL,
                stored_utc TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
                PRIMARY KEY (mine_id, design_hash, model_version)
            ) WITHOUT ROWID;
            """);
    }

    /// <summary>Full path of the store file.</summary>
    public string Path { get; }

    /// <inheritdoc/>
    public bool TryAdd(ScreeningRecord record) => TryAddRange([record]) == 1;

    /// <summary>Stores a batch in one transaction, each record unless its key is present.</summary>
    /// <param name="records">The records.</param>
    /// <returns>How many were new.</returns>
    public int TryAddRange(IReadOnlyList<ScreeningRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        lock (_gate)
        {
            var insert = _insert ??= PrepareInsert();
            using var tx = _connection.BeginTransaction();
            insert.Transaction = tx;
            int added = 0;
            foreach (var r in records)
            {
                ArgumentNullException.ThrowIfNull(r);
                insert.Parameters[0].Value = r.Key.MineId;
                insert.Parameters[1].Value = r.Key.DesignHash;
                insert.Parameters[2].Value = r.Key.ModelVersion;
                insert.Parameters[3].Value = r.PayloadJson;
                added += insert.ExecuteNonQuery();
            }
            tx.Commit();
            insert.Transaction = null;
            return added;
        }
    }

    /// <summary>The insert, compiled once and reused by every batch (a store's writer runs thousands of them) [312].</summary>
    private SqliteCommand PrepareInsert()
    {
        var cmd = _connection.CreateCommand();
        cmd.CommandText = "INSERT OR IGNORE INTO screening_results (mine_id, design_hash, model_version, payload_json) VALUES ($m, $d, $v, $p);";
        cmd.Parameters.Add("$m", SqliteType.Text);
        cmd.Parameters.Add("$d", SqliteType.Text);
        cmd.Parameters.Add("$v", SqliteType.Text);
        cmd.Parameters.Add("$p", SqliteType.Text);
        cmd.Prepare();
        return cmd;
    }

    /// <inheritdoc/>
    public IReadOnlySet<string> CompletedMineIds(string designHash, string modelVersion)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        lock (_gate)
        {
            using var cmd = Query("SELECT mine_id FROM screening_results WHERE design_hash = $d AND model_version = $v;", designHash, modelVersion);
            using var reader = cmd.ExecuteReader();
            while (reader.Read())
                ids.Add(reader.GetString(0));
        }
        return ids;
    }

    /// <inheritdoc/>
    public IReadOnlyList<ScreeningRecord> Records(string designHash, string modelVersion)
    {
        var records = new List<ScreeningRecord>();
        lock (_gate)
        {
            using var cmd = Query("SELECT mine_id, payload_json FROM screening_results WHERE design_hash = $d AND model_version = $v ORDER BY mine_id;",
                designHash, modelVersion);
            using var reader = cmd.ExecuteReader();
            while (reader.Read())
                records.Add(new ScreeningRecord(new ScreeningKey(reader.GetString(0), designHash, modelVersion), reader.GetString(1)));
        }
        return records;
    }

    /// <summary>Number of rows stored for every key (a check that nothing is duplicated: the primary key forbids it).</summary>
    public long Count()
    {
        lock (_gate)
        {
            using var cmd = _connection.CreateCommand();
            cmd.CommandText = "SELECT COUNT(*) FROM screening_results;";
            return (long)cmd.ExecuteScalar()!;
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _insert?.Dispose();
        _connection.Dispose();
        SqliteConnection.ClearAllPools();
    }

    private SqliteCommand Query(string sql, string designHash, string modelVersion)
    {
        ArgumentNullException.ThrowIfNull(designHash);
        ArgumentNullException.ThrowIfNull(modelVersion);
        var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.Parameters.AddWithValue("$d", designHash);
        cmd.Parameters.AddWithValue("$v", modelVersion);
        return cmd;
    }

    private void Execute(string sql)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
