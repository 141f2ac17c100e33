using Hankevahti.Checks;
using Hankevahti.Demo;
using Hankevahti.Import;
using Hankevahti.Tests.Checks.Support;
using Hankevahti.Tests.Support;

namespace Hankevahti.Tests.Checks.Sections;

/// <summary>The section rules on the real plans and on the finished ones.</summary>
public class SectionSeedTests
{
    private static List<Finding> Section(CheckReport report) => report.Findings.Where(f => f.Code.StartsWith("HV-SECTION-", StringComparison.Ordinal)).ToList();

    // Each seed has every section its programme requires with something in it; the RRF plan's work
    // package 4.4 and "Pilari 4 kohderyhmä" hold text the importer read into the model from their heading lines.
    [Theory]
    [MemberData(nameof(AllSeeds))]
    public void SeedsHaveTheirSections(string seed)
    {
        var findings = Section(CheckRun.Seed(seed));
        Assert.True(findings.Count == 0, CheckRun.Describe(findings));
    }

    // The seeds use their programmes' profiles, so the rules above checked the programmes' own lists.
    [Theory]
    [InlineData(Seeds.HyvanTyon, "hyvan-tyon-ohjelma")]
    [InlineData(Seeds.Rakenneuudistus, "rakenneuudistus")]
    [InlineData(Seeds.Rrf, "rrf")]
    public void SeedsUseTheirProfiles(string seed, string key) => Assert.Equal(key, CheckRun.Seed(seed).Profile.Key);

    [Fact]
    public void DemoPlanHasItsSections()
    {
        var findings = Section(PlanChecker.Check(DemoPlan.Load()));
        Assert.True(findings.Count == 0, CheckRun.Describe(findings));
    }

    // The markdown fixture is checked against the generic profile; it is short but has nothing empty.
    [Fact]
    public void FixtureHasNoEmptySections()
    {
        var result = PlanImporter.ImportFile(RepoFiles.Path("tests", "Hankevahti.Tests", "Fixtures", "kotona-kotoisasti.md"));
        Assert.True(result.Succeeded, result.Error);
        var findings = PlanChecker.Check(result.Plan!).Of("HV-SECTION-003").Concat(PlanChecker.Check(result.Plan!).Of("HV-SECTION-002")).ToList();
        Assert.True(findings.Count == 0, CheckRun.Describe(findings));
    }

    public static TheoryData<string> AllSeeds() => [.. Seeds.All];
}
