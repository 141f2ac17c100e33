using Hankevahti.Checks;
using Hankevahti.Checks.Rules.Codes;
using Hankevahti.Plans;
using Hankevahti.Tests.Checks.Support;
using static Hankevahti.Tests.Checks.Codes.MadePlans;

namespace Hankevahti.Tests.Checks.Codes;

public class DuplicateWorkCodeRuleTests
{
    public static TheoryData<string, List<WorkPart>, string> Duplicates() => new()
    {
        // Two parts of the same kind with one code: budget lines naming it are ambiguous.
        { "part", [Part("1", "Valmistelu"), Part("1", "Johtaminen")], "1" },
        // Two actions of one part with one code.
        { "sibling actions", [Part("1", "Valmistelu", Action("A", "Aloitus"), Action("A", "Lopetus"))], "A" },
        // A dotted code carries its part; the same one in two parts is a copy error.
        { "dotted actions", [Part("1", "Valmistelu", Action("1.1", "Aloitus")), Part("2", "Johtaminen", Action("1.1", "Lopetus"))], "1.1" },
    };

    [Theory]
    [MemberData(nameof(Duplicates))]
    public void A_duplicate_code_is_found(string what, List<WorkPart> work, string code)
    {
        var finding = Assert.Single(CheckRun.Rule<DuplicateWorkCodeRule>(With(work)));
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Equal(code, finding.Place.Quote);
        Assert.Contains("2", finding.Message.Fi);
        Assert.True(finding.Place.Path.EndsWith(".code", StringComparison.Ordinal), what);
    }

    public static TheoryData<string, List<WorkPart>> Distinct() => new()
    {
        // Plans that number afresh in each part ("A", "B" under every part) do so legitimately.
        { "plain codes in two parts", [Part("1", "Valmistelu", Action("A", "Aloitus")), Part("2", "Johtaminen", Action("A", "Aloitus"))] },
        // A pillar 3 and an investment 3 are different things (RRF plans).
        { "kinds", [new WorkPart { Code = "3", Kind = WorkPartKind.Pillar, Title = "Pilari" }, new WorkPart { Code = "4", Kind = WorkPartKind.Pillar, Title = "Pilari", Children = [new WorkPart { Code = "3", Kind = WorkPartKind.Investment, Title = "Investointi" }] }] },
        // Empty codes are not codes.
        { "empty", [Part("", "Valmistelu"), Part("", "Johtaminen")] },
    };

    [Theory]
    [MemberData(nameof(Distinct))]
    public void Codes_that_may_repeat_are_not_found(string what, List<WorkPart> work)
    {
        var findings = CheckRun.Rule<DuplicateWorkCodeRule>(With(work));
        Assert.True(findings.Count == 0, what + ": " + CheckRun.Describe(findings));
    }
}
