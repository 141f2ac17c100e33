using System.Text.RegularExpressions;
using Hankevahti.Import;
using Hankevahti.Plans;
using Hankevahti.Tests.Metamorphic;
using Hankevahti.Tests.Support;

namespace Hankevahti.Tests.Import;

/// <summary>
/// Every import note has a stable code, and every code is explained in docs/import-notes.md: a user who sees a
/// note, or a script that acts on one, can look it up. Measured on the real plans in every format variant,
/// because notes come from the readers of each format as well as from the recognisers.
/// </summary>
public partial class ImportNoteCodeTests
{
    private static string Doc => RepoFiles.ReadText("docs", "import-notes.md");

    [Fact]
    public void Every_code_is_documented_and_every_documented_code_exists()
    {
        var documented = DocumentedCode().Matches(Doc).Select(m => m.Groups["code"].Value).ToHashSet();

        var undocumented = ImportNoteCodes.All.Except(documented).ToList();
        Assert.True(undocumented.Count == 0, "docs/import-notes.md lacks: " + string.Join(", ", undocumented));
        // A code in the docs that the program no longer has would send a reader looking for nothing.
        var stale = documented.Except(ImportNoteCodes.All).ToList();
        Assert.True(stale.Count == 0, "docs/import-notes.md lists codes the program does not have: " + string.Join(", ", stale));
    }

    [Fact]
    public void Codes_are_unique_and_well_formed()
    {
        Assert.Equal(ImportNoteCodes.All.Count, ImportNoteCodes.All.Distinct().Count());
        Assert.All(ImportNoteCodes.All, c => Assert.Matches("^import(\\.[a-z][A-Za-z0-9]*)+$", c));
    }

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var seed in Seeds.All)
        {
            data.Add(seed, "original");
            foreach (var variant in FormatVariants.Names)
            {
                data.Add(seed, variant);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_note_of_a_real_plan_has_a_known_code(string seed, string variant)
    {
        var file = variant == "original" ? Seeds.Path(seed) : FormatVariants.File(seed, variant);
        var result = PlanImporter.ImportFile(file);
        Assert.True(result.Succeeded, $"{file}: {result.Error}");

        var without = result.Plan!.Import!.Notes.Where(n => n.Code is null || !ImportNoteCodes.All.Contains(n.Code)).ToList();

        Assert.True(without.Count == 0, $"{seed} as {variant}: notes without a known code:\n" + string.Join("\n", without.Select(n => $"  [{n.Code ?? "no code"}] {n.Message}")));
    }

    [GeneratedRegex(@"^\| `(?<code>import\.[A-Za-z0-9.]+)` \|", RegexOptions.Multiline)]
    private static partial Regex DocumentedCode();
}
