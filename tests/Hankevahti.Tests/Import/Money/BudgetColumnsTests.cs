using Hankevahti.Import.Money;

namespace Hankevahti.Tests.Import.Money;

public class BudgetColumnsTests
{
    [Theory]
    // The plan column: by its words, with the period it covers written in full.
    [InlineData("Hankesuunnitelman mukainen budjetti vuosina 2024-2025", ColumnRole.Planned, null, "2024-2025")]
    [InlineData("Budjetti 2024-25", ColumnRole.Planned, null, "2024-2025")]
    [InlineData("Kustannukset, €", ColumnRole.Planned, null, null)]
    // A bare year is a planned column for that year (multi-year budgets).
    [InlineData("2026", ColumnRole.Planned, 2026, null)]
    // Actual and forecast columns carry their year; upper case is the same heading.
    [InlineData("TOTEUMA VUOSI 2024", ColumnRole.Actual, 2024, null)]
    [InlineData("Toteutunut 2020", ColumnRole.Actual, 2020, null)]
    [InlineData("TALOUSENNUSTE 2025", ColumnRole.Forecast, 2025, null)]
    [InlineData("Ennuste 2021", ColumnRole.Forecast, 2021, null)]
    // A total column is derived; its range is the period, spaced ranges included.
    [InlineData("KOKONAISKULUT YHT. VUODET 2024- 2025", ColumnRole.Total, null, "2024-2025")]
    [InlineData("Yhteensä", ColumnRole.Total, null, null)]
    [InlineData("htv", ColumnRole.PersonYears, null, null)]
    public void Headings(string header, ColumnRole role, int? year, string? period)
    {
        var column = BudgetColumns.Classify(3, header);
        Assert.NotNull(column);
        Assert.Equal(role, column.Role);
        Assert.Equal(year, column.Year);
        Assert.Equal(period, column.Period);
        Assert.Equal(3, column.Index);
    }

    [Theory]
    // Headings that name no amount column.
    [InlineData("")]
    [InlineData("Kustannuslaji")]
    [InlineData("Selite")]
    public void Not_amount_columns(string header)
    {
        Assert.Null(BudgetColumns.Classify(1, header));
    }
}
