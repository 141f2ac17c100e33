using Hankevahti.Storage.Database;
using Hankevahti.Storage.Projects;
using Hankevahti.Storage.Tests.Fixtures;

namespace Hankevahti.Storage.Tests.Database;

/// <summary>
/// The change stamp lets the web app keep what it read until something is committed. A stamp that
/// stayed the same across a commit would show a stale plan; one that changed on every read would only
/// cost speed, so the tests check both directions.
/// </summary>
public class DatabaseChangesTests
{
    [Theory, BothProviders]
    public async Task Stamp_stays_the_same_while_nothing_is_committed(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        using var changes = new DatabaseChanges(database.Settings);

        var first = await changes.StampAsync();
        // Reading is not a change.
        Assert.Equal(0, await database.CountAsync("SELECT count(*) FROM projects"));
        var second = await changes.StampAsync();

        Assert.NotNull(first);
        Assert.Equal(first, second);
    }

    // Every kind of write the app makes, each from a connection of its own as another process (the CLI,
    // a second web instance) would make it. The stamp's own connection never writes.
    public static TheoryData<DatabaseProvider, string> Writes()
    {
        var data = new TheoryData<DatabaseProvider, string>();
        foreach (var provider in Enum.GetValues<DatabaseProvider>())
        {
            // A new project: the project list and its first version.
            data.Add(provider, "project");
            // A new version of a project: what makes a stored plan page stale.
            data.Add(provider, "version");
            // A change to a project row alone, behind EF's back.
            data.Add(provider, "row");
        }
        return data;
    }

    [Theory, MemberData(nameof(Writes))]
    public async Task Stamp_changes_when_another_connection_commits(DatabaseProvider provider, string write)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        int id;
        await using (var db = database.NewContext())
        {
            id = (await db.AddProjectAsync(TestPlans.Summary("Ennen muutosta", null, null, null), "test")).Id;
        }
        using var changes = new DatabaseChanges(database.Settings);
        var before = await changes.StampAsync();

        switch (write)
        {
            case "project":
                await using (var db = database.NewContext())
                {
                    await db.AddProjectAsync(TestPlans.Summary("Toinen hanke", null, null, null), "test");
                }
                break;
            case "version":
                await using (var db = database.NewContext())
                {
                    Assert.NotNull(await db.AddVersionAsync(id, TestPlans.Summary("Muutettu nimi", null, null, null), "test"));
                }
                break;
            case "row":
                Assert.Equal(1, await database.ExecuteAsync($"UPDATE projects SET status = 'closed' WHERE id = {id}"));
                break;
        }
        var after = await changes.StampAsync();
        var again = await changes.StampAsync();

        Assert.NotNull(before);
        Assert.NotNull(after);
        Assert.NotEqual(before, after);
        Assert.Equal(after, again);
    }

    // Asking must not create an empty database where the app expects its data: the answer is "cannot
    // tell" (null), and the app reads afresh.
    [Fact]
    public async Task Sqlite_stamp_is_null_and_makes_no_file_when_the_database_is_missing()
    {
        await using var database = SqliteTestDatabase.Create();
        using var changes = new DatabaseChanges(database.Settings);

        Assert.Null(await changes.StampAsync());
        Assert.False(File.Exists(database.Settings.SqliteFile));
    }

    // After "cannot tell" the stamp connection is opened anew once the database is there; its numbers
    // start a new series, so they must not be mistaken for an earlier connection's.
    [Fact]
    public async Task Sqlite_stamp_works_once_the_database_appears()
    {
        await using var database = SqliteTestDatabase.Create();
        using var changes = new DatabaseChanges(database.Settings);
        Assert.Null(await changes.StampAsync());

        await Migrator.MigrateAsync(database.Settings);
        var first = await changes.StampAsync();
        await using (var db = database.NewContext())
        {
            await db.AddProjectAsync(TestPlans.Summary("Myöhemmin", null, null, null), "test");
        }

        Assert.NotNull(first);
        Assert.NotEqual(first, await changes.StampAsync());
    }

    [Fact]
    public async Task Postgres_stamp_is_null_when_the_server_cannot_be_reached()
    {
        // Port 1 on loopback: nothing listens there, so the connection is refused at once.
        using var changes = new DatabaseChanges(DatabaseSettings.Postgres("Host=127.0.0.1;Port=1;Database=none;Username=none;Timeout=2"));

        Assert.Null(await changes.StampAsync());
    }

    // The PostgreSQL counter belongs to one database: writes to another database on the same server
    // (another test here, another application in production) must not make this one read afresh.
    [Fact]
    public async Task Postgres_stamp_ignores_writes_to_another_database_on_the_same_server()
    {
        await using var mine = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Postgres);
        await using var other = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Postgres);
        using var changes = new DatabaseChanges(mine.Settings);
        var before = await changes.StampAsync();

        await using (var db = other.NewContext())
        {
            await db.AddProjectAsync(TestPlans.Summary("Toisen kannan hanke", null, null, null), "test");
        }

        Assert.NotNull(before);
        Assert.Equal(before, await changes.StampAsync());
    }

    // Before the migration there is no counter to read: "cannot tell", not an error.
    [Fact]
    public async Task Postgres_stamp_is_null_before_the_database_is_migrated()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        using var changes = new DatabaseChanges(database.Settings);

        Assert.Null(await changes.StampAsync());
    }
}
