using Hankevahti.Import.Money;
using Hankevahti.Plans;

namespace Hankevahti.Tests.Import.Money;

public class BudgetAmountsTests
{
    [Theory]
    // Sentences in the wordings budget sections use; the amount is tied to the word of its own clause.
    [InlineData("Hankkeen kokonaiskustannukset ovat 2,02M€, josta valtionavustus 80 %", StatedFigureKind.Total, 2_020_000)]
    [InlineData("Hankkeen kokonaiskustannukset ovat 2,02M€, josta valtionavustus 80 %", StatedFigureKind.GrantShare, 0.8)]
    [InlineData("Osa-alueen kokonaisbudjetti on 120 000 €, josta omarahoituksen osuus on 24 000 €.", StatedFigureKind.Total, 120_000)]
    [InlineData("Osa-alueen kokonaisbudjetti on 120 000 €, josta omarahoituksen osuus on 24 000 €.", StatedFigureKind.OwnFunding, 24_000)]
    // A version number before the amount ("versiossa 1.0 1 500 000€") is not part of the amount.
    [InlineData("Kokonaisbudjetti oli versiossa 1.0 1 500 000€.", StatedFigureKind.Total, 1_500_000)]
    [InlineData("Omarahoitusosuus on 20 %.", StatedFigureKind.OwnFundingShare, 0.2)]
    [InlineData("Kokonaiskustannukset ovat 686400 euroa.", StatedFigureKind.Total, 686_400)]
    [InlineData("Kokonaiskustannukset ovat 996,89 €.", StatedFigureKind.Total, 996.89)]
    // Both funding words in one clause: each takes its own amount, whichever comes first.
    [InlineData("Valtionavustus on 160 000 € ja omarahoitus 40 000 €.", StatedFigureKind.Grant, 160_000)]
    [InlineData("Valtionavustus on 160 000 € ja omarahoitus 40 000 €.", StatedFigureKind.OwnFunding, 40_000)]
    [InlineData("Omarahoitus on 40 000 € ja valtionavustus 160 000 €.", StatedFigureKind.Grant, 160_000)]
    [InlineData("Valtionavustuksen osuus on 80 % ja omarahoituksen 20 %.", StatedFigureKind.OwnFundingShare, 0.2)]
    public void Prose_figures(string sentence, StatedFigureKind kind, double expected)
    {
        var figures = BudgetProse.Clauses(sentence).SelectMany(BudgetProse.Figures).ToList();
        Assert.Contains(figures, f => f.Kind == kind && f.Value == (decimal)expected);
        // A figure kind is stated once per clause; a second, different value would be a misread amount.
        Assert.Single(figures, f => f.Kind == kind);
    }

    [Theory]
    // "of the total" (elative) is a share of the total, not the total.
    [InlineData("Henkilöstömenoja kokonaiskustannuksista on 50 000 €.")]
    // Years and counts without a euro sign are not money.
    [InlineData("Kokonaiskustannukset tarkentuvat vuonna 2026.")]
    // A share of the budget for one task is not a total.
    [InlineData("Koordinaation osuus kokonaisbudjetista on 42 000 €.")]
    public void Prose_without_figures(string sentence)
    {
        Assert.Empty(BudgetProse.Clauses(sentence).SelectMany(BudgetProse.Figures));
    }

    [Theory]
    // The allocation units of resource tables; the value is in the unit as written.
    [InlineData("100 %", AllocationUnit.Percent, 100)]
    [InlineData("0,5 htv", AllocationUnit.PersonYears, 0.5)]
    [InlineData("2 htkk", AllocationUnit.PersonMonths, 2)]
    [InlineData("6 kk", AllocationUnit.PersonMonths, 6)]
    // A share and a duration together: the share is the allocation, the text keeps both.
    [InlineData("2 x 30 %, 10 kk", AllocationUnit.Percent, 30)]
    public void Allocations_parse(string text, AllocationUnit unit, double value)
    {
        Assert.True(Allocations.TryParse(text, out var a));
        Assert.Equal(unit, a.Unit);
        Assert.Equal((decimal)value, a.Value);
        Assert.Equal(text, a.Text);
    }

    [Theory]
    // Cell text cleaned the same whether or not the reader removed markdown and HTML.
    [InlineData("**Vuokrat**", "Vuokrat")]
    [InlineData("<ul><li>Intranet</li><li>Uutiskirje</li></ul>", "Intranet; Uutiskirje")]
    [InlineData("1\u00A0126\u00A0927", "1 126 927")]
    public void Cell_text_is_cleaned(string text, string expected)
    {
        Assert.Equal(expected, CleanText.Cell(text));
    }
}
