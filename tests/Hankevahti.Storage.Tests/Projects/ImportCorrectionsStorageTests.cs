using Hankevahti.Import.Corrections;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Projects;
using Hankevahti.Storage.Tests.Fixtures;

namespace Hankevahti.Storage.Tests.Projects;

/// <summary>The corrections of an import are kept with the version and found again by the document's file name.</summary>
public class ImportCorrectionsStorageTests
{
    private static ImportCorrections Budget(string title) => new ImportCorrections { Title = title }.WithTable(new TableKey(2, "1a2b3c4d"), new TableCorrection
    {
        Treat = TableKinds.Budget,
        Columns = new Dictionary<int, string> { [0] = ColumnRoles.Label, [1] = ColumnRoles.Amount },
    });

    [Theory, BothProviders]
    public async Task Corrections_saved_with_an_import_are_found_by_the_file_name(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        int projectId;
        await using (var db = database.NewContext())
        {
            var project = await db.AddProjectAsync(TestPlans.Rich(), "import", "kahvila.txt", new ImportSource("kahvila.txt", Budget("Kahvila")));
            projectId = project.Id;
            // A version saved otherwise (an edit) has no source and does not hide the import's corrections.
            await db.AddVersionAsync(projectId, TestPlans.Rich(), "edit");
        }
        await using (var db = database.NewContext())
        {
            var found = await db.PreviousCorrectionsAsync("kahvila.txt");
            Assert.NotNull(found);
            Assert.Equal(projectId, found.ProjectId);
            Assert.Equal(1, found.VersionNumber);
            Assert.Equal("Kahvila", found.Corrections.Title);
            var table = Assert.Single(found.Corrections.Tables);
            Assert.Equal("2:1a2b3c4d", table.Table);
            Assert.Equal(ColumnRoles.Amount, table.Columns[1]);
            // Another file's name, or another project, finds nothing.
            Assert.Null(await db.PreviousCorrectionsAsync("muu.txt"));
            Assert.Null(await db.PreviousCorrectionsAsync("kahvila.txt", projectId + 1000));
            Assert.NotNull(await db.PreviousCorrectionsAsync("kahvila.txt", projectId));
        }
        await using (var db = database.NewContext())
        {
            // The next import of the file, saved as a version with other corrections: those are the newest.
            var version = await db.AddVersionAsync(projectId, TestPlans.Rich(), "import", null, new ImportSource("kahvila.txt", Budget("Kahvila 2")));
            Assert.Equal(3, version!.Number);
            Assert.Equal("kahvila.txt", version.SourceFile);
        }
        await using (var db = database.NewContext())
        {
            var found = await db.PreviousCorrectionsAsync("kahvila.txt");
            Assert.Equal(3, found!.VersionNumber);
            Assert.Equal("Kahvila 2", found.Corrections.Title);
            // An import saved without corrections: the user took them away, so none are offered again.
            await db.AddVersionAsync(projectId, TestPlans.Rich(), "import", null, new ImportSource("kahvila.txt", null));
        }
        await using (var db = database.NewContext())
        {
            Assert.Null(await db.PreviousCorrectionsAsync("kahvila.txt"));
            var latest = await db.LatestVersionAsync(projectId);
            Assert.Equal("kahvila.txt", latest!.SourceFile);
            Assert.Null(latest.ImportCorrections);
        }
    }
}
