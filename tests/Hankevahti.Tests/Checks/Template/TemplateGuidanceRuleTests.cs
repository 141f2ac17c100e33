using Hankevahti.Checks.Rules.Template;
using Hankevahti.Tests.Checks.Support;

namespace Hankevahti.Tests.Checks.Template;

public class TemplateGuidanceRuleTests
{
    [Theory]
    // Imperative and questions: the template speaking to the writer.
    [InlineData("Kerro lyhyesti hankkeen lähtökohdat. Mihin ongelmaan hanke vastaa? Miten tarve on todettu?\n\nAlueella jonot ovat pitkät.", "Kerro lyhyesti hankkeen lähtökohdat. Mihin ongelmaan hanke vastaa?")]
    // Two imperatives without questions.
    [InlineData("Aseta hankkeelle mitattavat tavoitteet. Varmista, että ne ovat realistisia.\n\nTavoitteena on lyhentää jonoja.", "Aseta hankkeelle mitattavat tavoitteet. Varmista, että ne ovat")]
    public void FindsGuidance(string text, string quote)
    {
        var finding = Assert.Single(CheckRun.Rule<TemplateGuidanceRule>(TemplatePlans.WithText(text)));
        Assert.Equal(quote, finding.Place.Quote);
    }

    [Theory]
    // Plans write in the passive.
    [InlineData("Kuvataan nykytila ja arvioidaan kehittämistarpeet. Selvitetään asiakkaiden kokemukset.")]
    // A single question in the plan's own prose.
    [InlineData("Miten asukas pääsee hoitoon nopeammin? Hanke vastaa tähän kolmella toimenpiteellä.")]
    // One imperative-looking word alone ("Lisää tietoa…") is not guidance.
    [InlineData("Lisää tietoa hankkeesta antaa projektipäällikkö.")]
    // Instructions in brackets belong to HV-TEMPLATE-001, not this rule.
    [InlineData("< Kerro viestinnän kanavista. Mitkä ovat pääviestit? >\n\nViestintä tehdään yhdessä alueen kanssa.")]
    public void LeavesPlanProseAlone(string text)
    {
        var findings = CheckRun.Rule<TemplateGuidanceRule>(TemplatePlans.WithText(text));
        Assert.True(findings.Count == 0, CheckRun.Describe(findings));
    }
}
