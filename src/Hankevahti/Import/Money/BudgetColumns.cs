using System.Text.RegularExpressions;
using Hankevahti.Plans;

namespace Hankevahti.Import.Money;

/// <summary>What a column of a budget table holds.</summary>
public enum ColumnRole
{
    Planned,
    Actual,
    Forecast,
    /// <summary>The sum of the other columns (actual + forecast, or all years): derived, so kept only as stated figures.</summary>
    Total,
    /// <summary>Person-years (htv) of the row.</summary>
    PersonYears,
}

/// <summary>A column read from its heading: role, the year or period it is for, and the heading as written.</summary>
public sealed record BudgetColumn(int Index, ColumnRole Role, int? Year, string? Period, string Header)
{
    public FigureKind Kind => Role switch
    {
        ColumnRole.Actual => FigureKind.Actual,
        ColumnRole.Forecast => FigureKind.Forecast,
        _ => FigureKind.Planned,
    };
}

/// <summary>
/// Budget column headings as plans write them: "Hankesuunnitelman mukainen budjetti 2024-2025",
/// "TOTEUMA VUOSI 2024", "TALOUSENNUSTE 2025", "KOKONAISKULUT YHT.", a bare year "2026", "Kustannukset, €", "htv".
/// Actual and forecast are tested first because their headings can also name a total ("toteutunut yhteensä").
/// </summary>
public static partial class BudgetColumns
{
    public static BudgetColumn? Classify(int index, string header)
    {
        var text = CleanText.Cell(header);
        var t = text.ToLowerInvariant();
        if (t.Length == 0 || t.Length > 200)
        {
            return null;
        }
        var (year, period) = YearOrPeriod(t);
        if (PersonYearsWord().IsMatch(t))
        {
            return new(index, ColumnRole.PersonYears, year, period, text);
        }
        if (ActualWord().IsMatch(t))
        {
            return new(index, ColumnRole.Actual, year, period, text);
        }
        if (ForecastWord().IsMatch(t))
        {
            return new(index, ColumnRole.Forecast, year, period, text);
        }
        if (TotalWord().IsMatch(t))
        {
            return new(index, ColumnRole.Total, null, period ?? (year is { } y ? y.ToString(System.Globalization.CultureInfo.InvariantCulture) : null), text);
        }
        if (PlannedWord().IsMatch(t) || BareYear().IsMatch(t))
        {
            return new(index, ColumnRole.Planned, year, period, text);
        }
        return null;
    }

    /// <summary>
    /// A single year ("2024") gives <c>Year</c>; a range ("2024-25", "2024- 2025") gives a period written in full
    /// ("2024-2025") so that the same range is the same period in every table.
    /// </summary>
    public static (int? Year, string? Period) YearOrPeriod(string text)
    {
        var range = YearRange().Match(text);
        if (range.Success)
        {
            var from = int.Parse(range.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            var toText = range.Groups[2].Value;
            var to = int.Parse(toText, System.Globalization.CultureInfo.InvariantCulture);
            if (toText.Length == 2)
            {
                to += from / 100 * 100;
            }
            return to > from ? (null, $"{from}-{to}") : (from, null);
        }
        var years = Year().Matches(text).Select(m => m.Value).Distinct().ToList();
        return years.Count == 1 ? (int.Parse(years[0], System.Globalization.CultureInfo.InvariantCulture), null) : (null, null);
    }

    [GeneratedRegex(@"toteum|toteutun|toteutum|toteut\.|tilinpäätö")]
    private static partial Regex ActualWord();

    [GeneratedRegex(@"ennuste|arvioitu toteuma")]
    private static partial Regex ForecastWord();

    [GeneratedRegex(@"kokonais|yhteensä|\byht\b|\byht\.|^total")]
    private static partial Regex TotalWord();

    [GeneratedRegex(@"budjet|suunnitel|talousarvio|kustannusarvio|kustannukset|kulut|menot|euro|€|\beur\b")]
    private static partial Regex PlannedWord();

    [GeneratedRegex(@"^(vuosi\s*)?(19|20)\d{2}$")]
    private static partial Regex BareYear();

    [GeneratedRegex(@"^(htv|henkilötyövuo|henkilötyövuodet|htv:t)")]
    private static partial Regex PersonYearsWord();

    [GeneratedRegex(@"\b(20\d{2})\s*[-–]\s*(20\d{2}|\d{2})\b")]
    private static partial Regex YearRange();

    [GeneratedRegex(@"\b20\d{2}\b")]
    private static partial Regex Year();
}
