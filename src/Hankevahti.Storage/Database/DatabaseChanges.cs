using Microsoft.Data.Sqlite;
using Npgsql;

namespace Hankevahti.Storage.Database;

/// <summary>
/// Answers, far more cheaply than a query, whether anything has been committed to the database since
/// an earlier look: two equal stamps mean no commit came between them, by any connection of any process
/// (the web app itself, a second instance, the CLI). A reader may keep what it read after taking a stamp
/// for as long as the stamp stays the same. Null means it cannot tell (the database is not reachable):
/// read afresh.
/// </summary>
/// <remarks>
/// SQLite: PRAGMA data_version on a connection of this object's own, which changes whenever another
/// connection commits. PostgreSQL: the counter that triggers move on with every statement writing to the
/// plan tables, in the writer's transaction (migration 0003_change_counter), so it changes exactly when
/// such a write commits. Both are per database.
/// </remarks>
public sealed class DatabaseChanges(DatabaseSettings settings) : IDisposable
{
    private readonly Lock gate = new();
    private SqliteConnection? sqlite;
    private SqliteCommand? dataVersion;
    // data_version is only comparable on one connection: a reopened connection starts a new series. Numbered across
    // the process, so that two instances' stamps never look alike (both would start at "1:1"): the portfolio keeps
    // its facts per database and stamp, whichever instance took the stamp.
    private static int generations;
    private int generation;

    /// <summary>The current stamp, or null when the database cannot be asked.</summary>
    public async ValueTask<string?> StampAsync(CancellationToken ct = default) =>
        settings.Provider == DatabaseProvider.Postgres ? await PostgresStampAsync(ct) : SqliteStamp();

    private string? SqliteStamp()
    {
        lock (gate)
        {
            try
            {
                if (dataVersion is null)
                {
                    // ReadWrite, not ReadWriteCreate: asking must never create an empty database file.
                    var builder = new SqliteConnectionStringBuilder(settings.ConnectionString) { Mode = SqliteOpenMode.ReadWrite, Pooling = false };
                    sqlite = new SqliteConnection(builder.ConnectionString);
                    sqlite.Open();
                    dataVersion = sqlite.CreateCommand();
                    dataVersion.CommandText = "PRAGMA data_version";
                    generation = Interlocked.Increment(ref generations);
                }
                return $"{generation}:{Convert.ToInt64(dataVersion.ExecuteScalar())}";
            }
            catch (SqliteException)
            {
                CloseSqlite();
                return null;
            }
        }
    }

    private async Task<string?> PostgresStampAsync(CancellationToken ct)
    {
        try
        {
            await using var connection = new NpgsqlConnection(settings.ConnectionString);
            await connection.OpenAsync(ct);
            await using var command = new NpgsqlCommand("SELECT counter FROM data_changes WHERE id = 1", connection);
            return await command.ExecuteScalarAsync(ct) is long counter ? counter.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
        }
        catch (NpgsqlException)
        {
            // Unreachable, or not migrated yet (no counter table): PostgresException is an NpgsqlException.
            return null;
        }
    }

    private void CloseSqlite()
    {
        dataVersion?.Dispose();
        sqlite?.Dispose();
        dataVersion = null;
        sqlite = null;
    }

    public void Dispose()
    {
        lock (gate)
        {
            CloseSqlite();
        }
    }
}
