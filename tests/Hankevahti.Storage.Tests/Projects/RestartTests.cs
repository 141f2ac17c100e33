using Hankevahti.Json;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Projects;
using Hankevahti.Storage.Tests.Fixtures;

namespace Hankevahti.Storage.Tests.Projects;

public class RestartTests
{
    // What the web app saved must be there after it stops and starts again (new settings object,
    // migration at start-up, no connection or context carried over), and saving must go on from it.
    [Theory, BothProviders]
    public async Task Data_survives_a_restart_and_numbering_continues(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var plan = TestPlans.Rich();
        int projectId;
        await using (var db = database.NewContext())
        {
            projectId = (await db.AddProjectAsync(plan, "import")).Id;
        }
        database.ForgetConnections();

        var restarted = new DatabaseSettings(database.Settings.Provider, database.Settings.ConnectionString, database.Settings.SqliteFile);
        Assert.Empty(await Migrator.MigrateAsync(restarted));

        await using (var db = HankevahtiDb.Create(restarted))
        {
            var stored = await db.LatestPlanAsync(projectId);
            Assert.NotNull(stored?.Plan);
            Assert.Equal(PlanJson.Serialize(plan), PlanJson.Serialize(stored.Plan));

            var next = await db.AddVersionAsync(projectId, TestPlans.Summary("Jatko", null, null, null), "edit");
            Assert.Equal(2, next!.Number);
        }
        database.ForgetConnections();

        await using (var db = HankevahtiDb.Create(restarted))
        {
            Assert.Equal(2, (await db.LatestVersionAsync(projectId))!.Number);
            // The identity or AUTOINCREMENT sequence must not hand out a used id after a restart.
            var another = await db.AddProjectAsync(TestPlans.Summary("Toinen", null, null, null), "test");
            Assert.NotEqual(projectId, another.Id);
        }
    }
}
