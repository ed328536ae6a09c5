namespace MineRose.Cluster.Tests;

/// <summary>A fact that needs a real PostgreSQL server: skipped, with the reason, where MINEROSE_TEST_POSTGRES is unset
/// (.ci/run installs and starts a server and sets it).</summary>
internal sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(ConnectionString))
            Skip = "needs a PostgreSQL server: set MINEROSE_TEST_POSTGRES to an Npgsql connection string (.ci/run does)";
    }

    public static string? ConnectionString => Environment.GetEnvironmentVariable("MINEROSE_TEST_POSTGRES");
}
