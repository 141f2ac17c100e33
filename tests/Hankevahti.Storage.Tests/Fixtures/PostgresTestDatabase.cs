using Hankevahti.Storage.Database;
using Npgsql;

namespace Hankevahti.Storage.Tests.Fixtures;

/// <summary>
/// A database "hv_&lt;guid&gt;" of its own on the throwaway cluster that scripts/test.sh starts,
/// so that tests running in parallel never see each other's rows or migrations.
/// </summary>
public sealed class PostgresTestDatabase : TestDatabase
{
    public const string ServerVariable = "HANKEVAHTI_TEST_POSTGRES";

    public const string NotSetMessage =
        "HANKEVAHTI_TEST_POSTGRES is not set: run the tests with scripts/test.sh, which starts a throwaway PostgreSQL (apt-get install postgresql)";

    private readonly string _server;
    private readonly string _name;

    private PostgresTestDatabase(string server, string name)
    {
        _server = server;
        _name = name;
        Settings = DatabaseSettings.Postgres(new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString);
    }

    public override DatabaseProvider Provider => DatabaseProvider.Postgres;
    public override DatabaseSettings Settings { get; }

    public static async Task<PostgresTestDatabase> CreateAsync()
    {
        var server = Environment.GetEnvironmentVariable(ServerVariable);
        if (string.IsNullOrWhiteSpace(server))
        {
            // Failing, not skipping: a run without PostgreSQL must not look green while half the cases never ran.
            Assert.Fail(NotSetMessage);
        }
        var name = "hv_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await cmd.ExecuteNonQueryAsync();
        }
        return new PostgresTestDatabase(server, name);
    }

    public override void ForgetConnections()
    {
        using var connection = new NpgsqlConnection(Settings.ConnectionString);
        NpgsqlConnection.ClearPool(connection);
    }

    public override async Task<IReadOnlySet<string>> TableNamesAsync()
    {
        var rows = await QueryAsync("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'");
        return rows.Select(r => (string)r[0]!).ToHashSet(StringComparer.Ordinal);
    }

    public override async Task<IReadOnlyList<SchemaColumn>> ColumnsAsync(string table)
    {
        var rows = await QueryAsync(
            $"SELECT column_name, is_nullable = 'NO' FROM information_schema.columns WHERE table_schema = 'public' AND table_name = '{table}' ORDER BY ordinal_position");
        return rows.Select(r => new SchemaColumn((string)r[0]!, (bool)r[1]!)).ToList();
    }

    public override async ValueTask DisposeAsync()
    {
        ForgetConnections();
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        // FORCE ends any session a failed test left open, which would otherwise block the drop.
        await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", connection);
        await cmd.ExecuteNonQueryAsync();
    }
}
