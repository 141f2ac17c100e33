using Hankevahti.Storage.Database;
using Microsoft.Data.Sqlite;

namespace Hankevahti.Storage.Tests.Fixtures;

/// <summary>SQLite in a temporary data folder of its own, as `--data DIR` would give.</summary>
public sealed class SqliteTestDatabase : TestDatabase
{
    private SqliteTestDatabase(string folder)
    {
        Folder = folder;
        Settings = DatabaseSettings.Sqlite(Path.Combine(folder, "data"));
    }

    /// <summary>The temporary folder; the data folder is "data" under it and does not exist until migration.</summary>
    public string Folder { get; }

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
    public override DatabaseSettings Settings { get; }

    public static SqliteTestDatabase Create()
    {
        var folder = Path.Combine(Path.GetTempPath(), "hankevahti-storage-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return new SqliteTestDatabase(folder);
    }

    // Pooled connections keep the file open after a context is gone: close them before the folder is removed.
    public override void ForgetConnections() => SqliteConnection.ClearAllPools();

    public override async Task<IReadOnlySet<string>> TableNamesAsync()
    {
        var rows = await QueryAsync("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
        return rows.Select(r => (string)r[0]!).ToHashSet(StringComparer.Ordinal);
    }

    public override async Task<IReadOnlyList<SchemaColumn>> ColumnsAsync(string table)
    {
        // An INTEGER PRIMARY KEY is the rowid and cannot hold NULL, though table_info reports notnull = 0 for it.
        var rows = await QueryAsync($"SELECT name, \"notnull\" OR pk > 0 FROM pragma_table_info('{table}')");
        return rows.Select(r => new SchemaColumn((string)r[0]!, Convert.ToInt64(r[1]) != 0)).ToList();
    }

    public override ValueTask DisposeAsync()
    {
        ForgetConnections();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is not worth failing a test over; the OS cleans /tmp.
        }
        return ValueTask.CompletedTask;
    }
}
