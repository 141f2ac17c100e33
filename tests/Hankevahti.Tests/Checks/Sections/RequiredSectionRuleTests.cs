using Hankevahti.Checks.Rules.Sections;
using Hankevahti.Plans;
using Hankevahti.Tests.Checks.Support;

namespace Hankevahti.Tests.Checks.Sections;

public class RequiredSectionRuleTests
{
    // A plan with every required section written has nothing missing or empty.
    [Fact]
    public void CompletePlanPasses()
    {
        var plan = new Plan { Sections = [SectionPlans.Need(), SectionPlans.Risks()] };
        Assert.Empty(CheckRun.Rule<RequiredSectionMissingRule>(plan, SectionPlans.Profile));
        Assert.Empty(CheckRun.Rule<RequiredSectionEmptyRule>(plan, SectionPlans.Profile));
    }

    // No risk section at all: one finding naming the section and the programme.
    [Fact]
    public void MissingSection()
    {
        var plan = new Plan { Sections = [SectionPlans.Need()] };
        var finding = Assert.Single(CheckRun.Rule<RequiredSectionMissingRule>(plan, SectionPlans.Profile));
        Assert.Contains("Riskit", finding.Message.Fi);
        Assert.Contains("Testiohjelma", finding.Message.Fi);
        Assert.Empty(CheckRun.Rule<RequiredSectionEmptyRule>(plan, SectionPlans.Profile));
    }

    [Theory]
    // Any kind the profile lists satisfies it: a background section stands for the need.
    [InlineData("background")]
    // Kinds are the importer's exact words.
    [InlineData("need")]
    public void AnyListedKindSatisfies(string kind)
    {
        var plan = new Plan { Sections = [SectionPlans.Need() with { Kind = kind }, SectionPlans.Risks()] };
        Assert.Empty(CheckRun.Rule<RequiredSectionMissingRule>(plan, SectionPlans.Profile));
    }

    // A stored plan may hold its risks without a heading of the kind; the risks are the section's content.
    [Fact]
    public void StructuredContentWithoutHeadingSatisfies()
    {
        var plan = new Plan { Sections = [SectionPlans.Need()], Risks = [new Risk { Title = "Rekrytointi viivästyy" }] };
        Assert.Empty(CheckRun.Rule<RequiredSectionMissingRule>(plan, SectionPlans.Profile));
    }

    [Theory]
    // Nothing under the heading.
    [InlineData("")]
    // Only the template's instruction.
    [InlineData("< Arvioi hankkeen riskit ja kerro miten niihin varaudutaan. >")]
    // Only the template's guidance as plain text.
    [InlineData("Arvioi hankkeen riskit. Miten niihin varaudutaan?")]
    // Only a dash.
    [InlineData("-")]
    public void EmptySection(string text)
    {
        var plan = new Plan { Sections = [SectionPlans.Need(), SectionPlans.Risks(text)] };
        var finding = Assert.Single(CheckRun.Rule<RequiredSectionEmptyRule>(plan, SectionPlans.Profile));
        Assert.Equal("6", finding.Place.SectionNumber);
        Assert.Equal(50, finding.Place.Source?.Line);
        Assert.Empty(CheckRun.Rule<RequiredSectionMissingRule>(plan, SectionPlans.Profile));
    }

    // A risk table read into the model from the section's lines is content although the text is empty.
    [Fact]
    public void TableReadFromTheSectionIsContent()
    {
        var plan = new Plan
        {
            Sections = [SectionPlans.Need(), SectionPlans.Risks(""), new Section { Number = "7", Title = "Liitteet", Text = "Liite.", Source = new SourceRef { Line = 90 } }],
            Risks = [new Risk { Title = "Rekrytointi viivästyy", Source = new SourceRef { Line = 55, Table = 4, Row = 2 } }],
        };
        Assert.Empty(CheckRun.Rule<RequiredSectionEmptyRule>(plan, SectionPlans.Profile));
    }

    // Text in a subsection is the section's content.
    [Fact]
    public void SubsectionTextIsContent()
    {
        var risks = SectionPlans.Risks("") with { Children = [new Section { Number = "6.1", Title = "Henkilöstöriskit", Text = "Rekrytointi voi viivästyä." }] };
        var plan = new Plan { Sections = [SectionPlans.Need(), risks] };
        Assert.Empty(CheckRun.Rule<RequiredSectionEmptyRule>(plan, SectionPlans.Profile));
    }

    // One written section of the kind is enough when a plan repeats it per part.
    [Fact]
    public void OneWrittenSectionOfTheKindIsEnough()
    {
        var plan = new Plan { Sections = [SectionPlans.Need(), SectionPlans.Risks(""), SectionPlans.Risks("Osa-alueen riskit on arvioitu.", line: 80)] };
        Assert.Empty(CheckRun.Rule<RequiredSectionEmptyRule>(plan, SectionPlans.Profile));
    }
}
