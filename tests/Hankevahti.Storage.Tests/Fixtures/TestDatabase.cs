using System.Data.Common;
using Hankevahti.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Storage.Tests.Fixtures;

/// <summary>
/// A fresh, empty database of one provider, owned by one test and removed when it is disposed.
/// The tests are written once against this and run on every provider, so that a difference in
/// behaviour between SQLite and PostgreSQL shows up as a failing case rather than in production.
/// </summary>
public abstract class TestDatabase : IAsyncDisposable
{
    public abstract DatabaseProvider Provider { get; }
    public abstract DatabaseSettings Settings { get; }

    /// <summary>A new empty database (no schema yet).</summary>
    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => SqliteTestDatabase.Create(),
        DatabaseProvider.Postgres => await PostgresTestDatabase.CreateAsync(),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
    };

    /// <summary>A new database brought up to date by the migrator, as the app does at start-up.</summary>
    public static async Task<TestDatabase> CreateMigratedAsync(DatabaseProvider provider)
    {
        var database = await CreateAsync(provider);
        try
        {
            await Migrator.MigrateAsync(database.Settings);
            return database;
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }
    }

    /// <summary>A context of its own, as a new request or a new process would have: nothing tracked, nothing cached.</summary>
    public HankevahtiDb NewContext() => HankevahtiDb.Create(Settings);

    /// <summary>
    /// Forgets pooled connections, as a process exit would, so that what is read next comes from
    /// the database and not from a session that outlived the "restart".
    /// </summary>
    public abstract void ForgetConnections();

    /// <summary>Names of the tables in the database (user tables only).</summary>
    public abstract Task<IReadOnlySet<string>> TableNamesAsync();

    /// <summary>The columns of a table as the migrated schema has them.</summary>
    public abstract Task<IReadOnlyList<SchemaColumn>> ColumnsAsync(string table);

    /// <summary>Runs SQL outside EF, to look at or change the database behind the code's back.</summary>
    public async Task<int> ExecuteAsync(string sql)
    {
        await using var db = NewContext();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        return await cmd.ExecuteNonQueryAsync();
    }

    /// <summary>The rows of a query, each as its column values (DBNull as null).</summary>
    public async Task<IReadOnlyList<object?[]>> QueryAsync(string sql)
    {
        await using var db = NewContext();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        return await QueryAsync(connection, sql);
    }

    public async Task<long> CountAsync(string sql) => Convert.ToInt64((await QueryAsync(sql)).Single()[0]);

    /// <summary>Every row of the query on an open connection, each as its column values (null for SQL NULL).</summary>
    public static async Task<IReadOnlyList<object?[]>> QueryAsync(DbConnection connection, string sql)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        await using var reader = await cmd.ExecuteReaderAsync();
        var rows = new List<object?[]>();
        while (await reader.ReadAsync())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }
            rows.Add(row);
        }
        return rows;
    }

    public abstract ValueTask DisposeAsync();

    public override string ToString() => Settings.Describe();
}

public sealed record SchemaColumn(string Name, bool NotNull);
