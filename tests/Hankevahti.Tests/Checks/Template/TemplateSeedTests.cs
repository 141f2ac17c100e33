using Hankevahti.Checks;
using Hankevahti.Demo;
using Hankevahti.Import;
using Hankevahti.Tests.Checks.Support;
using Hankevahti.Tests.Support;

namespace Hankevahti.Tests.Checks.Template;

/// <summary>The template rules on the real plans: what each must find, and that findings point to the right lines.</summary>
public class TemplateSeedTests
{
    private static List<Finding> Template(CheckReport report) => report.Findings.Where(f => f.Code.StartsWith("HV-TEMPLATE-", StringComparison.Ordinal)).ToList();

    private static string SeedLine(string seed, Finding f) => Seeds.Lines(seed)[f.Place.Source!.Line!.Value - 1];

    // The Hyvän työn draft keeps the template's eight bracketed instructions; each is found on its own line.
    [Fact]
    public void HyvanTyonInstructions()
    {
        var findings = CheckRun.Seed(Seeds.HyvanTyon).Of("HV-TEMPLATE-001").ToList();
        Assert.Equal(["4.1", "4.2", "5", "6.1", "6.2", "6.3", "6.4", "6.5"], findings.Select(f => f.Place.SectionNumber));
        Assert.All(findings, f => Assert.StartsWith("<", SeedLine(Seeds.HyvanTyon, f)));
    }

    // Its version table and cover page keep the date and version placeholders.
    [Fact]
    public void HyvanTyonPlaceholders()
    {
        var findings = CheckRun.Seed(Seeds.HyvanTyon).Of("HV-TEMPLATE-002").ToList();
        Assert.Contains(findings, f => f.Place.Quote == "pp.kk.vvvv" && f.Place.Path.StartsWith("versions[", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Place.Quote == "x.xx");
        Assert.Contains(findings, f => f.Place.Quote == "pp.kk.vvvv" && f.Place.Path.StartsWith("sections[", StringComparison.Ordinal));
        Assert.All(findings, f => Assert.Contains(f.Place.Quote!, SeedLine(Seeds.HyvanTyon, f)));
    }

    // Sections 1–3 keep the template's guidance as plain text, found on the line it opens.
    [Fact]
    public void HyvanTyonGuidance()
    {
        var findings = CheckRun.Seed(Seeds.HyvanTyon).Of("HV-TEMPLATE-006").ToList();
        Assert.Equal(["1", "2", "3"], findings.Select(f => f.Place.SectionNumber));
        Assert.All(findings, f => Assert.StartsWith(string.Join(' ', f.Place.Quote!.Split(' ').Take(3)), SeedLine(Seeds.HyvanTyon, f)));
    }

    // Section 6.4 opens its text with "Tarkennetaan:".
    [Fact]
    public void HyvanTyonUnfinished()
    {
        var finding = Assert.Single(CheckRun.Seed(Seeds.HyvanTyon).Of("HV-TEMPLATE-005"));
        Assert.Equal("6.4", finding.Place.SectionNumber);
        Assert.StartsWith("Tarkennetaan:", SeedLine(Seeds.HyvanTyon, finding));
    }

    // The RRF plan's pillar 3 headings carry a dash and nothing else, in the target groups and in the pillars.
    [Fact]
    public void RrfDashedPillarHeadings()
    {
        var findings = CheckRun.Seed(Seeds.Rrf).Of("HV-TEMPLATE-005").ToList();
        Assert.Equal(["2.1", "4.1"], findings.Select(f => f.Place.SectionNumber));
    }

    // The RRF plan's capital acronyms and headings ("PILARI 4:") and its "Tarkennetaan …" actions are not leftovers.
    [Fact]
    public void RrfHasNoOtherLeftovers()
    {
        var others = Template(CheckRun.Seed(Seeds.Rrf)).Where(f => f.Code != "HV-TEMPLATE-005").ToList();
        Assert.True(others.Count == 0, CheckRun.Describe(others));
    }

    // The Rakenneuudistus plan was written out in full: no template leftovers.
    [Fact]
    public void RakenneuudistusHasNoLeftovers()
    {
        var findings = Template(CheckRun.Seed(Seeds.Rakenneuudistus));
        Assert.True(findings.Count == 0, CheckRun.Describe(findings));
    }

    // Every finding on a seed names its section's line or a table row, so the user can find it.
    [Theory]
    [MemberData(nameof(AllSeeds))]
    public void FindingsAreLocated(string seed)
    {
        Assert.All(Template(CheckRun.Seed(seed)), f => Assert.NotNull(f.Place.Source?.Line));
    }

    // The demo plan is a finished plan: the template rules find nothing in it.
    [Fact]
    public void DemoPlanHasNoLeftovers()
    {
        var findings = Template(PlanChecker.Check(DemoPlan.Load()));
        Assert.True(findings.Count == 0, CheckRun.Describe(findings));
    }

    // The markdown fixture is a finished plan too.
    [Fact]
    public void FixtureHasNoLeftovers()
    {
        var result = PlanImporter.ImportFile(RepoFiles.Path("tests", "Hankevahti.Tests", "Fixtures", "kotona-kotoisasti.md"));
        Assert.True(result.Succeeded, result.Error);
        var findings = Template(PlanChecker.Check(result.Plan!));
        Assert.True(findings.Count == 0, CheckRun.Describe(findings));
    }

    public static TheoryData<string> AllSeeds() => [.. Seeds.All];
}
