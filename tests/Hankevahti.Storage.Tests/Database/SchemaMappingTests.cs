using Hankevahti.Storage.Database;
using Hankevahti.Storage.Findings;
using Hankevahti.Storage.Projects;
using Hankevahti.Storage.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Storage.Tests.Database;

/// <summary>
/// The schema is written by hand in two SQL dialects and the EF mapping separately (decision 0002);
/// nothing but these tests notices when the three drift apart.
/// </summary>
public class SchemaMappingTests
{
    // A microsecond-precise UTC instant: PostgreSQL keeps microseconds and accepts only offset 0.
    private static readonly DateTimeOffset Created = new DateTimeOffset(2026, 3, 14, 15, 9, 26, TimeSpan.Zero).AddTicks(5_358_970);
    private static readonly DateTimeOffset Updated = new DateTimeOffset(2027, 12, 31, 23, 59, 59, TimeSpan.Zero).AddTicks(9_999_990);

    [Theory, BothProviders]
    public async Task Every_mapped_column_exists_with_the_same_nullability_and_no_column_is_unmapped(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.NewContext();

        var entityTypes = db.Model.GetEntityTypes().ToList();
        Assert.Superset(new HashSet<string?> { "projects", "plan_versions" }, entityTypes.Select(e => e.GetTableName()).ToHashSet());
        foreach (var entity in entityTypes)
        {
            var table = entity.GetTableName()!;
            var storeObject = Microsoft.EntityFrameworkCore.Metadata.StoreObjectIdentifier.Table(table, entity.GetSchema());
            var mapped = entity.GetProperties()
                .Select(p => new SchemaColumn(p.GetColumnName(storeObject)!, !p.IsColumnNullable(storeObject)))
                .OrderBy(c => c.Name, StringComparer.Ordinal)
                .ToList();
            var actual = (await database.ColumnsAsync(table)).OrderBy(c => c.Name, StringComparer.Ordinal).ToList();

            Assert.NotEmpty(actual);
            Assert.Equal(mapped, actual);
        }
    }

    // Every entity the model knows, not a hand-kept list: a new DbSet is covered the day it is added.
    // A column EF maps but the script lacks fails here with "no such column" / "column does not exist".
    [Theory, BothProviders]
    public async Task Every_entity_type_can_be_queried_on_the_migrated_schema(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using (var db = database.NewContext())
        {
            var project = await db.AddProjectAsync(TestPlans.Rich(), "test");
            await db.DismissFindingAsync(project.Id, "0123456789abcdef0123456789abcdef", "HV-TEST-001", "Ei virhe.", 1);
        }

        await using (var context = database.NewContext())
        {
            var set = typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!;
            foreach (var entity in context.Model.GetEntityTypes())
            {
                var query = (IQueryable<object>)set.MakeGenericMethod(entity.ClrType).Invoke(context, null)!;
                var rows = await query.AsNoTracking().ToListAsync();
                // The query tables hold a row per item of the rich plan (several regions, parts, lines); the rest one row each.
                if (entity.GetTableName()!.StartsWith("plan_", StringComparison.Ordinal) && entity.GetTableName() != "plan_versions")
                {
                    Assert.NotEmpty(rows);
                }
                else if (entity.GetTableName() is "projects" or "plan_versions" or "finding_dismissals")
                {
                    Assert.Single(rows);
                }
                // The people and audit tables are empty here: querying them is the test (PeopleStoreTests fill them).
            }
            Assert.Single(Assert.Single(await context.Projects.Include(p => p.Versions).ToListAsync()).Versions);
        }
    }

    [Theory, BothProviders]
    public async Task A_row_with_every_column_set_reads_back_equal_in_a_new_context(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        int projectId;
        await using (var db = database.NewContext())
        {
            var project = new ProjectRow
            {
                Name = "Åländsk \"test\"",
                ShortName = "ÅT",
                Programme = "Hyvän työn ohjelma",
                PeriodStart = new DateOnly(2026, 2, 28),
                PeriodEnd = new DateOnly(2028, 2, 29),
                Status = "approved",
                Regions = "Åland\nPohjola – ä",
                CaseNumber = "VN/12/2026",
                CreatedAt = Created,
                UpdatedAt = Updated,
            };
            project.Versions.Add(new PlanVersionRow { Number = 7, SavedAt = Updated, Origin = "import", Note = "Rivi 1\nRivi 2 – ä", PlanJson = "{\n  \"x\": \"ö\"\n}\n" });
            db.Projects.Add(project);
            await db.SaveChangesAsync();
            projectId = project.Id;
        }

        await using (var db = database.NewContext())
        {
            var project = await db.Projects.Include(p => p.Versions).SingleAsync();
            Assert.Equal(projectId, project.Id);
            Assert.Equal("Åländsk \"test\"", project.Name);
            Assert.Equal("ÅT", project.ShortName);
            Assert.Equal("Hyvän työn ohjelma", project.Programme);
            Assert.Equal(new DateOnly(2026, 2, 28), project.PeriodStart);
            Assert.Equal(new DateOnly(2028, 2, 29), project.PeriodEnd);
            Assert.Equal("approved", project.Status);
            Assert.Equal("Åland\nPohjola – ä", project.Regions);
            Assert.Equal("VN/12/2026", project.CaseNumber);
            // Equal ticks and offset, not just the same instant: the value must survive unchanged.
            Assert.Equal(Created.UtcTicks, project.CreatedAt.UtcTicks);
            Assert.Equal(TimeSpan.Zero, project.CreatedAt.Offset);
            Assert.Equal(Updated.UtcTicks, project.UpdatedAt.UtcTicks);

            var version = Assert.Single(project.Versions);
            Assert.True(version.Id > 0);
            Assert.Equal(projectId, version.ProjectId);
            Assert.Equal(7, version.Number);
            Assert.Equal(Updated.UtcTicks, version.SavedAt.UtcTicks);
            Assert.Equal("import", version.Origin);
            Assert.Equal("Rivi 1\nRivi 2 – ä", version.Note);
            Assert.Equal("{\n  \"x\": \"ö\"\n}\n", version.PlanJson);
        }

        // Dates are stored as dates (ISO text on SQLite), so that SQL compares and sorts them by time.
        var stored = (await database.QueryAsync("SELECT CAST(period_start AS TEXT), CAST(period_end AS TEXT) FROM projects")).Single();
        Assert.Equal(["2026-02-28", "2028-02-29"], stored);
    }

    [Theory, BothProviders]
    public async Task Nullable_columns_read_back_as_null(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using (var db = database.NewContext())
        {
            db.Projects.Add(new ProjectRow { Name = "Tyhjä", CreatedAt = Created, UpdatedAt = Created, Versions = [new PlanVersionRow { Number = 1, SavedAt = Created, Origin = "api", PlanJson = "{}" }] });
            await db.SaveChangesAsync();
        }

        await using (var db = database.NewContext())
        {
            var project = await db.Projects.Include(p => p.Versions).SingleAsync();
            Assert.Null(project.ShortName);
            Assert.Null(project.Programme);
            Assert.Null(project.PeriodStart);
            Assert.Null(project.PeriodEnd);
            Assert.Null(project.Status);
            Assert.Null(project.Regions);
            Assert.Null(project.CaseNumber);
            Assert.Null(Assert.Single(project.Versions).Note);
        }
    }

    // The unique (project_id, number) index is what turns two concurrent saves into an error
    // instead of two "version 2"s, one of which would later be hidden.
    [Theory, BothProviders]
    public async Task A_second_version_with_the_same_number_is_rejected(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        int projectId;
        await using (var db = database.NewContext())
        {
            projectId = (await db.AddProjectAsync(TestPlans.Summary("Yksi", null, null, null), "test")).Id;
        }

        await using (var db = database.NewContext())
        {
            db.PlanVersions.Add(new PlanVersionRow { ProjectId = projectId, Number = 1, SavedAt = Created, Origin = "test", PlanJson = "{}" });
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        Assert.Equal(1, await database.CountAsync("SELECT count(*) FROM plan_versions"));
    }

    // Versions without their project would show up as "latest" of nothing, and a deleted project's
    // versions would linger; only the scripts' REFERENCES … ON DELETE CASCADE (with foreign keys
    // enforced on SQLite connections) prevent both, so a script edit that drops them must fail here.
    [Theory, BothProviders]
    public async Task Foreign_key_rejects_orphan_versions_and_deleting_a_project_deletes_its_versions(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        int keptId;
        int deletedId;
        await using (var db = database.NewContext())
        {
            keptId = (await db.AddProjectAsync(TestPlans.Summary("Jää", null, null, null), "test")).Id;
            deletedId = (await db.AddProjectAsync(TestPlans.Summary("Poistuu", null, null, null), "test")).Id;
            await db.AddVersionAsync(deletedId, TestPlans.Summary("Poistuu 2", null, null, null), "test");
        }

        await using (var db = database.NewContext())
        {
            db.PlanVersions.Add(new PlanVersionRow { ProjectId = deletedId + keptId + 1000, Number = 1, SavedAt = Created, Origin = "test", PlanJson = "{}" });
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        // Deleted in SQL, not through EF, so that only the database's ON DELETE CASCADE can remove the versions.
        await database.ExecuteAsync($"DELETE FROM projects WHERE id = {deletedId}");

        Assert.Equal(0, await database.CountAsync($"SELECT count(*) FROM plan_versions WHERE project_id = {deletedId}"));
        Assert.Equal(1, await database.CountAsync($"SELECT count(*) FROM plan_versions WHERE project_id = {keptId}"));
    }
}
