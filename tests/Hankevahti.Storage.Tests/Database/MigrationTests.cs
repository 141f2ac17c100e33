using Hankevahti.Storage.Database;
using Hankevahti.Storage.Projects;
using Hankevahti.Storage.Tests.Fixtures;

namespace Hankevahti.Storage.Tests.Database;

public class MigrationTests
{
    private static IReadOnlyList<string> ScriptIds(DatabaseProvider provider) => Migrator.Scripts(provider).Select(s => s.Id).ToList();

    // Both dialects must ship the same numbered scripts: a change made for one provider only would
    // leave the other with a different schema than the one EF maps.
    [Fact]
    public void Both_providers_have_the_same_script_ids_starting_with_0001_initial()
    {
        var sqlite = ScriptIds(DatabaseProvider.Sqlite);
        var postgres = ScriptIds(DatabaseProvider.Postgres);

        Assert.Equal("0001_initial", sqlite.FirstOrDefault());
        Assert.Equal(sqlite, postgres);
        Assert.All(Migrator.Scripts(DatabaseProvider.Sqlite).Concat(Migrator.Scripts(DatabaseProvider.Postgres)),
            s => Assert.Matches("^[0-9a-f]{64}$", s.Checksum));
    }

    [Theory, BothProviders]
    public async Task First_start_applies_every_script_and_creates_the_tables(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var applied = await Migrator.MigrateAsync(database.Settings);

        Assert.Contains("0001_initial", applied);
        Assert.Equal(ScriptIds(provider), applied);
        Assert.Equal(ScriptIds(provider), await Migrator.AppliedIdsAsync(database.Settings));
        var tables = await database.TableNamesAsync();
        Assert.Superset(new HashSet<string> { "projects", "plan_versions", "schema_migrations" }, new HashSet<string>(tables));
    }

    // The web app and every CLI command migrate at start-up: the second start must find nothing to do
    // and must not record (or re-run) a script again.
    [Theory, BothProviders]
    public async Task Second_start_applies_no_migration_twice(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await Migrator.MigrateAsync(database.Settings);
        await using (var db = database.NewContext())
        {
            await db.AddProjectAsync(TestPlans.Summary("Ennen toista käynnistystä", null, null, null), "test");
        }
        database.ForgetConnections();

        var second = await Migrator.MigrateAsync(database.Settings);

        Assert.Empty(second);
        var ids = await Migrator.AppliedIdsAsync(database.Settings);
        Assert.Equal(ScriptIds(provider), ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(ids.Count, await database.CountAsync("SELECT count(*) FROM schema_migrations"));
        // Re-running 0001 would have failed on CREATE TABLE, or on a fresh schema lost the row.
        Assert.Equal(1, await database.CountAsync("SELECT count(*) FROM projects"));
    }

    // The web app and the CLI may start at the same moment on the same database.
    [Theory, BothProviders]
    public async Task Two_starts_at_once_on_an_empty_database_apply_each_script_exactly_once(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var results = await StartTogetherAsync(database.Settings, 2);

        Assert.Equal(ScriptIds(provider), results.SelectMany(r => r).Order(StringComparer.Ordinal));
        Assert.Equal(ScriptIds(provider).Count, await database.CountAsync("SELECT count(*) FROM schema_migrations"));
    }

    // After an upgrade that adds a script, the web app and the CLI find the same pending script at once.
    // On a fresh SQLite file the switch to WAL happens to serialise them; on an existing file nothing
    // did, and the second start failed with "table projects already exists".
    [Theory, BothProviders]
    public async Task Two_starts_at_once_with_a_pending_script_apply_it_exactly_once(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        // Several rounds, because a race that is lost only sometimes must still fail this test.
        for (var round = 0; round < 5; round++)
        {
            // Back to "schema_migrations exists, 0001_initial pending": the state after an upgrade.
            await DropAllButMigrationsAsync(database, provider);
            database.ForgetConnections();

            var results = await StartTogetherAsync(database.Settings, 2);

            Assert.Equal(ScriptIds(provider), results.SelectMany(r => r).Order(StringComparer.Ordinal));
            Assert.Equal(ScriptIds(provider).Count, await database.CountAsync("SELECT count(*) FROM schema_migrations"));
        }
    }

    // Every table and function the scripts made, found in the catalogue rather than listed by hand, so that a new
    // script's tables are dropped too; schema_migrations stays and is emptied.
    private static async Task DropAllButMigrationsAsync(TestDatabase database, DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Postgres)
        {
            await database.ExecuteAsync("""
                DO $$ DECLARE r record; BEGIN
                  FOR r IN SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename <> 'schema_migrations' LOOP
                    EXECUTE 'DROP TABLE IF EXISTS ' || quote_ident(r.tablename) || ' CASCADE';
                  END LOOP;
                  FOR r IN SELECT p.oid::regprocedure AS f FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = current_schema() LOOP
                    EXECUTE 'DROP FUNCTION ' || r.f || ' CASCADE';
                  END LOOP;
                END $$;
                DELETE FROM schema_migrations;
                """);
            return;
        }
        var tables = (await database.QueryAsync("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'schema_migrations'"))
            .Select(r => (string)r[0]!).ToList();
        Assert.Contains("projects", tables);
        await database.ExecuteAsync("PRAGMA foreign_keys = OFF; " + string.Concat(tables.Select(t => $"DROP TABLE \"{t}\"; ")) + "DELETE FROM schema_migrations;");
    }

    private static async Task<IReadOnlyList<string>[]> StartTogetherAsync(DatabaseSettings settings, int starts)
    {
        using var barrier = new Barrier(starts);
        return await Task.WhenAll(Enumerable.Range(0, starts).Select(_ => Task.Run(() =>
        {
            barrier.SignalAndWait(TimeSpan.FromSeconds(30));
            return Migrator.MigrateAsync(settings);
        })));
    }

    // Editing an applied script would leave databases migrated before and after the edit with
    // different schemas; the migrator must refuse to start and say which script it is.
    [Theory, BothProviders]
    public async Task Changed_checksum_of_an_applied_script_stops_migration_and_names_the_script(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var original = Migrator.Scripts(provider).Single(s => s.Id == "0001_initial").Checksum;
        await database.ExecuteAsync("UPDATE schema_migrations SET checksum = 'tampered' WHERE id = '0001_initial'");

        var error = await Assert.ThrowsAsync<MigrationException>(() => Migrator.MigrateAsync(database.Settings));

        Assert.Contains("0001_initial", error.Message);
        // The check must not "repair" the record: the next start has to refuse again.
        Assert.Equal("tampered", (await database.QueryAsync("SELECT checksum FROM schema_migrations WHERE id = '0001_initial'")).Single()[0]);

        // After the refusal the database is still usable (on PostgreSQL: the advisory lock was released).
        await database.ExecuteAsync($"UPDATE schema_migrations SET checksum = '{original}' WHERE id = '0001_initial'");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        Assert.Empty(await Migrator.MigrateAsync(database.Settings, timeout.Token));
    }

    // A first run with --data pointing at a folder that does not exist yet must just work.
    [Fact]
    public async Task Migrating_into_a_missing_data_folder_creates_it()
    {
        await using var database = SqliteTestDatabase.Create();
        var dataFolder = Path.Combine(database.Folder, "does", "not", "exist");
        var settings = DatabaseSettings.Sqlite(dataFolder);
        Assert.False(Directory.Exists(dataFolder));

        var applied = await Migrator.MigrateAsync(settings);

        Assert.Equal(ScriptIds(DatabaseProvider.Sqlite), applied);
        Assert.True(File.Exists(Path.Combine(dataFolder, DatabaseSettings.DatabaseFileName)));
        Assert.Equal(applied, await Migrator.AppliedIdsAsync(settings));
    }

    // WAL is what lets the CLI write while the web app reads the same file; it is a property of the file.
    [Fact]
    public async Task Sqlite_database_is_left_in_wal_mode()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);

        var mode = (await database.QueryAsync("PRAGMA journal_mode")).Single()[0];

        Assert.Equal("wal", mode);
    }
}
