using Hankevahti.Plans;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Projects;
using Hankevahti.Storage.Tests.Fixtures;
using Hankevahti.Versions.Merge;

namespace Hankevahti.Storage.Tests.Projects;

/// <summary>Re-imports merged with the saved plan, on both databases: the base is the document's own plan, kept beside a merged version.</summary>
public class ReimportMergeStorageTests
{
    // A document as an importer gives it: the same words give the same ids.
    private static Plan Document(string riskTitle, string? caseNumber = null) => new()
    {
        Project = new Project { Name = "Saariston etäpalvelut", CaseNumber = caseNumber },
        Risks =
        [
            new Risk { Code = "R1", Title = riskTitle },
            new Risk { Code = "R2", Title = "Lautta ei kulje talvella" },
        ],
    };

    // Two re-imports in a row: the second's base is the first's document, not its merged plan, so the web's
    // correction is still the web's (kept, no conflict) and the first document's change is not asked about again.
    [Theory, BothProviders]
    public async Task Corrections_stay_through_two_reimports(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.NewContext();
        var id = (await db.AddProjectAsync(Document("Yhteydet katkeavat"), "import")).Id;
        var v1 = (await db.LatestPlanAsync(id))!.Plan!;
        await db.AddVersionOnAsync(id, 1, v1 with { Project = v1.Project with { Name = "Saariston etäpalvelut 2027" } }, "edit");

        var first = (await db.MergeImportAsync(id, Document("Yhteydet katkeavat myrskyllä")))!;
        Assert.Empty(first.Result.Conflicts);
        var saved = await db.SaveMergeAsync(first, first.Result, "import", null, null);
        Assert.Equal(VersionSaveOutcome.Saved, saved.Outcome);
        Assert.NotNull(saved.Version!.ImportPlanJson);

        var second = (await db.MergeImportAsync(id, Document("Yhteydet katkeavat myrskyllä", "VN/9/2027")))!;
        Assert.Equal((3, 3), (second.OursVersion, second.BaseVersion));
        Assert.Empty(second.Result.Conflicts);
        await db.SaveMergeAsync(second, second.Result, "import", null, null);

        var latest = (await db.LatestPlanAsync(id))!.Plan!;
        Assert.Equal(("Saariston etäpalvelut 2027", "VN/9/2027"), (latest.Project.Name, latest.Project.CaseNumber));
        Assert.Equal(v1.Risks.Select(r => r.Id), latest.Risks.Select(r => r.Id));
        Assert.Equal("Yhteydet katkeavat myrskyllä", latest.Risks[0].Title);
    }

    // A merge saved after another version came is refused, like any save on an old version; nothing is lost.
    [Theory, BothProviders]
    public async Task A_stale_merge_is_refused(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.NewContext();
        var id = (await db.AddProjectAsync(Document("Yhteydet katkeavat"), "import")).Id;
        var merge = (await db.MergeImportAsync(id, Document("Yhteydet pätkivät")))!;
        await db.AddVersionAsync(id, Document("Yhteydet katkeavat"), "edit");

        var saved = await db.SaveMergeAsync(merge, merge.Result, "import", null, null);

        Assert.Equal(VersionSaveOutcome.Conflict, saved.Outcome);
        Assert.Equal(2, saved.Latest);
    }

    // An undecided merge cannot be saved at all.
    [Theory, BothProviders]
    public async Task An_undecided_merge_is_not_saved(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.NewContext();
        var id = (await db.AddProjectAsync(Document("Yhteydet katkeavat"), "import")).Id;
        var v1 = (await db.LatestPlanAsync(id))!.Plan!;
        v1.Risks[0] = v1.Risks[0] with { Title = "Yhteydet katkeilevat" };
        await db.AddVersionOnAsync(id, 1, v1, "edit");
        var merge = (await db.MergeImportAsync(id, Document("Yhteydet pätkivät")))!;

        Assert.Single(merge.Result.Conflicts);
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveMergeAsync(merge, merge.Result, "import", null, null));
        var decided = PlanMerge.TakeAll(merge.Result, MergeSide.Document);
        Assert.Equal(VersionSaveOutcome.Saved, (await db.SaveMergeAsync(merge, decided, "import", null, null)).Outcome);
        Assert.Equal("Yhteydet pätkivät", (await db.LatestPlanAsync(id))!.Plan!.Risks[0].Title);
    }
}
