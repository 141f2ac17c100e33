using Hankevahti.Checks;
using Hankevahti.Tests.Checks.Support;
using Hankevahti.Tests.Support;

namespace Hankevahti.Tests.Checks.Document;

/// <summary>What the document rules find in the real plans; each one a real problem.</summary>
public class DocumentSeedTests
{
    private static List<Finding> Doc(string seed) => CheckRun.Seed(seed).Findings.Where(f => f.Code.StartsWith("HV-DOC-", StringComparison.Ordinal)).ToList();

    [Fact]
    public void Rrf_ends_inside_the_risk_table_and_nothing_else()
    {
        var findings = Doc(Seeds.Rrf);
        var finding = Assert.Single(findings);
        Assert.Equal("HV-DOC-003", finding.Code);
        Assert.Contains("riskitaulukon", finding.Message.Fi);
        Assert.NotNull(finding.Place.Source?.Line);
    }

    [Fact]
    public void Rakenneuudistus_has_a_broken_cross_reference_and_a_copied_annex_reference()
    {
        var findings = Doc(Seeds.Rakenneuudistus);
        Assert.True(findings.Count == 2, CheckRun.Describe(findings));
        // A cross-reference field that lost its target shows "0".
        var broken = Assert.Single(findings, f => f.Code == "HV-DOC-002");
        Assert.Equal("1.5", broken.Place.SectionNumber);
        Assert.EndsWith(" 0", broken.Place.Quote);
        // Part 3's costs point to Liite 2, part 2's budget; its own is Liite 3.
        var annex = Assert.Single(findings, f => f.Code == "HV-DOC-004");
        Assert.Equal("4.6", annex.Place.SectionNumber);
        Assert.Contains("liite 3", annex.Message.Fi);
    }

    [Fact]
    public void Hyvan_tyon_has_no_document_findings()
    {
        var findings = Doc(Seeds.HyvanTyon);
        Assert.True(findings.Count == 0, CheckRun.Describe(findings));
    }
}
