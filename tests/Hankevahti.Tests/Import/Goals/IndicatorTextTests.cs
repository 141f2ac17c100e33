using System.Text;
using Hankevahti.Import;
using Hankevahti.Import.Goals;
using Hankevahti.Plans;
using Hankevahti.Reading.Text;

namespace Hankevahti.Tests.Import.Goals;

public class IndicatorTextTests
{
    [Theory]
    // An explicit answer form wins over everything else in the text.
    [InlineData("Malli on dokumentoitu (Kyllä / Ei)", IndicatorKind.YesNo)]
    [InlineData("Toteutuminen (toteutuu/ei toteudu)", IndicatorKind.YesNo)]
    // A state that holds or not is yes/no even without the answer form.
    [InlineData("Etsivän työn verkosto on aloittanut", IndicatorKind.YesNo)]
    [InlineData("Kokemus ohjauksesta (itsearviointi kyselyssä)", IndicatorKind.SelfAssessment)]
    [InlineData("Tyytyväisyys asteikolla 1–5", IndicatorKind.SelfAssessment)]
    // "%" is a unit and beats the day word in "… päivän raja … %".
    [InlineData("Osuus käynneistä, joissa viiden päivän raja täyttyy %", IndicatorKind.Percentage)]
    [InlineData("Säästö euroina (€)", IndicatorKind.Money)]
    [InlineData("Jonotusaika (pv)", IndicatorKind.Days)]
    [InlineData("Odotusaika vrk", IndicatorKind.Days)]
    // Count and share both named: the first one stated wins.
    [InlineData("Alueiden määrä (lukumäärä / osuus alueista)", IndicatorKind.Count)]
    [InlineData("Alueiden osuus (osuus / lukumäärä)", IndicatorKind.Percentage)]
    [InlineData("Tapausten lkm", IndicatorKind.Count)]
    [InlineData("Potilaiden tyytyväisyys", IndicatorKind.Other)]
    public void Kind_comes_from_the_wording(string text, IndicatorKind kind) =>
        Assert.Equal(kind, IndicatorText.Classify(text));

    [Theory]
    // Numbers are kept as written, with the unit text alongside.
    [InlineData("150 pv", 150.0, null)]
    [InlineData("90 %", 90.0, null)]
    [InlineData("1 500", 1500.0, null)]
    [InlineData("3,5", 3.5, null)]
    // A comparison word keeps the number; the text says it is a bound.
    [InlineData("alle 90 %", 90.0, null)]
    [InlineData("kyllä", null, true)]
    [InlineData("ei toteudu", null, false)]
    // A range is not one value: only the text is kept.
    [InlineData("1 500–3 000", null, null)]
    public void Target_cells_are_read(string cell, double? value, bool? achieved)
    {
        var v = IndicatorText.ParseValue(cell, 2025);
        Assert.NotNull(v);
        Assert.Equal(value is null ? null : (decimal)value.Value, v!.Value);
        Assert.Equal(achieved, v.Achieved);
        Assert.Equal(cell, v.Text);
        Assert.Equal(2025, v.Year);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    public void Empty_cells_are_no_target(string cell) => Assert.Null(IndicatorText.ParseValue(cell));

    [Theory]
    [InlineData("2025", 2025, null)]
    // A half-year keeps its label as the period.
    [InlineData("2026 H1", 2026, "2026 H1")]
    [InlineData("Q3/2026", 2026, "Q3/2026")]
    public void Year_columns_are_recognised(string heading, int year, string? period)
    {
        Assert.True(IndicatorText.TryYearColumn(heading, out var y, out var p));
        Assert.Equal(year, y);
        Assert.Equal(period, p);
    }

    [Theory]
    [InlineData("Mittari")]
    [InlineData("09-10/2026")]
    public void Other_headings_are_not_year_columns(string heading) => Assert.False(IndicatorText.TryYearColumn(heading, out _, out _));

    [Fact]
    public void A_table_with_year_columns_gives_an_indicator_with_yearly_targets()
    {
        var text = "1. Seuranta ja arviointi\n\nMittari\tLähtötaso\t2024\t2025\t2026\t2027\tTietolähde\nHoitoon pääsyn odotusaika\t180 pv\t150 pv\t90 pv\t90 pv\t90 pv\tPotilastietojärjestelmä\nMalli käytössä\tei\tei\tkyllä\tkyllä\tkyllä\t\n";
        var plan = PlanImporter.Import(PlanTextReader.Read(Encoding.UTF8.GetBytes(text), "t.txt"), "t.txt").Plan!;
        Assert.Equal(2, plan.Indicators.Count);
        var days = plan.Indicators[0];
        Assert.Equal("Hoitoon pääsyn odotusaika", days.Name);
        Assert.Equal(IndicatorKind.Days, days.Kind);
        Assert.Equal("pv", days.Unit);
        Assert.Equal(180m, days.Baseline?.Value);
        Assert.Equal([2024, 2025, 2026, 2027], days.Targets.Select(t => t.Year!.Value));
        Assert.Equal([150m, 90m, 90m, 90m], days.Targets.Select(t => t.Value!.Value));
        Assert.Equal("Potilastietojärjestelmä", days.DataSource);
        var yesNo = plan.Indicators[1];
        Assert.Equal(IndicatorKind.YesNo, yesNo.Kind);
        Assert.Equal([false, true, true, true], yesNo.Targets.Select(t => t.Achieved!.Value));
        // Every row was placed, so the table leaves no section text.
        Assert.DoesNotContain("150 pv", plan.Sections[0].Text, StringComparison.Ordinal);
    }
}
