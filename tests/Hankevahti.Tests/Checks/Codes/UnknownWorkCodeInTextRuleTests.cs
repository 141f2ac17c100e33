using Hankevahti.Checks.Rules.Codes;
using Hankevahti.Plans;
using Hankevahti.Tests.Checks.Support;
using static Hankevahti.Tests.Checks.Codes.MadePlans;

namespace Hankevahti.Tests.Checks.Codes;

public class UnknownWorkCodeInTextRuleTests
{
    private static Plan PlanSaying(string text) => With(
    [
        Part("1", "Valmistelu", Action("F.1", "Johtaminen"), Action("F.2", "Arviointi")),
        new WorkPart { Code = "4", KindLabel = "Investointi", Title = "Digi", Children = [Part("4.1", "Sovellukset"), Part("4.2", "Järjestelmät")] },
    ], Section("2", "Toteutus", text));

    [Theory]
    // An action code that is not in the structure, written after "toimenpide".
    [InlineData("Tätä tukee toimenpide F.3 syksyllä.", "F.3")]
    // A work package in the inessive.
    [InlineData("Mallia kokeillaan työpaketissa 2.3 alueen kunnissa.", "2.3")]
    // A part in the genitive.
    [InlineData("Osa-alueen 5 kustannukset esitetään erikseen.", "5")]
    public void A_code_the_structure_lacks_is_found(string text, string code)
    {
        var finding = Assert.Single(CheckRun.Rule<UnknownWorkCodeInTextRule>(PlanSaying(text)));
        Assert.Contains(code, finding.Message.Fi);
        Assert.Equal("sections[0].text", finding.Place.Path);
        Assert.NotNull(finding.Place.Quote);
        Assert.Contains(code, finding.Place.Quote);
    }

    [Theory]
    // Known code, ending a sentence.
    [InlineData("Tätä tukee toimenpide F.1.")]
    // Relative numbering: "työpaketti 1" under investment 4 is 4.1.
    [InlineData("Investoinnin 4 työpaketti 1 kytkeytyy muihin.")]
    // A year after the kind word is not a code.
    [InlineData("Toimenpiteet 2025 aikana etenevät.")]
    // An enumeration "1)" and an amount are not codes.
    [InlineData("Toimenpiteitä on kahdenlaisia: toimenpide 7) ja työpaketti 1 000 euroa.")]
    // A range of codes is not judged.
    [InlineData("Toimenpiteet 7–9 kuvataan alla.")]
    // Another document's numbering: the call's guide and another applicant.
    [InlineData("Työ tehdään hankeoppaan osa-alueen 3.3 mukaisesti ja Helsingin osa-alueessa 7.")]
    // The grant's own areas ("valtionavustuksen osa-alue 3") are the call's numbering.
    [InlineData("Hanke kuuluu valtionavustuksen osa-alueeseen 6.")]
    // The programme's pillar and investment the project is funded from, in a plan whose own structure has neither.
    [InlineData("Hanke rahoitetaan pilarin 3 investoinnista 2.")]
    // Words that merely start like a code.
    [InlineData("Toimenpiteet Vantaalla ja pilarit A–C ovat kunnossa.")]
    public void Known_codes_and_numbers_that_are_no_codes_are_not_found(string text)
    {
        var findings = CheckRun.Rule<UnknownWorkCodeInTextRule>(PlanSaying(text));
        Assert.True(findings.Count == 0, CheckRun.Describe(findings));
    }

    [Fact]
    public void Several_unknown_codes_in_a_section_give_one_finding()
    {
        var finding = Assert.Single(CheckRun.Rule<UnknownWorkCodeInTextRule>(PlanSaying("Toimenpide F.3 ja toimenpide F.4 sekä taas toimenpide F.3.")));
        Assert.Contains("F.3, F.4", finding.Message.Fi);
    }

    [Fact]
    public void Action_numbers_are_not_judged_when_the_actions_have_no_codes()
    {
        var plan = With([Part("1", "Valmistelu", Action("", "Aloitus"), Action("", "Lopetus"))], Section("2", "Toteutus", "Toimenpide 7 alkaa keväällä."));
        Assert.Empty(CheckRun.Rule<UnknownWorkCodeInTextRule>(plan));
        // The same text is judged once the actions are coded.
        var coded = With([Part("1", "Valmistelu", Action("1.1", "Aloitus"), Action("1.2", "Lopetus"))], Section("2", "Toteutus", "Toimenpide 7 alkaa keväällä."));
        Assert.Single(CheckRun.Rule<UnknownWorkCodeInTextRule>(coded));
    }

    [Fact]
    public void The_table_of_contents_is_not_read()
    {
        var plan = PlanSaying("") with { Sections = [new Section { Title = "Sisällysluettelo", Kind = "contents", Text = "Osa-alue 9 ....... 12" }] };
        Assert.Empty(CheckRun.Rule<UnknownWorkCodeInTextRule>(plan));
    }
}
