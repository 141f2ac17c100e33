using Hankevahti.Checks.Rules.Template;
using Hankevahti.Plans;
using Hankevahti.Tests.Checks.Support;

namespace Hankevahti.Tests.Checks.Template;

public class TemplateHeaderRuleTests
{
    // The cover page of an unfilled template: the labels stand where the name and the organisation go.
    [Fact]
    public void FindsLabelsOnTheCoverPage()
    {
        var plan = TemplatePlans.WithText("Hankesuunnitelman nimi\n\nOrganisaation nimi\n\npp.kk.vvvv", title: "", kind: "preamble");
        var findings = CheckRun.Rule<TemplateHeaderRule>(plan);
        Assert.Equal(["Hankesuunnitelman nimi", "Organisaation nimi"], findings.Select(f => f.Place.Quote));
    }

    [Theory]
    // The project's name read from the title is the template's.
    [InlineData("Hankkeen nimi")]
    // With brackets, as some templates write their fields.
    [InlineData("[Hankkeen nimi]")]
    public void FindsTheTemplateAsTheProjectName(string name)
    {
        var plan = new Plan { Project = new Project { Name = name, Source = new SourceRef { Line = 3 } } };
        var finding = Assert.Single(CheckRun.Rule<TemplateHeaderRule>(plan));
        Assert.Equal("project.name", finding.Place.Path);
        // One cause, one finding: the placeholder rule leaves a label to this rule.
        Assert.Empty(CheckRun.Rule<PlaceholderRule>(plan));
    }

    // A heading left as the template's "Otsikko".
    [Fact]
    public void FindsTemplateHeading()
    {
        var finding = Assert.Single(CheckRun.Rule<TemplateHeaderRule>(TemplatePlans.WithText("Teksti.", title: "Otsikko", kind: "")));
        Assert.Equal("sections[0].title", finding.Place.Path);
        Assert.Equal("1", finding.Place.SectionNumber);
    }

    // An organisation row that still carries the label.
    [Fact]
    public void FindsLabelInAField()
    {
        var plan = new Plan { Organisations = [new Organisation { Name = "Organisaation nimi", Source = new SourceRef { Line = 50, Table = 3, Row = 2 } }] };
        var finding = Assert.Single(CheckRun.Rule<TemplateHeaderRule>(plan));
        Assert.Equal("organisations[0].name", finding.Place.Path);
    }

    [Theory]
    // A form: the label followed by its value.
    [InlineData("Hankkeen nimi:\n\nSujuvat palvelut")]
    [InlineData("Hankkeen nimi\n\nSujuvat palvelut Pohjolassa")]
    // Prose that mentions the words in passing.
    [InlineData("Hankkeen nimi kuvaa sen tavoitetta hyvin.")]
    public void LeavesFilledTextAlone(string text)
    {
        var plan = TemplatePlans.WithText(text, title: "", kind: "preamble");
        var findings = CheckRun.Rule<TemplateHeaderRule>(plan);
        Assert.True(findings.Count == 0, CheckRun.Describe(findings));
    }

    // A real name and a real heading are not labels.
    [Fact]
    public void LeavesRealNamesAlone()
    {
        var plan = TemplatePlans.WithText("Teksti.", title: "Hankkeen tarve") with { Project = new Project { Name = "Hyvän työn ratkaisut" } };
        Assert.Empty(CheckRun.Rule<TemplateHeaderRule>(plan));
    }
}
