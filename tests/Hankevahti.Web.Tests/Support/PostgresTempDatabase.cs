using Hankevahti.Storage.Database;
using Npgsql;

namespace Hankevahti.Web.Tests.Support;

/// <summary>
/// A database of its own on the throwaway PostgreSQL cluster (scripts/pg-throwaway.sh exports
/// HANKEVAHTI_TEST_POSTGRES), for the few web tests whose SQL must also hold on PostgreSQL; dropped afterwards.
/// </summary>
public sealed class PostgresTempDatabase : IAsyncDisposable
{
    private readonly string server;
    private readonly string name;

    private PostgresTempDatabase(string server, string name)
    {
        this.server = server;
        this.name = name;
        Settings = DatabaseSettings.Postgres(new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString);
    }

    public DatabaseSettings Settings { get; }

    public static async Task<PostgresTempDatabase> CreateAsync()
    {
        var server = Environment.GetEnvironmentVariable("HANKEVAHTI_TEST_POSTGRES");
        if (string.IsNullOrWhiteSpace(server))
        {
            // Failing, not skipping, as the storage tests do: a run without PostgreSQL must not look green.
            Assert.Fail("HANKEVAHTI_TEST_POSTGRES is not set: run the tests with scripts/test.sh, or after 'source scripts/pg-throwaway.sh'");
        }
        var name = "hvweb_" + Guid.NewGuid().ToString("N");
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await cmd.ExecuteNonQueryAsync();
        return new PostgresTempDatabase(server, name);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearPool(new NpgsqlConnection(Settings.ConnectionString));
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await cmd.ExecuteNonQueryAsync();
    }
}
