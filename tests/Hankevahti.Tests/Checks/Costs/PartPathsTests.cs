using Hankevahti.Checks;
using Hankevahti.Checks.Rules.Costs;
using Hankevahti.Checks.Profiles;
using Hankevahti.Plans;
using static Hankevahti.Tests.Checks.Costs.CostPlans;

namespace Hankevahti.Tests.Checks.Costs;

public class PartPathsTests
{
    private static readonly Plan Tree = Plan(
        [
            Pillar("3"),
            Pillar("4", Investment("1", Package("1.1")), Investment("2", Package("2.1"), Package("2.2")), Investment("4", Package("4.1"))),
            new WorkPart { Code = "TP5", Kind = WorkPartKind.WorkPackage, KindLabel = "Työpaketti", Title = "Viestintä" },
            new WorkPart { Code = "6", Kind = WorkPartKind.Part, KindLabel = "Osa-alue", Title = "Hallinnointi" },
        ],
        []);

    [Theory]
    // An RRF cost table names the part by a path of kind words and codes.
    [InlineData("Pilari 4 / Investointi 2", "2", WorkPartKind.Investment)]
    [InlineData("Pilari 4/Investointi 4", "4", WorkPartKind.Investment)]
    [InlineData("Pilari 3", "3", WorkPartKind.Pillar)]
    // Plans capitalise kind words in headings and tables alike.
    [InlineData("PILARI 4", "4", WorkPartKind.Pillar)]
    // A sentence gives a package by its code alone.
    [InlineData("4.1", "4.1", WorkPartKind.WorkPackage)]
    [InlineData("Työpaketti 2.2", "2.2", WorkPartKind.WorkPackage)]
    // Codes with letters: "TP5" both as the code and as word + number.
    [InlineData("TP5", "TP5", WorkPartKind.WorkPackage)]
    [InlineData("TP 5", "TP5", WorkPartKind.WorkPackage)]
    [InlineData("Osa-alue 6", "6", WorkPartKind.Part)]
    public void A_path_finds_its_part(string path, string code, WorkPartKind kind)
    {
        var found = PartPaths.Resolve(Context().Work, path);
        Assert.NotNull(found);
        Assert.Equal(code, found.Part.Code);
        Assert.Equal(kind, found.Part.Kind);
    }

    [Theory]
    // "4" is both pillar 4 and investment 4: a name that fits two parts fits none.
    [InlineData("4")]
    // Parts the plan does not have.
    [InlineData("Pilari 5")]
    [InlineData("Pilari 4 / Investointi 7")]
    // Investment 1 is under pillar 4, not pillar 3.
    [InlineData("Pilari 3 / Investointi 1")]
    [InlineData("")]
    [InlineData(null)]
    public void A_path_that_fits_no_single_part_finds_none(string? path) =>
        Assert.Null(PartPaths.Resolve(Context().Work, path));

    [Theory]
    // Headings write kind words in capitals; messages use sentence case.
    [InlineData("PILARI", "3", "Pilari 3")]
    [InlineData("Työpaketti", "1.4A", "Työpaketti 1.4A")]
    // A code that already carries the word is not doubled.
    [InlineData("TP", "TP2", "TP2")]
    public void Names_for_messages(string label, string code, string expected) =>
        Assert.Equal(expected, PartPaths.Name(new WorkPart { Code = code, KindLabel = label }));

    private static CheckContext Context() => new(Tree, ProfileCatalog.For(Tree));
}
