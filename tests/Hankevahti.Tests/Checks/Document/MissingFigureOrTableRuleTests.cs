using Hankevahti.Checks.Rules.Document;
using Hankevahti.Plans;
using Hankevahti.Tests.Checks.Support;
using static Hankevahti.Tests.Checks.Codes.MadePlans;

namespace Hankevahti.Tests.Checks.Document;

public class MissingFigureOrTableRuleTests
{
    private static Plan PlanSaying(string text) => With([],
        Section("1", "Tausta", text + "\n\nKuva 1: Alueen kartta\n\nTaulukko 1. Mittarit"),
        Section("2", "Toteutus", "Kuva 2 Aikataulu"),
        new Section { Number = "Liite 1", Title = "Liite 1: Kustannukset" },
        new Section { Number = "Liite 2", Title = "Liite 2. Riskit" });

    [Theory]
    // Figures are numbered 1 and 2.
    [InlineData("Malli näkyy kuvassa 3.", "kuvassa 3")]
    // Tables are numbered 1.
    [InlineData("Arvot ovat taulukossa 2.", "taulukossa 2")]
    // Annexes are 1 and 2.
    [InlineData("Budjetti on liitteessä 4.", "liitteessä 4")]
    public void A_reference_to_a_missing_figure_table_or_annex_is_found(string text, string words)
    {
        var finding = Assert.Single(CheckRun.Rule<MissingFigureOrTableRule>(PlanSaying(text)));
        Assert.Equal(words, finding.Place.Quote);
        Assert.Contains(words, finding.Message.Fi);
    }

    [Theory]
    // Numbers the plan has.
    [InlineData("Kuten kuvasta 1 ja kuvassa 2 näkyy, taulukon 1 luvut ja liitteessä 2 riskit.")]
    // Another document's annex.
    [InlineData("Hakemuksen liitteessä 7 on valtakirja.")]
    // "kuvaa" (describes) is a verb, not a figure.
    [InlineData("Luku kuvaa 3 vaihetta.")]
    public void References_that_resolve_are_not_found(string text)
    {
        var findings = CheckRun.Rule<MissingFigureOrTableRule>(PlanSaying(text));
        Assert.True(findings.Count == 0, CheckRun.Describe(findings));
    }

    [Fact]
    public void A_kind_the_plan_numbers_nowhere_is_not_judged()
    {
        // A PDF text export loses table captions: "taulukossa 5" cannot be judged without any caption.
        var plan = With([], Section("1", "Tausta", "Mittarit on kuvattu taulukossa 5 ja kuvassa 2."));
        Assert.Empty(CheckRun.Rule<MissingFigureOrTableRule>(plan));
    }
}
