using Hankevahti.Json;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Projects;
using Hankevahti.Storage.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Storage.Tests.Projects;

public class ProjectVersionTests
{
    [Theory, BothProviders]
    public async Task Versions_are_numbered_1_2_3_and_the_latest_is_the_newest(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var first = TestPlans.Summary("Versio yksi", null, null, null);
        var second = TestPlans.Summary("Versio kaksi", null, null, null);
        var third = TestPlans.Rich();
        int projectId;
        var numbers = new List<int>();
        // Each save in a context of its own, as separate requests would: numbering must come from the database.
        await using (var db = database.NewContext())
        {
            var project = await db.AddProjectAsync(first, "import");
            projectId = project.Id;
            numbers.Add(Assert.Single(project.Versions).Number);
        }
        await using (var db = database.NewContext())
        {
            numbers.Add((await db.AddVersionAsync(projectId, second, "edit"))!.Number);
        }
        await using (var db = database.NewContext())
        {
            numbers.Add((await db.AddVersionAsync(projectId, third, "api", "kolmas"))!.Number);
        }

        Assert.Equal([1, 2, 3], numbers);
        await using (var db = database.NewContext())
        {
            var latest = await db.LatestPlanAsync(projectId);
            Assert.NotNull(latest?.Plan);
            Assert.Equal(3, latest.Version.Number);
            Assert.Equal("api", latest.Version.Origin);
            Assert.Equal("kolmas", latest.Version.Note);
            Assert.Equal(PlanJson.Serialize(third), PlanJson.Serialize(latest.Plan));

            // Earlier versions are kept as they were: a version is never overwritten.
            var versions = await db.PlanVersions.Where(v => v.ProjectId == projectId).OrderBy(v => v.Number).ToListAsync();
            Assert.Equal([1, 2, 3], versions.Select(v => v.Number));
            Assert.Equal(PlanJson.Serialize(first), versions[0].PlanJson);
            Assert.Equal(PlanJson.Serialize(second), versions[1].PlanJson);
            Assert.True(versions[0].SavedAt <= versions[1].SavedAt && versions[1].SavedAt <= versions[2].SavedAt);
        }
    }

    // Numbering is per project: another project's versions must not push this one's numbers up.
    [Theory, BothProviders]
    public async Task Version_numbers_are_counted_per_project(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.NewContext();
        var a = await db.AddProjectAsync(TestPlans.Summary("A", null, null, null), "test");
        await db.AddVersionAsync(a.Id, TestPlans.Summary("A2", null, null, null), "test");
        await db.AddVersionAsync(a.Id, TestPlans.Summary("A3", null, null, null), "test");
        var b = await db.AddProjectAsync(TestPlans.Summary("B", null, null, null), "test");
        var b1 = Assert.Single(b.Versions).Number;

        var b2 = await db.AddVersionAsync(b.Id, TestPlans.Summary("B2", null, null, null), "test");

        Assert.Equal(1, b1);
        Assert.Equal(2, b2!.Number);
        Assert.Equal(b.Id, b2.ProjectId);
    }

    // A stale link or a deleted project must not create a version without a project (or a project by accident).
    [Theory, BothProviders]
    public async Task Adding_a_version_to_a_missing_project_returns_null_and_writes_nothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        int existingId;
        await using (var db = database.NewContext())
        {
            existingId = (await db.AddProjectAsync(TestPlans.Summary("Olemassa", "Ohjelma", null, null), "test")).Id;
        }

        await using (var db = database.NewContext())
        {
            var result = await db.AddVersionAsync(existingId + 1, TestPlans.Rich(), "edit");

            Assert.Null(result);
            Assert.Empty(db.ChangeTracker.Entries());
        }

        Assert.Equal(1, await database.CountAsync("SELECT count(*) FROM projects"));
        Assert.Equal(1, await database.CountAsync("SELECT count(*) FROM plan_versions"));
        await using (var db = database.NewContext())
        {
            var project = await db.Projects.SingleAsync();
            Assert.Equal("Olemassa", project.Name);
            Assert.Equal("Ohjelma", project.Programme);
        }
    }

    // Lists show the project row without parsing JSON, so it must always describe the latest version,
    // including a field that a later version clears.
    [Theory, BothProviders]
    public async Task Project_row_summary_follows_the_latest_version(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        int projectId;
        DateTimeOffset createdAt;
        await using (var db = database.NewContext())
        {
            var project = await db.AddProjectAsync(
                TestPlans.Summary("Alkuperäinen nimi", "Rakenneuudistus", new DateOnly(2024, 1, 1), new DateOnly(2025, 12, 31), "AN"), "import");
            projectId = project.Id;
            createdAt = project.CreatedAt;
        }
        await AssertRow(database, projectId, "Alkuperäinen nimi", "AN", "Rakenneuudistus", new DateOnly(2024, 1, 1), new DateOnly(2025, 12, 31));

        await using (var db = database.NewContext())
        {
            await db.AddVersionAsync(projectId, TestPlans.Summary("Uusi nimi – ä", "Kestävän kasvun ohjelma", new DateOnly(2026, 9, 1), new DateOnly(2027, 12, 31), "UN"), "edit");
        }
        await AssertRow(database, projectId, "Uusi nimi – ä", "UN", "Kestävän kasvun ohjelma", new DateOnly(2026, 9, 1), new DateOnly(2027, 12, 31));

        await using (var db = database.NewContext())
        {
            await db.AddVersionAsync(projectId, TestPlans.Summary("Kolmas", null, null, null), "edit");
        }
        var row = await AssertRow(database, projectId, "Kolmas", null, null, null, null);

        Assert.Equal(createdAt, row.CreatedAt);
        Assert.True(row.UpdatedAt >= row.CreatedAt);
        await using (var db = database.NewContext())
        {
            var latest = await db.LatestVersionAsync(projectId);
            Assert.Equal(latest!.SavedAt, row.UpdatedAt);
        }
    }

    private static async Task<ProjectRow> AssertRow(TestDatabase database, int projectId, string name, string? shortName, string? programme, DateOnly? start, DateOnly? end)
    {
        await using var db = database.NewContext();
        var row = await db.Projects.AsNoTracking().SingleAsync(p => p.Id == projectId);
        Assert.Equal(name, row.Name);
        Assert.Equal(shortName, row.ShortName);
        Assert.Equal(programme, row.Programme);
        Assert.Equal(start, row.PeriodStart);
        Assert.Equal(end, row.PeriodEnd);
        return row;
    }
}
