using Hankevahti.Checks;
using Hankevahti.Demo;
using Hankevahti.Tests.Checks.Support;
using Hankevahti.Tests.Support;

namespace Hankevahti.Tests.Checks.Codes;

/// <summary>What the code rules find in the real plans, and that they find nothing in the demo plan.</summary>
public class CodeSeedTests
{
    private static IReadOnlyList<Finding> Of(string seed, string code) => CheckRun.Seed(seed).Findings.Where(f => f.Code == code).ToList();

    [Fact]
    public void Rakenneuudistus_overview_says_five_actions_for_parts_1_and_3_but_lists_four()
    {
        var findings = Of(Seeds.Rakenneuudistus, "HV-CODE-005");
        Assert.True(findings.Count == 2, CheckRun.Describe(findings));
        Assert.All(findings, f => Assert.Equal("1.3", f.Place.SectionNumber));
        Assert.All(findings, f => Assert.Contains("«viisi toimenpidettä», mutta luettelossa on neljä", f.Message.Fi));
        // Part 1's body has five actions (A–E), so the number is right and the list short; part 3's has four.
        Assert.Contains("viisi (A–E), ilmoitettu määrä täsmää", findings[0].Message.Fi);
        Assert.Contains("neljä (J–M), luettelo täsmää", findings[1].Message.Fi);
        // Each points to its own line of the overview, not the section heading.
        Assert.True(findings[0].Place.Source?.Line < findings[1].Place.Source?.Line, CheckRun.Describe(findings));
    }

    [Fact]
    public void Rakenneuudistus_overview_letters_parts_2_to_4_differently_from_their_sections()
    {
        var findings = Of(Seeds.Rakenneuudistus, "HV-CODE-004");
        // One finding for each of parts 2, 3 and 4; part 1's letters agree.
        Assert.True(findings.Count == 3, CheckRun.Describe(findings));
        Assert.All(findings, f => Assert.Equal("1.3", f.Place.SectionNumber));
        Assert.Contains("G → H", findings[0].Message.Fi);
        Assert.Contains("E.2 → F.2", findings[0].Message.Fi);
        // The overview's title for E.1 has a typo; it is the same action still.
        Assert.Contains("E.1 → F.1", findings[0].Message.Fi);
        Assert.Contains("L → M", findings[1].Message.Fi);
        Assert.Contains("M → O", findings[2].Message.Fi);
        Assert.DoesNotContain(findings, f => f.Message.Fi.Contains("A → ", StringComparison.Ordinal));
    }

    public static TheoryData<string> SeedNames() => [.. Seeds.All];

    [Theory]
    [MemberData(nameof(SeedNames))]
    public void The_seeds_have_no_unknown_or_duplicate_codes(string seed)
    {
        // Their codes are consistent where they are structured: a finding here would be noise.
        var findings = CheckRun.Seed(seed).Findings.Where(f => f.Code is "HV-CODE-001" or "HV-CODE-002" or "HV-CODE-003").ToList();
        Assert.True(findings.Count == 0, CheckRun.Describe(findings));
    }

    [Theory]
    // Neither the plan of one programme nor that of another has lists that disagree.
    [InlineData(Seeds.HyvanTyon)]
    [InlineData(Seeds.Rrf)]
    public void Other_seeds_have_no_code_mismatches(string seed)
    {
        var findings = CheckRun.Seed(seed).Findings.Where(f => f.Code.StartsWith("HV-CODE-", StringComparison.Ordinal)).ToList();
        Assert.True(findings.Count == 0, CheckRun.Describe(findings));
    }

    [Fact]
    public void The_demo_plan_has_no_code_or_document_findings()
    {
        var findings = PlanChecker.Check(DemoPlan.Load()).Findings
            .Where(f => f.Code.StartsWith("HV-CODE-", StringComparison.Ordinal) || f.Code.StartsWith("HV-DOC-", StringComparison.Ordinal)).ToList();
        Assert.True(findings.Count == 0, CheckRun.Describe(findings));
    }
}
