using Hankevahti.Checks;
using Hankevahti.Checks.Rules.Costs;
using Hankevahti.Plans;
using Hankevahti.Tests.Checks.Support;

namespace Hankevahti.Tests.Checks.Costs;

public class ProseListAgainstTotalTests
{
    private static Plan WithText(string text) => new()
    {
        Sections = [new Section { Number = "3.5", Title = "Kustannukset", Kind = "budget", Text = text, Source = new SourceRef { Line = 50 } }],
    };

    private const string Items = "\n\n- Mallin valmistelu 200 000 €\n\n- Kokeilut 300 000 €\n\n- Arviointi 100 000 €";

    [Theory]
    // The total stands in the sentence before the split, which refers back to it by its subject.
    [InlineData("Osa-alueen kokonaisbudjetti on 700 000 €, josta omarahoitus 140 000 €. Kokonaisbudjetti jakautuu seuraavasti toimenpiteiden kesken:", "700 000 €")]
    // The total stands in the splitting sentence itself.
    [InlineData("Osa-alueen 700 000 euron budjetti jaetaan toimenpiteille seuraavasti:", "700 000 euron")]
    // A pronoun refers to the sentence before.
    [InlineData("Hankkeen kustannukset ovat 0,7 M€. Tämä jakautuu seuraavasti:", "0,7 M€")]
    public void A_list_that_does_not_add_up_to_its_total(string intro, string quote)
    {
        var f = Assert.Single(CheckRun.Rule<ProseListAgainstTotalRule>(WithText(intro + Items)));
        Assert.Equal(FindingSeverity.Error, f.Severity);
        Assert.Equal("3.5", f.Place.SectionNumber);
        Assert.Equal("sections[0].text", f.Place.Path);
        Assert.StartsWith(quote.Split(' ')[0], f.Place.Quote, StringComparison.Ordinal);
        Assert.Contains("200 000 € + 300 000 € + 100 000 € = 600 000 €", f.Message.Fi, StringComparison.Ordinal);
        Assert.Contains("700 000 €", f.Message.Fi, StringComparison.Ordinal);
        Assert.Contains("€600,000", f.Message.En, StringComparison.Ordinal);
        Assert.NotNull(f.Hint);
    }

    [Theory]
    // The list adds up to the total.
    [InlineData("Osa-alueen kokonaisbudjetti on 600 000 €, josta omarahoitus 120 000 €. Kokonaisbudjetti jakautuu seuraavasti:" + Items)]
    // The list splits the own funding share of a total (a "josta" amount): it agrees with one of the amounts.
    [InlineData("Budjetti on 3 000 000 €, josta kuntien osuus 600 000 € jakautuu seuraavasti:" + Items)]
    // No sentence says the amount is split: a list of amounts after a plain paragraph is not a split.
    [InlineData("Hankkeen kokonaisbudjetti on 900 000 €. Toimenpiteitä ovat:" + Items)]
    // The intro does not end in a colon: the list does not continue it.
    [InlineData("Kokonaisbudjetti 900 000 € jakautuu toimenpiteille tasaisesti." + Items)]
    // An item without an amount: the list is not a list of amounts.
    [InlineData("Kokonaisbudjetti 900 000 € jakautuu seuraavasti:\n\n- Valmistelu 200 000 €\n\n- Kokeilut")]
    // The splitting sentence names a subject that no earlier sentence gives an amount for.
    [InlineData("Hankkeen kokonaisbudjetti on 900 000 €. Osa-alueen rahoitus jakautuu seuraavasti:" + Items)]
    // Years and counts are not money.
    [InlineData("Vuoden 2022 kustannukset jakautuvat seuraavasti:\n\n- Kevät 2022 10 henkilöä\n\n- Syksy 2022 12 henkilöä")]
    // One item is no split.
    [InlineData("Kokonaisbudjetti 900 000 € jakautuu seuraavasti:\n\n- Kaikki toimenpiteet 800 000 €")]
    public void Lists_that_agree_or_split_nothing_give_nothing(string text)
    {
        var findings = CheckRun.Rule<ProseListAgainstTotalRule>(WithText(text));
        Assert.True(findings.Count == 0, CheckRun.Describe(findings));
    }

    [Theory]
    // The parts of an amount add up to more than the amount.
    [InlineData("Henkilöstökuluja on 500 000 €, joista palkkoja 300 000 € ja sivukuluja 250 000 €.", 1)]
    // They add up to it exactly.
    [InlineData("Henkilöstökuluja on 550 000 €, joista palkkoja 300 000 € ja sivukuluja 250 000 €.", 0)]
    // They may leave something out: less than the whole is no error.
    [InlineData("Henkilöstökuluja on 900 000 €, joista palkkoja 300 000 € ja sivukuluja 250 000 €.", 0)]
    // One part ("josta omarahoitus") is a share, not a split.
    [InlineData("Budjetti on 500 000 €, josta omarahoitus 100 000 €. Palvelut 900 000 €.", 0)]
    public void Parts_of_an_amount_that_exceed_it(string text, int expected)
    {
        var findings = CheckRun.Rule<ProseListAgainstTotalRule>(WithText(text));
        Assert.True(findings.Count == expected, CheckRun.Describe(findings));
        if (expected > 0)
        {
            Assert.Contains("300 000 € + 250 000 € = 550 000 €", findings[0].Message.Fi, StringComparison.Ordinal);
            Assert.Equal("500 000 €", findings[0].Place.Quote);
        }
    }

    [Theory]
    // A section with no text, and text with odd list markers, never throw.
    [InlineData("")]
    [InlineData("-")]
    [InlineData(":\n- \n- ")]
    [InlineData("Kokonaisbudjetti jakautuu seuraavasti:\n- 1 €\n- 2 €")]
    public void Odd_text_gives_no_finding(string text) =>
        Assert.Empty(CheckRun.Rule<ProseListAgainstTotalRule>(WithText(text)));

    [Theory]
    // Finnish thousands: a space or a no-break space; a decimal comma; "euroa" spelled out.
    [InlineData("1 336 000 €", 1_336_000)]
    [InlineData("1\u00A0336\u00A0000 €", 1_336_000)]
    [InlineData("2,02M€", 2_020_000)]
    [InlineData("450 000 euroa", 450_000)]
    [InlineData("996,89 €", 996.89)]
    public void Amounts_in_prose(string text, decimal expected) =>
        Assert.Equal(expected, Assert.Single(ProseAmounts.In(text.Replace('\u00A0', ' '))).Value);
}
