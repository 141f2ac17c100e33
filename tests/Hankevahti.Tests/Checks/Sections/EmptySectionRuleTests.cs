using Hankevahti.Checks.Rules.Sections;
using Hankevahti.Plans;
using Hankevahti.Tests.Checks.Support;

namespace Hankevahti.Tests.Checks.Sections;

public class EmptySectionRuleTests
{
    private static Section Part(string number, string title, string text = "", List<Section>? children = null, int line = 0) =>
        new() { Number = number, Title = title, Kind = "workPackage", Text = text, Children = children ?? [], Source = line > 0 ? new SourceRef { Line = line } : null };

    // A work package heading with nothing under it.
    [Fact]
    public void FindsEmptySection()
    {
        var plan = new Plan { Sections = [SectionPlans.Need(), SectionPlans.Risks(), Part("4.4", "Työpaketti 4.4: Digitaaliset palvelut")] };
        var finding = Assert.Single(CheckRun.Rule<EmptySectionRule>(plan, SectionPlans.Profile));
        Assert.Equal("4.4", finding.Place.SectionNumber);
        Assert.Contains("4.4 Työpaketti 4.4", finding.Message.Fi);
    }

    // An empty section with empty subsections is one gap: only the outermost is reported.
    [Fact]
    public void ReportsOnlyTheOutermost()
    {
        var plan = new Plan { Sections = [SectionPlans.Need(), SectionPlans.Risks(), Part("4", "Investointi 4", children: [Part("4.1", "Työpaketti 4.1"), Part("4.2", "Työpaketti 4.2")])] };
        var finding = Assert.Single(CheckRun.Rule<EmptySectionRule>(plan, SectionPlans.Profile));
        Assert.Equal("4", finding.Place.SectionNumber);
    }

    [Fact]
    // A parent whose content is in its subsections, the table of contents, and the untitled start of the document are not empty sections.
    public void LeavesSectionsWithContentAlone()
    {
        var plan = new Plan
        {
            Sections =
            [
                new Section { Title = "", Kind = "preamble" },
                new Section { Title = "Sisällysluettelo", Kind = "contents" },
                SectionPlans.Need(),
                Part("4", "Investointi 4", children: [Part("4.1", "Työpaketti 4.1", "Kehitetään digipalveluja.")]),
                SectionPlans.Risks(),
            ],
        };
        var findings = CheckRun.Rule<EmptySectionRule>(plan, SectionPlans.Profile);
        Assert.True(findings.Count == 0, CheckRun.Describe(findings));
    }

    // A work package whose description the importer read from its heading line has content.
    [Fact]
    public void StructuredContentFromTheHeadingLineCounts()
    {
        var plan = new Plan
        {
            Sections = [SectionPlans.Need(line: 1), Part("4.4", "Työpaketti 4.4: Digitaaliset palvelut", line: 100), SectionPlans.Risks(line: 120)],
            Work = [new WorkPart { Code = "4.4", Title = "Digitaaliset palvelut", Description = "Otetaan käyttöön kansallisia palveluja.", Source = new SourceRef { Line = 100 } }],
        };
        var findings = CheckRun.Rule<EmptySectionRule>(plan, SectionPlans.Profile);
        Assert.True(findings.Count == 0, CheckRun.Describe(findings));
    }

    // A work part read from the heading line with nothing but the heading's own words is no content.
    [Fact]
    public void HeadingWordsAloneAreNoContent()
    {
        var plan = new Plan
        {
            Sections = [SectionPlans.Need(line: 1), Part("4.4", "Työpaketti 4.4: Digitaaliset palvelut", line: 100), SectionPlans.Risks(line: 120)],
            Work = [new WorkPart { Code = "4.4", Title = "Digitaaliset palvelut", Source = new SourceRef { Line = 100 } }],
        };
        Assert.Single(CheckRun.Rule<EmptySectionRule>(plan, SectionPlans.Profile));
    }

    // A stored plan has no source lines: an empty-text risk section whose risks are in the model is not empty.
    [Fact]
    public void StoredPlanWithModelContentIsNotEmpty()
    {
        var plan = new Plan
        {
            Sections = [SectionPlans.Need() with { Source = null }, SectionPlans.Risks("") with { Source = null }],
            Risks = [new Risk { Title = "Rekrytointi viivästyy" }],
        };
        Assert.Empty(CheckRun.Rule<EmptySectionRule>(plan, SectionPlans.Profile));
        Assert.Empty(CheckRun.Rule<RequiredSectionEmptyRule>(plan, SectionPlans.Profile));
    }

    // A required section that is empty is HV-SECTION-002's finding, and a dashed heading HV-TEMPLATE-005's.
    [Fact]
    public void LeavesOtherRulesFindingsAlone()
    {
        var plan = new Plan
        {
            Sections = [SectionPlans.Need(), SectionPlans.Risks(""), Part("4.1", "PILARI 3: -")],
        };
        var findings = CheckRun.Rule<EmptySectionRule>(plan, SectionPlans.Profile);
        Assert.True(findings.Count == 0, CheckRun.Describe(findings));
    }
}
