using System.Text;
using Hankevahti.Import;
using Hankevahti.Plans;
using Hankevahti.Reading.Text;

namespace Hankevahti.Tests.Import.Overview;

/// <summary>
/// A plan whose title page gives no name still needs one to be told apart in the project list: the
/// file's name stands in, and a note with a stable code says so.
/// </summary>
public class NameFromFileTests
{
    private const string NoTitle = "1 Hankkeen tarve\n\nTarve on suuri.\n\n2 Tavoitteet\n\nTavoite.\n";

    private static ImportResult Import(string text, string file) =>
        PlanImporter.Import(PlanTextReader.Read(Encoding.UTF8.GetBytes(text), file), file);

    [Theory]
    // The plain case: the extension goes.
    [InlineData("kotihoito.txt", "kotihoito")]
    // Underscores are how file names say spaces.
    [InlineData("hankesuunnitelma_2026_Pohjanmaa.md", "hankesuunnitelma 2026 Pohjanmaa")]
    // Only the last extension is the file type; the dots and hyphens before it are the name's own.
    [InlineData("TP-3.1_v2.0.txt", "TP-3.1 v2.0")]
    public void Without_a_title_the_files_name_is_the_projects_with_a_note(string file, string expected)
    {
        var result = Import(NoTitle, file);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(expected, result.Plan!.Project.Name);
        var note = Assert.Single(result.Plan.Import!.Notes, n => n.Code == ImportNoteCodes.NameFromFile);
        Assert.Equal(NoteSeverity.Warning, note.Severity);
        Assert.Contains(file, note.Message);
        Assert.Contains($"\"{expected}\"", note.Message);
    }

    // A title found on the title page is the name; the file's name plays no part and nothing is noted.
    [Fact]
    public void A_title_on_the_title_page_wins_and_nothing_is_noted()
    {
        var result = Import("Kotona asumisen tuki Hankesuunnitelma\n" + NoTitle, "muu_nimi.txt");

        Assert.Equal("Kotona asumisen tuki", result.Plan!.Project.Name);
        Assert.DoesNotContain(result.Plan.Import!.Notes, n => n.Code == ImportNoteCodes.NameFromFile);
    }

    // Two of the real plans have a title page; 004 starts at "1 Hankkeen tarve" and has none, so its
    // file's name stands in, with the note.
    [Theory]
    [InlineData("000_0bb973af9e40569f.txt", false)]
    [InlineData("001_6d6c3ec0957ecc99.txt", false)]
    [InlineData("004_fa70939ff779b7af.txt", true)]
    public void A_seed_plan_is_named_after_its_file_only_without_a_title(string seed, bool fromFile)
    {
        var plan = SeedImports.Plan(seed);

        Assert.Equal(fromFile, plan.Import!.Notes.Any(n => n.Code == ImportNoteCodes.NameFromFile));
        Assert.Equal(fromFile, plan.Project.Name == Path.GetFileNameWithoutExtension(seed).Replace('_', ' '));
        Assert.NotEqual("", plan.Project.Name);
    }
}
