using System.Text;
using Hankevahti.Json;
using Hankevahti.Plans;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Projects;
using Hankevahti.Storage.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Storage.Tests.Projects;

/// <summary>
/// A saved version is the plan, byte for byte (decision 0003): anything the database changes on the
/// way (encoding, trailing zeros, line ends, length limits, key order) breaks comparison of versions.
/// </summary>
public class PlanRoundTripTests
{
    public static TheoryData<DatabaseProvider, string> PlansOnProviders()
    {
        var data = new TheoryData<DatabaseProvider, string>();
        foreach (var provider in Enum.GetValues<DatabaseProvider>())
        {
            foreach (var name in SamplePlans.Names)
            {
                data.Add(provider, name);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(PlansOnProviders))]
    public async Task Stored_plan_reloads_in_a_new_context_as_identical_canonical_json(DatabaseProvider provider, string planName)
    {
        var plan = SamplePlans.Get(planName);
        var json = PlanJson.Serialize(plan);
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        int projectId;
        await using (var db = database.NewContext())
        {
            projectId = (await db.AddProjectAsync(plan, "test")).Id;
        }

        StoredPlan? stored;
        await using (var db = database.NewContext())
        {
            stored = await db.LatestPlanAsync(projectId);
        }

        Assert.NotNull(stored);
        Assert.Null(stored.Error);
        Assert.NotNull(stored.Plan);
        Assert.Equal(json, stored.Version.PlanJson);
        var reloaded = PlanJson.Serialize(stored.Plan);
        Assert.Equal(Encoding.UTF8.GetBytes(json), Encoding.UTF8.GetBytes(reloaded));
    }

    // Guards the round-trip test itself: if the values that storage could spoil were escaped or
    // missing, an identical result would prove nothing about the database.
    [Fact]
    public void Rich_plan_json_holds_the_values_storage_could_spoil()
    {
        var json = PlanJson.Serialize(TestPlans.Rich());

        Assert.Contains("Ääpälä", json);
        Assert.Contains("Åkerö", json);
        Assert.Contains("1234.50", json);
        Assert.Contains("250000.00", json);
        Assert.Contains("\\\"Arjen tuki\\\"", json);
        Assert.Contains("\\n", json);
        Assert.Contains("\"2026-02-28\"", json);
        // Past 64 KiB, a common limit of text types and of drivers' inline parameter buffers.
        Assert.True(json.Length > 65_536, $"the rich plan's JSON is only {json.Length} characters");
    }

    [Theory, BothProviders]
    public async Task Stored_json_is_the_canonical_form_even_in_raw_sql(DatabaseProvider provider)
    {
        var plan = TestPlans.Rich();
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using (var db = database.NewContext())
        {
            await db.AddProjectAsync(plan, "import", "Tuotu: \"suunnitelma.docx\"");
        }

        // Read outside EF: another tool (psql, sqlite3, a backup) sees the same text.
        var row = (await database.QueryAsync("SELECT plan_json, origin, note, number FROM plan_versions")).Single();

        Assert.Equal(PlanJson.Serialize(plan), row[0]);
        Assert.Equal("import", row[1]);
        Assert.Equal("Tuotu: \"suunnitelma.docx\"", row[2]);
        Assert.Equal(1L, Convert.ToInt64(row[3]));
    }

    // A stored version whose JSON a later model cannot read must surface as an error, not a crash or a blank plan.
    [Theory, BothProviders]
    public async Task Unreadable_stored_json_is_reported_with_project_and_version(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        int projectId;
        await using (var db = database.NewContext())
        {
            projectId = (await db.AddProjectAsync(TestPlans.Summary("Vanha", null, null, null), "test")).Id;
        }
        await database.ExecuteAsync("UPDATE plan_versions SET plan_json = '{\"tuntematon\": 1}'");

        await using (var db = database.NewContext())
        {
            var stored = await db.LatestPlanAsync(projectId);

            Assert.NotNull(stored);
            Assert.Null(stored.Plan);
            Assert.NotNull(stored.Error);
            Assert.Contains($"project {projectId} version 1", stored.Error);
            Assert.Equal(1, await db.PlanVersions.CountAsync());
        }
    }

    [Theory, BothProviders]
    public async Task Missing_project_has_no_latest_plan(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.NewContext();
        var existing = await db.AddProjectAsync(TestPlans.Summary("Olemassa", null, null, null), "test");

        Assert.Null(await db.LatestPlanAsync(existing.Id + 1));
        Assert.Null(await db.LatestVersionAsync(existing.Id + 1));
    }
}
