namespace Hankevahti.Tests.Vocabulary;

public class PeriodsTests
{
    [Theory]
    // A month range in one year, as schedule columns write it; months only, so the ends are whole months.
    [InlineData("3-11/2024", "2024-03-01", "2024-11-30", PeriodKind.Months)]
    [InlineData("09-10/2026", "2026-09-01", "2026-10-31", PeriodKind.Months)]
    // En dash instead of a hyphen.
    [InlineData("01–03/2027", "2027-01-01", "2027-03-31", PeriodKind.Months)]
    // One month.
    [InlineData("3/2026", "2026-03-01", "2026-03-31", PeriodKind.Months)]
    // A range over a year's end, each end with its year.
    [InlineData("11/2026-1/2027", "2026-11-01", "2027-01-31", PeriodKind.Months)]
    [InlineData("09/2026–12/2027", "2026-09-01", "2027-12-31", PeriodKind.Months)]
    // Quarters both ways round, and in Roman numerals.
    [InlineData("Q1/2021", "2021-01-01", "2021-03-31", PeriodKind.Quarter)]
    [InlineData("2020 Q1", "2020-01-01", "2020-03-31", PeriodKind.Quarter)]
    [InlineData("IV/2020", "2020-10-01", "2020-12-31", PeriodKind.Quarter)]
    // Half-years.
    [InlineData("H2/2021", "2021-07-01", "2021-12-31", PeriodKind.HalfYear)]
    // Whole years, one or a range.
    [InlineData("2020–2021", "2020-01-01", "2021-12-31", PeriodKind.Years)]
    [InlineData("2026", "2026-01-01", "2026-12-31", PeriodKind.Years)]
    // Exact days.
    [InlineData("1.3.2022–31.12.2022", "2022-03-01", "2022-12-31", PeriodKind.Days)]
    [InlineData("28.4.2020", "2020-04-28", "2020-04-28", PeriodKind.Days)]
    // Month names, with the base form or the stem.
    [InlineData("tammikuu 2021", "2021-01-01", "2021-01-31", PeriodKind.Months)]
    [InlineData("Loka 2026", "2026-10-01", "2026-10-31", PeriodKind.Months)]
    public void Parses(string text, string start, string end, PeriodKind kind)
    {
        var p = Periods.Parse(text);
        Assert.NotNull(p);
        Assert.Equal(DateOnly.Parse(start), p.Start);
        Assert.Equal(DateOnly.Parse(end), p.End);
        Assert.Equal(kind, p.Kind);
        Assert.True(p.Certain);
    }

    [Theory]
    // Seasons: their months are a convention, so the reading is not certain.
    [InlineData("syksy 2026", "2026-09-01", "2026-11-30")]
    [InlineData("syksyllä 2026", "2026-09-01", "2026-11-30")]
    [InlineData("keväällä 2027", "2027-03-01", "2027-05-31")]
    // Winter runs over the year's end.
    [InlineData("talvi 2026", "2026-12-01", "2027-02-28")]
    public void Seasons_are_read_but_not_certain(string text, string start, string end)
    {
        var p = Periods.Parse(text);
        Assert.NotNull(p);
        Assert.Equal(DateOnly.Parse(start), p.Start);
        Assert.Equal(DateOnly.Parse(end), p.End);
        Assert.Equal(PeriodKind.Season, p.Kind);
        Assert.False(p.Certain);
    }

    [Theory]
    // A template placeholder is not a period.
    [InlineData("pp.kk.vvvv")]
    [InlineData("0000 Q1")]
    // Month 13 and a backwards range do not exist.
    [InlineData("13/2026")]
    [InlineData("11-3/2026")]
    [InlineData("2022–2021")]
    // A day that does not exist.
    [InlineData("31.2.2022")]
    // A work code is not a period.
    [InlineData("1.4A")]
    // "Q1" without a year above it says no year.
    [InlineData("Q1")]
    public void Refuses(string text) => Assert.Null(Periods.Parse(text));

    [Fact]
    public void A_bare_quarter_takes_the_year_given()
    {
        // Schedule tables put the year in a row above the quarter columns.
        var p = Periods.Parse("Q2", 2021);
        Assert.Equal(new DateOnly(2021, 4, 1), p?.Start);
        Assert.Equal("2021 Q2", p?.Text);
    }

    [Theory]
    // Days win over months when a sentence states both.
    [InlineData("Hankeaika on 1.9.2026–31.12.2027 (09/2026–12/2027).", "2026-09-01", "2027-12-31")]
    [InlineData("Hanke toteutetaan ajalla 09/2026 - 12/2027.", "2026-09-01", "2027-12-31")]
    public void Finds_a_range_in_prose(string text, string start, string end)
    {
        var p = Periods.FindRange(text);
        Assert.Equal(DateOnly.Parse(start), p?.Start);
        Assert.Equal(DateOnly.Parse(end), p?.End);
    }

    [Fact]
    public void A_range_ending_before_it_starts_is_not_found()
    {
        Assert.Null(Periods.FindRange("ajalla 31.12.2027–1.9.2026"));
    }
}
