namespace Hankevahti.Tests.Vocabulary;

public class AmountsTests
{
    [Theory]
    // Thousands grouped by spaces and a euro sign: the template's own way.
    [InlineData("1 356 000 €", 1_356_000, AmountUnit.Euro, true)]
    // Word writes no-break and narrow no-break spaces between the groups; they are spaces.
    [InlineData("1\u00A0356\u00A0000 €", 1_356_000, AmountUnit.Euro, true)]
    [InlineData("1\u202F356\u202F000", 1_356_000, AmountUnit.Number, true)]
    // A cell of a euro column holds digits only: the number is certain, the unit is the column's.
    [InlineData("1356000", 1_356_000, AmountUnit.Number, true)]
    // Dots as thousands separators, twice: nothing else reads that way.
    [InlineData("1.356.000", 1_356_000, AmountUnit.Number, true)]
    // One dot group may be a decimal point written the English way: read, but not certain.
    [InlineData("1.356 €", 1356, AmountUnit.Euro, false)]
    // Millions: "M€" right after the number, "milj. euroa" as words.
    [InlineData("3,5M€", 3_500_000, AmountUnit.Euro, true)]
    [InlineData("2,02 milj. euroa", 2_020_000, AmountUnit.Euro, true)]
    [InlineData("2,02 milj. €", 2_020_000, AmountUnit.Euro, true)]
    // Thousands of euros as budget tables abbreviate them.
    [InlineData("120 t€", 120_000, AmountUnit.Euro, true)]
    // A lone "t" may be hours or tonnes: the scale is read but not with certainty.
    [InlineData("120 t", 120_000, AmountUnit.Euro, false)]
    // Decimal comma without a unit: cents in a euro column.
    [InlineData("996,89", 996.89, AmountUnit.Number, true)]
    [InlineData("120 000 euroa", 120_000, AmountUnit.Euro, true)]
    // Person-years in resource tables.
    [InlineData("0,5 htv", 0.5, AmountUnit.PersonYears, true)]
    [InlineData("2 henkilötyövuotta", 2, AmountUnit.PersonYears, true)]
    // A share; the value is the number as written.
    [InlineData("20 %", 20, AmountUnit.Percent, true)]
    // A correction row in a budget table can be negative, with a hyphen or a minus sign.
    [InlineData("-5 000 €", -5000, AmountUnit.Euro, true)]
    [InlineData("\u22125 000", -5000, AmountUnit.Number, true)]
    public void Parses_a_whole_cell(string text, double value, AmountUnit unit, bool certain)
    {
        var a = Amounts.Parse(text);
        Assert.NotNull(a);
        Assert.Equal((decimal)value, a.Value.Value);
        Assert.Equal(unit, a.Value.Unit);
        Assert.Equal(certain, a.Value.Certain);
        Assert.False(a.Value.IsEmpty);
    }

    [Theory]
    // A dash is how a table says "nothing here": an empty amount, not a missing one and not a number.
    [InlineData("-")]
    [InlineData("–")]
    public void A_dash_is_empty(string text)
    {
        var a = Amounts.Parse(text);
        Assert.True(a?.IsEmpty);
        Assert.False(Amounts.TryParseEuros(text, out _));
    }

    [Theory]
    // A work code is not an amount (one dot, two digits after it).
    [InlineData("1.4")]
    // A date is not an amount.
    [InlineData("28.4.2020")]
    // Groups of the wrong size are not thousands.
    [InlineData("1 35 000")]
    // Words around the number make it prose, not a cell amount.
    [InlineData("noin 50 000 €")]
    // A scale on person-years or a share is nonsense.
    [InlineData("2 M htv")]
    [InlineData("")]
    public void Refuses_what_is_not_one_amount(string text)
    {
        Assert.Null(Amounts.Parse(text));
        Assert.False(Amounts.TryParseEuros(text, out _));
    }

    [Theory]
    // Person-years and shares are not euros, even though they are amounts.
    [InlineData("0,5 htv")]
    [InlineData("20 %")]
    // An uncertain reading does not become a euro figure.
    [InlineData("1.356 €")]
    public void Euros_are_only_certain_euro_or_bare_amounts(string text)
    {
        Assert.NotNull(Amounts.Parse(text));
        Assert.False(Amounts.TryParseEuros(text, out _));
    }

    [Theory]
    [InlineData("20 %", 0.2)]
    [InlineData("80%", 0.8)]
    [InlineData("20,5 %", 0.205)]
    public void Percent_is_a_fraction(string text, double fraction)
    {
        Assert.True(Amounts.TryParsePercent(text, out var f));
        Assert.Equal((decimal)fraction, f);
    }

    [Theory]
    // Prose: the unit makes it money; the year and the count around it are not.
    [InlineData("Vuonna 2026 hankkeen 3 toimijaa käyttävät 686 400 € palkkoihin.", new[] { 686_400.0 })]
    // Millions and inflected euro words.
    [InlineData("Budjetti on 2,02M€, josta 1,5 milj. euroa on avustusta ja 500 000 euron osuus omaa.", new[] { 2_020_000.0, 1_500_000.0, 500_000.0 })]
    // A version number just before an amount is not part of it.
    [InlineData("Kokonaisbudjetti oli versiossa 1.0 1 500 000€.", new[] { 1_500_000.0 })]
    // A code with a dot before a euro sign is not an amount of its last digits.
    [InlineData("Kohta 1.4 €-määräisenä", new double[0])]
    public void Finds_euros_in_prose(string text, double[] euros)
    {
        Assert.Equal(euros.Select(e => (decimal)e), Amounts.FindEuros(text).Select(m => m.Amount.Value));
    }

    [Fact]
    public void An_estimate_in_prose_is_not_certain()
    {
        // "noin" says the writer does not know the figure exactly; a check must not rest an error on it.
        var found = Assert.Single(Amounts.FindEuros("Kustannukset ovat noin 50 000 €."));
        Assert.Equal(50_000m, found.Amount.Value);
        Assert.False(found.Amount.Certain);
    }
}
