using Hankevahti.Storage.Database;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Hankevahti.Web.Tests.Support;

/// <summary>What the database's own checker says of its files after a crash.</summary>
/// <param name="Problems">Each problem found, empty when the database is sound.</param>
/// <param name="Checked">What was checked, for the test's output: "integrity_check, foreign_key_check" or the indexes.</param>
/// <param name="Skipped">Why a check could not run (PostgreSQL without amcheck), or null.</param>
public sealed record IntegrityReport(IReadOnlyList<string> Problems, string Checked, string? Skipped);

public static class DatabaseIntegrity
{
    /// <summary>
    /// SQLite: PRAGMA integrity_check (pages, b-trees, indexes against their tables) and foreign_key_check.
    /// PostgreSQL: amcheck's bt_index_check with heapallindexed on every b-tree index of the app's tables,
    /// and verify_heapam on the tables; when the amcheck extension cannot be created, the report says so.
    /// </summary>
    public static Task<IntegrityReport> CheckAsync(DatabaseSettings settings) => settings.Provider switch
    {
        DatabaseProvider.Sqlite => CheckSqliteAsync(settings),
        DatabaseProvider.Postgres => CheckPostgresAsync(settings),
        _ => throw new ArgumentOutOfRangeException(nameof(settings), settings.Provider, null),
    };

    private static async Task<IntegrityReport> CheckSqliteAsync(DatabaseSettings settings)
    {
        try
        {
            return await RunSqliteChecksAsync(settings);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is 11 or 26)
        {
            // SQLITE_CORRUPT, SQLITE_NOTADB: damaged beyond what the checks can walk.
            return new IntegrityReport([$"SQLite error {ex.SqliteErrorCode}: {ex.Message}"], "integrity_check (could not run)", null);
        }
    }

    private static async Task<IntegrityReport> RunSqliteChecksAsync(DatabaseSettings settings)
    {
        // A connection of its own, not from the pool, so that it opens the file (and any WAL left behind) afresh.
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder(settings.ConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        var integrity = await ColumnAsync(connection, "PRAGMA integrity_check");
        List<string> problems = integrity.SequenceEqual(["ok"]) ? [] : integrity.Select(r => "integrity_check: " + r).ToList();
        var foreignKeys = await ColumnAsync(connection, "SELECT \"table\" || ' row ' || rowid || ' -> ' || parent FROM pragma_foreign_key_check");
        problems.AddRange(foreignKeys.Select(r => "foreign_key_check: " + r));
        return new IntegrityReport(problems, $"integrity_check ({string.Join(", ", integrity)}), foreign_key_check ({foreignKeys.Count} rows)", null);
    }

    private static async Task<IntegrityReport> CheckPostgresAsync(DatabaseSettings settings)
    {
        await using var connection = new NpgsqlConnection(settings.ConnectionString);
        await connection.OpenAsync();
        try
        {
            await using var create = new NpgsqlCommand("CREATE EXTENSION IF NOT EXISTS amcheck", connection);
            await create.ExecuteNonQueryAsync();
        }
        catch (PostgresException ex)
        {
            // amcheck comes with the server (Debian's postgresql package, postgresql-contrib elsewhere) and needs a superuser.
            return new IntegrityReport([], "", $"amcheck not available ({ex.SqlState}: {ex.MessageText}): install postgresql-contrib and run the tests as a superuser to check the indexes");
        }

        var indexes = await ColumnAsync(connection, """
            SELECT c.relname FROM pg_index i
            JOIN pg_class c ON c.oid = i.indexrelid
            JOIN pg_am a ON a.oid = c.relam
            JOIN pg_class t ON t.oid = i.indrelid
            JOIN pg_namespace n ON n.oid = t.relnamespace
            WHERE a.amname = 'btree' AND n.nspname = 'public' AND i.indisvalid AND i.indisready
            ORDER BY c.relname
            """);
        var problems = new List<string>();
        foreach (var index in indexes)
        {
            try
            {
                // heapallindexed: every row of the table must also be found in the index.
                await using var check = new NpgsqlCommand("SELECT bt_index_check(@i::regclass, true)", connection);
                check.Parameters.AddWithValue("i", $"public.\"{index}\"");
                await check.ExecuteNonQueryAsync();
            }
            catch (PostgresException ex)
            {
                problems.Add($"bt_index_check {index}: {ex.SqlState} {ex.MessageText}");
            }
        }

        var tables = await ColumnAsync(connection, "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename");
        var heapChecked = (await ColumnAsync(connection, "SELECT proname FROM pg_proc WHERE proname = 'verify_heapam'")).Count > 0;
        if (heapChecked)
        {
            foreach (var table in tables)
            {
                var rows = await ColumnAsync(connection, $"SELECT blkno || ':' || coalesce(offnum::text, '-') || ' ' || msg FROM verify_heapam('public.\"{table}\"'::regclass)");
                problems.AddRange(rows.Select(r => $"verify_heapam {table}: {r}"));
            }
        }
        return new IntegrityReport(problems,
            $"bt_index_check on {indexes.Count} indexes ({string.Join(", ", indexes)})" + (heapChecked ? $", verify_heapam on {tables.Count} tables" : ", verify_heapam not in this amcheck version"),
            null);
    }

    private static async Task<List<string>> ColumnAsync(System.Data.Common.DbConnection connection, string sql)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        await using var reader = await cmd.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.IsDBNull(0) ? "" : Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        }
        return values;
    }
}
