using Hankevahti.Import;
using Hankevahti.Plans;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Projects;
using Hankevahti.Web.Tests.Support;

namespace Hankevahti.Web.Tests.Reimport;

/// <summary>
/// Re-import on each real plan at the storage level (the web's own path is <see cref="ReimportWebTests"/>):
/// imported, three fields corrected as the web saves them (title, period, case number),
/// then a changed copy of the document (two titles changed, one risk removed) imported as the next version:
/// the corrections stay, the document's changes and the removal come in.
/// </summary>
public sealed class ReimportSeedTests : IDisposable
{
    private readonly TempDataFolder data = new();
    private readonly string scratch = Directory.CreateTempSubdirectory("hankevahti-reimport-").FullName;

    public void Dispose()
    {
        data.Dispose();
        Directory.Delete(scratch, recursive: true);
    }

    [Theory]
    [InlineData("000_0bb973af9e40569f.txt")]
    [InlineData("001_6d6c3ec0957ecc99.txt")]
    [InlineData("004_fa70939ff779b7af.txt")]
    public async Task Corrections_stay_and_the_documents_changes_come_in(string seed)
    {
        var first = PlanImporter.ImportFile(Path.Combine(SeedFiles.Folder, seed));
        Assert.True(first.Succeeded, first.Error);
        await Migrator.MigrateAsync(data.Settings);
        await using var db = HankevahtiDb.Create(data.Settings);
        var id = (await db.AddProjectAsync(first.Plan!, "import", seed, new ImportSource(seed, null))).Id;
        var imported = (await db.LatestPlanAsync(id))!.Plan!;

        // The three corrections, saved as the web's edit saves them: a version on the one before.
        var period = new DateRange { Start = new DateOnly(2031, 2, 1), End = new DateOnly(2032, 11, 30), Text = "1.2.2031–30.11.2032" };
        var corrected = imported with { Project = imported.Project with { Name = "Korjattu hankkeen nimi", Period = period, CaseNumber = "TESTI/42/2031" } };
        Assert.Equal(VersionSaveOutcome.Saved, (await db.AddVersionOnAsync(id, 1, corrected, "edit")).Outcome);

        var changed = ChangedSeed.Make(seed, imported, scratch);
        var second = PlanImporter.ImportFile(changed.File);
        Assert.True(second.Succeeded, second.Error);
        var merge = await db.MergeImportAsync(id, second.Plan!);
        Assert.NotNull(merge);
        Assert.Empty(merge.Result.Conflicts);
        Assert.Equal((2, 1), (merge.OursVersion, merge.BaseVersion));
        var saved = await db.SaveMergeAsync(merge, merge.Result, "import", null, new ImportSource(seed, null));
        Assert.Equal(VersionSaveOutcome.Saved, saved.Outcome);

        var latest = (await db.LatestPlanAsync(id))!.Plan!;
        Assert.Equal(3, saved.Version!.Number);
        // The corrections stay.
        Assert.Equal(("Korjattu hankkeen nimi", "TESTI/42/2031"), (latest.Project.Name, latest.Project.CaseNumber));
        Assert.Equal(period, latest.Project.Period);
        // The two changes come in, in the items they were made in.
        var titles = ChangedSeed.Titles(latest).ToList();
        foreach (var (_, _, _, newTitle) in changed.Changed)
        {
            Assert.Contains(newTitle, titles);
        }
        Assert.Contains(merge.Result.Changes, c => c.Change == Hankevahti.Versions.Merge.ChangeKind.TakenFromDocument && c.Field == "title");
        // The removed risk is gone, by its id; the other risks keep theirs.
        Assert.DoesNotContain(latest.Risks, r => r.Id == changed.Removed.Id);
        Assert.Contains(merge.Result.Changes, c => c.Change == Hankevahti.Versions.Merge.ChangeKind.RemovedByDocument && c.Id == changed.Removed.Id);
        Assert.Subset(imported.Risks.Select(r => r.Id).Where(r => r != changed.Removed.Id).ToHashSet(), latest.Risks.Select(r => r.Id).ToHashSet());
        // The document's own plan is kept beside the merged one, as the base of the next re-import.
        Assert.NotNull(saved.Version.ImportPlanJson);
    }
}
