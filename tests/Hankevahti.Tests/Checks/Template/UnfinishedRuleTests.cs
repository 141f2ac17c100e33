using Hankevahti.Checks.Rules.Template;
using Hankevahti.Plans;
using Hankevahti.Tests.Checks.Support;

namespace Hankevahti.Tests.Checks.Template;

public class UnfinishedRuleTests
{
    [Theory]
    // A label saying the passage is still to be specified.
    [InlineData("Tarkennetaan: seurantaa tehdään sovituilla mittareilla.", "Tarkennetaan: seurantaa tehdään sovituilla mittareilla.")]
    // Put off until later.
    [InlineData("Mittarit täydennetään myöhemmin ohjausryhmän kanssa.", "täydennetään myöhemmin ohjausryhmän kanssa.")]
    // The English shorthand.
    [InlineData("Vastuuhenkilö: TBD", "TBD")]
    // A paragraph that is only a dash.
    [InlineData("Riskit on arvioitu.\n\n-", "-")]
    public void FindsUnfinishedText(string text, string quote)
    {
        var finding = Assert.Single(CheckRun.Rule<UnfinishedRule>(TemplatePlans.WithText(text)));
        Assert.Equal(quote, finding.Place.Quote);
    }

    [Theory]
    // Specifying something is work the project does, not a gap.
    [InlineData("Tarkennetaan palvelujen välisiä yhdyspintoja yhdessä kuntien kanssa.")]
    // A plan that says when it will be updated describes its schedule.
    [InlineData("Merkinnät eivät siirtyneet, ja ne tarkennetaan seuraavassa päivityksessä.")]
    // A dash inside a sentence or a range.
    [InlineData("Hanke kestää 2026 - 2027, ja sen tavoitteet - kolme kappaletta - on kuvattu.")]
    // Described later in the document is a cross-reference.
    [InlineData("Mittarit kuvataan myöhemmin luvussa 5.")]
    public void LeavesFinishedTextAlone(string text)
    {
        var findings = CheckRun.Rule<UnfinishedRule>(TemplatePlans.WithText(text));
        Assert.True(findings.Count == 0, CheckRun.Describe(findings));
    }

    [Theory]
    // A pillar heading with a dash where its name should be, and nothing under it.
    [InlineData("PILARI 3: -")]
    [InlineData("Pilari 3 -")]
    public void FindsHeadingWithABareDash(string title)
    {
        var plan = new Plan { Sections = [new Section { Number = "4.1", Title = title, Kind = "pillar", Source = new SourceRef { Line = 20 } }] };
        var finding = Assert.Single(CheckRun.Rule<UnfinishedRule>(plan));
        Assert.Equal("4.1", finding.Place.SectionNumber);
        Assert.Equal(title, finding.Place.Quote);
    }

    // A heading ending in a dash whose section has text is a title style, not a gap.
    [Fact]
    public void LeavesDashedHeadingWithContentAlone()
    {
        var plan = new Plan { Sections = [new Section { Number = "4.1", Title = "Pilari 3 -", Text = "Pilarissa 3 kehitetään työkykypalveluja." }] };
        Assert.Empty(CheckRun.Rule<UnfinishedRule>(plan));
    }

    // A dash in a table cell means "none"; only words mark a field as unfinished.
    [Fact]
    public void LeavesDashInAFieldAlone()
    {
        var plan = new Plan { Risks = [new Risk { Title = "Rekrytointi viivästyy", Owner = "-", Source = new SourceRef { Line = 30, Table = 1, Row = 2 } }] };
        Assert.Empty(CheckRun.Rule<UnfinishedRule>(plan));
    }

    // Fields of a table: counted per table, one finding naming how many.
    [Fact]
    public void CountsMarksInATable()
    {
        var plan = new Plan
        {
            Risks =
            [
                new Risk { Title = "Rekrytointi viivästyy", Owner = "tarkennetaan", Source = new SourceRef { Line = 30, Table = 1, Row = 2 } },
                new Risk { Title = "Hankinta viivästyy", Owner = "TBD", Source = new SourceRef { Line = 31, Table = 1, Row = 3 } },
                new Risk { Title = "Henkilöstö vaihtuu", Owner = "Projektipäällikkö", Source = new SourceRef { Line = 32, Table = 1, Row = 4 } },
            ],
        };
        var finding = Assert.Single(CheckRun.Rule<UnfinishedRule>(plan));
        Assert.Equal("risks[0].owner", finding.Place.Path);
        Assert.Contains("2", finding.Message.Fi);
    }
}
