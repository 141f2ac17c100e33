using Hankevahti.Checks.Rules.Template;
using Hankevahti.Plans;
using Hankevahti.Tests.Checks.Support;

namespace Hankevahti.Tests.Checks.Template;

public class TemplateInstructionRuleTests
{
    [Theory]
    // The template's form: an instruction in angle brackets with spaces inside.
    [InlineData("< Kuvaa tässä hankkeen vaiheet ja niiden kesto. >\n\nHanke etenee kolmessa vaiheessa.", "< Kuvaa tässä hankkeen vaiheet ja niiden kesto.")]
    // Without the spaces, and in the middle of a paragraph.
    [InlineData("Hanke etenee vaiheittain. <Kerro kuka vastaa mistäkin vaiheesta> Loppu.", "<Kerro kuka vastaa mistäkin vaiheesta>")]
    // An instruction broken over two paragraphs by a page break still closes with its bracket.
    [InlineData("< Listaa hankkeen tuotokset ja tulokset. Tulos on\n\nhankkeen avulla saatu muutos. >", "< Listaa hankkeen tuotokset ja tulokset. Tulos on")]
    // A paragraph opening an instruction whose closing bracket was lost.
    [InlineData("Teksti ennen.\n\n< Ilmoita hankkeen toimijat ja niiden roolit", "< Ilmoita hankkeen toimijat ja niiden roolit")]
    public void FindsInstructions(string text, string quote)
    {
        var finding = Assert.Single(CheckRun.Rule<TemplateInstructionRule>(TemplatePlans.WithText(text)));
        Assert.Equal(quote, finding.Place.Quote);
        Assert.Equal("1", finding.Place.SectionNumber);
        Assert.Equal("sections[0].text", finding.Place.Path);
        Assert.Contains("<", finding.Message.Fi);
    }

    [Theory]
    // A comparison with a number is not an instruction.
    [InlineData("Jonotusaika on alle <5 % asiakkaista yli kaksi viikkoa ja >10 % alle päivän.")]
    // HTML remnants of a Word export: a tag, not prose.
    [InlineData("<ul style=\"list-style-type: none\"> • Ensimmäinen kohta • Toinen kohta</ul>")]
    [InlineData("<p>Kappale jossa on tekstiä</p>")]
    // Arrows and comparisons in ordinary prose.
    [InlineData("Asiakas -> palveluohjaus -> hoito. Arvo a < b ja c > d.")]
    public void LeavesOtherAngleBracketsAlone(string text)
    {
        var findings = CheckRun.Rule<TemplateInstructionRule>(TemplatePlans.WithText(text));
        Assert.True(findings.Count == 0, CheckRun.Describe(findings));
    }

    // Each instruction is a finding of its own: each is deleted in its own place.
    [Fact]
    public void OneFindingPerInstruction()
    {
        var plan = TemplatePlans.WithText("< Kuvaa hankkeen aikataulu selkeästi. >\n\nTeksti.\n\n< Kerro mitä vaiheita hankkeessa on. >");
        Assert.Equal(2, CheckRun.Rule<TemplateInstructionRule>(plan).Count);
    }

    // A field that copies its section's text does not repeat the section's finding.
    [Fact]
    public void FieldCopyingTheSectionIsNotReportedTwice()
    {
        var plan = TemplatePlans.WithText("< Kerro hankkeen viestinnästä lyhyesti. >\n\nViestintä on avointa.", title: "Viestintä", kind: "communication")
            with { Communication = new CommunicationPlan { Text = "< Kerro hankkeen viestinnästä lyhyesti. >\n\nViestintä on avointa." } };
        var finding = Assert.Single(CheckRun.Rule<TemplateInstructionRule>(plan));
        Assert.Equal("sections[0].text", finding.Place.Path);
    }

    // Instructions left in a table cell land in a structured field; the finding points to the row.
    [Fact]
    public void FindsInstructionInStructuredField()
    {
        var plan = new Plan
        {
            Risks = [new Risk { Title = "< Kuvaa riski lyhyesti tähän >", Source = new SourceRef { Line = 40, Table = 2, Row = 3 } }],
        };
        var finding = Assert.Single(CheckRun.Rule<TemplateInstructionRule>(plan));
        Assert.Equal("risks[0].title", finding.Place.Path);
        Assert.Equal(3, finding.Place.Source?.Row);
    }
}
