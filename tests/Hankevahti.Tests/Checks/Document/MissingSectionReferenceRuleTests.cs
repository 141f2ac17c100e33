using Hankevahti.Checks.Rules.Document;
using Hankevahti.Plans;
using Hankevahti.Tests.Checks.Support;
using static Hankevahti.Tests.Checks.Codes.MadePlans;

namespace Hankevahti.Tests.Checks.Document;

public class MissingSectionReferenceRuleTests
{
    private static Plan PlanSaying(string text) => With([],
        Section("1", "Johdanto", text),
        Section("2", "Tavoitteet", "", Section("2.1", "Päätavoite", ""), Section("2.2", "Osatavoitteet", "")),
        Section("3.", "Toteutus", "", Section("3.1", "Toimenpiteet", "", Section("3.1.1", "Aikataulu", ""))));

    [Theory]
    // A broken cross-reference field leaves "0".
    [InlineData("Tavoitteet on kuvattu luvussa 0.", "0")]
    // A subsection the plan does not have.
    [InlineData("Tarkemmin kohdassa 2.4 ja vielä luvussa 3.", "2.4")]
    // A chapter past the last one.
    [InlineData("Yhteistyöhankkeet on määritelty luvussa 5.", "5")]
    public void A_reference_to_a_missing_section_is_found(string text, string number)
    {
        var finding = Assert.Single(CheckRun.Rule<MissingSectionReferenceRule>(PlanSaying(text)));
        Assert.Contains($"lukuun {number} ", finding.Message.Fi);
        Assert.Equal("sections[0].text", finding.Place.Path);
        Assert.EndsWith(number, finding.Place.Quote);
    }

    [Theory]
    // Sections the plan has; "3" is written "3." as a heading.
    [InlineData("Katso luvut: luvussa 2, kohdassa 2.2 ja luvussa 3.")]
    // A subsection implies its parent even when the parent has no heading of its own.
    [InlineData("Aikataulu on kohdassa 3.1.1 ja sen pohja luvussa 3.1.")]
    // Another document's numbering.
    [InlineData("Koordinaatio toteutetaan hankeoppaan kohdan 7.3.1 mukaisesti ja lain luvun 9 mukaan.")]
    // Amounts and decimals are not section numbers.
    [InlineData("Kohta 4,5 prosenttia ja luku 120 000 eivät ole viittauksia.")]
    public void References_to_existing_sections_and_others_are_not_found(string text)
    {
        var findings = CheckRun.Rule<MissingSectionReferenceRule>(PlanSaying(text));
        Assert.True(findings.Count == 0, CheckRun.Describe(findings));
    }

    [Fact]
    public void A_heading_the_import_kept_as_text_counts_as_a_section()
    {
        var plan = PlanSaying("Riskit on kuvattu luvussa 6.") with { };
        plan.Sections[2].Children[0].Children.Add(new Section { Number = "3.1.2", Title = "Vaiheet", Text = "Vaiheet etenevät.\n\n6 Hankkeen riskit\n\nRiskejä on kolme." });
        Assert.Empty(CheckRun.Rule<MissingSectionReferenceRule>(plan));
    }

    [Fact]
    public void A_plan_without_numbered_headings_is_not_judged()
    {
        var plan = With([], Section("", "Johdanto", "Kuten luvussa 4 todetaan."));
        Assert.Empty(CheckRun.Rule<MissingSectionReferenceRule>(plan));
    }
}
