using Hankevahti.Json;
using Hankevahti.Plans;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Projects;
using Hankevahti.Storage.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Storage.Tests.Projects;

/// <summary>
/// Status, regions and case number on the project row (0002_project_filters): the project list
/// filters and searches by them without reading the plan JSON, so they must follow the latest version.
/// </summary>
public class ProjectFilterColumnsTests
{
    private static Plan With(string name, ProjectStatus status, string? caseNumber, params string[] regions) =>
        TestPlans.Summary(name, null, null, null) is var plan
            ? plan with { Project = plan.Project with { Status = status, CaseNumber = caseNumber, Regions = [.. regions] } }
            : throw new InvalidOperationException();

    [Theory, BothProviders]
    public async Task Status_regions_and_case_number_follow_the_latest_version(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        int projectId;
        await using (var db = database.NewContext())
        {
            projectId = (await db.AddProjectAsync(With("Eka", ProjectStatus.Submitted, "VN/1/2026", "Pohjola", "Etelä – ä"), "import")).Id;
        }
        await using (var db = database.NewContext())
        {
            var row = await db.Projects.AsNoTracking().SingleAsync(p => p.Id == projectId);
            Assert.Equal("submitted", row.Status);
            Assert.Equal(["Pohjola", "Etelä – ä"], row.RegionList());
            Assert.Equal("VN/1/2026", row.CaseNumber);
            // The filter compares the column in SQL: the stored text is one region per line.
            Assert.Equal(1, await db.Projects.CountAsync(p => p.Status == "submitted" && p.Regions!.Contains("Etelä – ä")));
        }

        // A later version that clears the case number and the regions must clear the columns too.
        await using (var db = database.NewContext())
        {
            await db.AddVersionAsync(projectId, With("Eka", ProjectStatus.Running, null), "edit");
        }
        await using (var db = database.NewContext())
        {
            var row = await db.Projects.AsNoTracking().SingleAsync(p => p.Id == projectId);
            Assert.Equal("running", row.Status);
            Assert.Null(row.Regions);
            Assert.Empty(row.RegionList());
            Assert.Null(row.CaseNumber);
        }
    }

    // A project saved before 0002 has no values in the new columns; the upgrade must keep the row
    // readable (as nulls) and the next save must fill them.
    [Theory, BothProviders]
    public async Task A_row_from_before_the_migration_reads_as_null_and_the_next_save_fills_it(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        // Back to the schema of 0001 with one project in it, as an installation before the upgrade had.
        await database.ExecuteAsync(
            "ALTER TABLE projects DROP COLUMN status; ALTER TABLE projects DROP COLUMN regions; ALTER TABLE projects DROP COLUMN case_number; " +
            "DELETE FROM schema_migrations WHERE id = '0002_project_filters';");
        var at = provider == DatabaseProvider.Postgres ? "'2026-01-02 03:04:05+00'" : "'2026-01-02 03:04:05+00:00'";
        var json = PlanJson.Serialize(With("Vanha", ProjectStatus.Running, "X/1", "Pohjola")).Replace("'", "''");
        await database.ExecuteAsync(
            $"INSERT INTO projects (name, created_at, updated_at) VALUES ('Vanha', {at}, {at}); " +
            $"INSERT INTO plan_versions (project_id, number, saved_at, origin, plan_json) SELECT id, 1, {at}, 'import', '{json}' FROM projects;");
        database.ForgetConnections();

        Assert.Equal(["0002_project_filters"], await Migrator.MigrateAsync(database.Settings));

        int projectId;
        await using (var db = database.NewContext())
        {
            var row = await db.Projects.AsNoTracking().SingleAsync();
            projectId = row.Id;
            Assert.Equal("Vanha", row.Name);
            Assert.Null(row.Status);
            Assert.Null(row.Regions);
            Assert.Null(row.CaseNumber);
            var latest = await db.LatestPlanAsync(projectId);
            await db.AddVersionAsync(projectId, latest!.Plan!, "edit");
        }
        await using (var db = database.NewContext())
        {
            var row = await db.Projects.AsNoTracking().SingleAsync();
            Assert.Equal("running", row.Status);
            Assert.Equal(["Pohjola"], row.RegionList());
            Assert.Equal("X/1", row.CaseNumber);
        }
    }

    [Theory]
    // The JSON's own spelling, which the column stores.
    [InlineData("running", ProjectStatus.Running)]
    // Written by hand in another case: still the same status.
    [InlineData("Cancelled", ProjectStatus.Cancelled)]
    // A row not saved since the migration.
    [InlineData(null, null)]
    // A status a later version might add: unknown, not an error.
    [InlineData("paused", null)]
    // A number would name an enum value by position, which the column never means.
    [InlineData("2", null)]
    public void Status_names_read_back_as_the_plan_status(string? stored, ProjectStatus? expected) =>
        Assert.Equal(expected, ProjectPlans.ParseStatus(stored));

    [Fact]
    public void Every_status_name_reads_back_as_itself() =>
        Assert.All(Enum.GetValues<ProjectStatus>(), s => Assert.Equal(s, ProjectPlans.ParseStatus(ProjectPlans.StatusName(s))));

    [Theory]
    // Blank names are dropped; a line break inside a name would split it, so it becomes a space.
    [InlineData(new[] { " Pohjola ", "", "Etelä\nSavo" }, "Pohjola\nEtelä Savo")]
    // No regions is NULL, not an empty string, as on rows from before the column.
    [InlineData(new string[0], null)]
    public void Regions_are_stored_one_per_line(string[] regions, string? stored)
    {
        Assert.Equal(stored, ProjectRow.JoinRegions(regions));
        Assert.Equal(regions.Select(r => r.Replace('\n', ' ').Trim()).Where(r => r.Length > 0), ProjectRow.SplitRegions(stored));
    }
}
