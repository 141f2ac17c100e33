using System.Text.Json.Nodes;
using Hankevahti.Json;
using Hankevahti.Plans;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Projects;
using Hankevahti.Storage.Tests.Fixtures;
using Hankevahti.Versions;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Storage.Tests.Projects;

/// <summary>
/// Items keep their ids through stored versions (docs/plan-json.md, "Identities"): migration 0006 gives
/// ids to versions stored before them, and edits, moves and reorders saved as new versions keep them.
/// </summary>
public class PlanIdTests
{
    [Theory]
    [BothProviders]
    public async Task Migration_gives_every_stored_version_ids_and_an_item_keeps_its_id_through_the_history(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var first = PlanIds.Fill(Hankevahti.Demo.DemoPlan.Load());
        // Version 2: the first risk renamed in the web, the last risk removed, a new one added at the front.
        var second = PlanIds.Copy(first);
        second.Risks[0] = second.Risks[0] with { Title = second.Risks[0].Title + " (tarkennettu)" };
        second.Risks.RemoveAt(second.Risks.Count - 1);
        second.Risks.Insert(0, new Risk { Title = "Kokonaan uusi riski tietojärjestelmän käyttöönotosta" });
        // Back to before 0006: the versions as schema 1 wrote them, without ids.
        await database.ExecuteAsync("DELETE FROM schema_migrations WHERE id = '0006_plan_ids';");
        var at = provider == DatabaseProvider.Postgres ? "'2026-01-02 03:04:05+00'" : "'2026-01-02 03:04:05+00:00'";
        await database.ExecuteAsync($"INSERT INTO projects (name, created_at, updated_at) VALUES ('Vanha', {at}, {at});");
        var number = 0;
        foreach (var plan in new[] { first, second })
        {
            number++;
            var json = SchemaOne(plan).Replace("'", "''");
            await database.ExecuteAsync($"INSERT INTO plan_versions (project_id, number, saved_at, origin, plan_json) SELECT id, {number}, {at}, 'edit', '{json}' FROM projects;");
        }
        database.ForgetConnections();

        Assert.Equal(["0006_plan_ids"], await Migrator.MigrateAsync(database.Settings));

        await using var db = database.NewContext();
        var stored = await db.PlanVersions.AsNoTracking().OrderBy(v => v.Number).Select(v => v.PlanJson).ToListAsync();
        var plans = stored.Select(j => JsonNode.Parse(j)!).ToList();
        foreach (var node in plans)
        {
            Assert.Equal(2, (int)node["schemaVersion"]!);
            // Every item of every identified list has an id of its own, written in the stored JSON itself.
            var read = PlanJson.Deserialize(node.ToJsonString()).Plan!;
            var ids = PlanItems.Lists(read).SelectMany(l => Enumerable.Range(0, l.Count).Select(l.IdAt)).ToList();
            Assert.NotEmpty(ids);
            Assert.All(ids, id => Assert.False(string.IsNullOrEmpty(id)));
            Assert.Equal(ids.Count, ids.Distinct().Count());
        }
        var v1 = PlanJson.Deserialize(stored[0]).Plan!;
        var v2 = PlanJson.Deserialize(stored[1]).Plan!;
        // The renamed risk is the same risk; the kept ones too; the new one has an id no version had before.
        Assert.Equal(v1.Risks[0].Id, v2.Risks[1].Id);
        Assert.Equal(v1.Risks.Skip(1).Take(v1.Risks.Count - 2).Select(r => r.Id), v2.Risks.Skip(2).Select(r => r.Id));
        Assert.DoesNotContain(v2.Risks[0].Id, PlanIds.All(v1));
        // Everything else is unchanged between the versions, and keeps its id.
        Assert.Equal(IdsBesidesRisks(v1), IdsBesidesRisks(v2));
        // A stored version reads and writes back byte for byte after the migration.
        Assert.All(stored, json => Assert.Equal(json, PlanJson.Serialize(PlanJson.Deserialize(json).Plan!)));
    }

    [Theory]
    [BothProviders]
    public async Task An_edit_a_move_and_a_reorder_keep_every_items_id(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        int projectId;
        await using (var db = database.NewContext())
        {
            projectId = (await db.AddProjectAsync(Hankevahti.Demo.DemoPlan.Load(), "test")).Id;
        }
        var before = await LatestAsync(database, projectId);
        Assert.True(before.Work.Count >= 2 && before.Work[1].Actions.Count > 0 && before.Risks.Count >= 2, "the demo plan needs two parts, an action in the second and two risks for this test");

        var changed = PlanIds.Copy(before);
        // Edit: a risk's title, as the risk form does (the record with its new values).
        changed.Risks[0] = changed.Risks[0] with { Title = "Muutettu otsikko" };
        // Move: the second part's first action under the first part.
        var moved = changed.Work[1].Actions[0];
        changed.Work[1].Actions.RemoveAt(0);
        changed.Work[0].Actions.Add(moved);
        // Reorder: the risks backwards.
        changed.Risks.Reverse();
        await using (var db = database.NewContext())
        {
            var saved = await db.AddVersionOnAsync(projectId, 1, changed, "edit");
            Assert.Equal(VersionSaveOutcome.Saved, saved.Outcome);
        }
        var after = await LatestAsync(database, projectId);

        Assert.Equal(PlanIds.All(before).Order(), PlanIds.All(after).Order());
        Assert.Equal("Muutettu otsikko", after.Risks.Single(r => r.Id == before.Risks[0].Id).Title);
        Assert.Contains(after.Work[0].Actions, a => a.Id == moved.Id);
        Assert.Equal(before.Risks.Select(r => r.Id).Reverse(), after.Risks.Select(r => r.Id));
    }

    private static async Task<Plan> LatestAsync(TestDatabase database, int projectId)
    {
        await using var db = database.NewContext();
        var stored = await db.LatestPlanAsync(projectId);
        return stored!.Plan!;
    }

    private static List<string> IdsBesidesRisks(Plan plan) =>
        PlanItems.Lists(plan).Where(l => l.Kind != "risk").SelectMany(l => Enumerable.Range(0, l.Count).Select(l.IdAt)).ToList();

    // Schema 1 had ids on goals and indicators only.
    private static string SchemaOne(Plan plan)
    {
        var node = JsonNode.Parse(JsonSerializerPlain(plan))!.AsObject();
        node["schemaVersion"] = 1;
        Strip(node, keep: false);
        return node.ToJsonString(PlanJson.Options);
    }

    private static string JsonSerializerPlain(Plan plan) => System.Text.Json.JsonSerializer.Serialize(plan, PlanJson.Options);

    private static void Strip(JsonNode? node, bool keep)
    {
        switch (node)
        {
            case JsonObject o:
                if (!keep)
                {
                    o.Remove("id");
                }
                foreach (var (name, child) in o.ToList())
                {
                    Strip(child, name is "goals" or "indicators");
                }
                break;
            case JsonArray a:
                foreach (var item in a)
                {
                    Strip(item, keep);
                }
                break;
        }
    }
}
