using Hankevahti.Plans;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Projects;
using Microsoft.Data.Sqlite;

namespace Hankevahti.Web.Tests.Support;

/// <summary>A data folder of its own for a test, with the SQLite settings for it; deleted afterwards.</summary>
public sealed class TempDataFolder : IDisposable
{
    public TempDataFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "hankevahti-web-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
        Settings = DatabaseSettings.Sqlite(Path);
    }

    public string Path { get; }
    public DatabaseSettings Settings { get; }

    /// <summary>Stores a plan the way the CLI and the storage layer do, migrating first; returns the new project's id.</summary>
    public async Task<int> StoreAsync(Plan plan, string origin = "import")
    {
        await Migrator.MigrateAsync(Settings);
        await using var db = HankevahtiDb.Create(Settings);
        return (await db.AddProjectAsync(plan, origin)).Id;
    }

    public void Dispose()
    {
        // Pooled connections keep the database open after the app and the contexts are gone.
        SqliteConnection.ClearPool(new SqliteConnection(Settings.ConnectionString));
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on some platform; the temp folder is cleaned by the system in time.
        }
    }
}
