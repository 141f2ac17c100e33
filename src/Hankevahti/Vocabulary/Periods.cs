using System.Globalization;
using System.Text.RegularExpressions;

namespace Hankevahti.Vocabulary;

/// <summary>How a period was written, which says how precise its ends are.</summary>
public enum PeriodKind
{
    /// <summary>"1.3.2022–31.12.2022": exact days.</summary>
    Days,
    /// <summary>"3/2026", "09-10/2026", "11/2026-1/2027", "09/2026–12/2027", "tammi 2021": whole months.</summary>
    Months,
    /// <summary>"Q1/2021", "2020 Q1", "I/2021", "Q1" under a year.</summary>
    Quarter,
    /// <summary>"H1/2021", "2021 H2".</summary>
    HalfYear,
    /// <summary>"syksy 2026", "keväällä 2027": a season; where it starts and ends is a convention, so not certain.</summary>
    Season,
    /// <summary>"2026", "2020–2021": whole years.</summary>
    Years,
}

/// <summary>
/// A period a plan names. <see cref="Start"/> is its first day and <see cref="End"/> its last; when only months
/// are given they are the first and the last day of those months. <see cref="Certain"/> is false for seasons,
/// whose months are a convention (kevät = March–May, kesä = June–August, syksy = September–November,
/// talvi = December–February of the next year).
/// </summary>
public sealed record Period(DateOnly Start, DateOnly End, PeriodKind Kind, string Text, bool Certain = true)
{
    /// <summary>Whole months covered, counting the first and the last.</summary>
    public int Months => (End.Year - Start.Year) * 12 + End.Month - Start.Month + 1;
}

/// <summary>
/// The one grammar for periods and dates in Finnish plans: "3-11/2024", "09-10/2026", "11/2026-1/2027",
/// "09/2026–12/2027", "Q1/2021", "2020 Q1", "I/2021", "H1/2021", "syksy 2026", "2020–2021", "2026",
/// "1.3.2022–31.12.2022", month names with a year ("tammi 2021", "tammikuu 2021") and dates ("28.4.2020").
/// Years outside 1990–2100 are not a plan's ("0000 Q1" is a placeholder).
/// </summary>
public static partial class Periods
{
    private static readonly string[] MonthStems =
        ["tammi", "helmi", "maalis", "huhti", "touko", "kesä", "heinä", "elo", "syys", "loka", "marras", "joulu"];

    /// <summary>
    /// Reads a whole heading or phrase as one period. <paramref name="year"/> is a year given elsewhere (the row
    /// above quarter columns) for "Q1" or a month name alone.
    /// </summary>
    public static Period? Parse(string? text, int? year = null)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (year is < 1990 or > 2100)
        {
            year = null;
        }
        var written = CleanText.Squeeze(text);
        var t = written.Replace('–', '-').Replace('—', '-');
        Match m;
        if ((m = DayRange().Match(t)).Success)
        {
            return TryParseDate(m.Groups["a"].Value, out var a) && TryParseDate(m.Groups["b"].Value, out var b) && a <= b
                ? new Period(a, b, PeriodKind.Days, written)
                : null;
        }
        if (TryParseDate(t, out var day))
        {
            return new Period(day, day, PeriodKind.Days, written);
        }
        if ((m = MonthRange().Match(t)).Success)
        {
            var y = Int(m, "y");
            var a = Int(m, "a");
            var b = m.Groups["b"].Success ? Int(m, "b") : a;
            var y1 = m.Groups["y1"].Success ? Int(m, "y1") : y;
            if (a is < 1 or > 12 || b is < 1 or > 12 || !IsYear(y) || !IsYear(y1) || y1 > y || (y1 == y && b < a))
            {
                return null;
            }
            return Months(y1, a, y, b, PeriodKind.Months, written);
        }
        if ((m = YearQuarter().Match(t)).Success || (m = QuarterYear().Match(t)).Success)
        {
            return IsYear(Int(m, "y")) ? Quarter(Int(m, "y"), Int(m, "q"), written) : null;
        }
        if ((m = RomanQuarter().Match(t)).Success)
        {
            var q = m.Groups["q"].Value switch { "I" => 1, "II" => 2, "III" => 3, _ => 4 };
            return IsYear(Int(m, "y")) ? Quarter(Int(m, "y"), q, written) : null;
        }
        if ((m = BareQuarter().Match(t)).Success)
        {
            return year is null ? null : Quarter(year.Value, Int(m, "q"), $"{year} {written}");
        }
        if ((m = YearHalf().Match(t)).Success || (m = HalfYear().Match(t)).Success)
        {
            var y = Int(m, "y");
            var h = Int(m, "h");
            return IsYear(y) ? Months(y, 6 * h - 5, y, 6 * h, PeriodKind.HalfYear, written) : null;
        }
        if ((m = MonthName().Match(t.ToLowerInvariant())).Success)
        {
            var month = Array.IndexOf(MonthStems, m.Groups["name"].Value) + 1;
            int? y = m.Groups["y"].Success ? Int(m, "y") : year;
            if (month < 1 || y is null || !IsYear(y.Value))
            {
                return null;
            }
            return Months(y.Value, month, y.Value, month, PeriodKind.Months, m.Groups["y"].Success ? written : $"{written} {y}");
        }
        if ((m = Season().Match(t.ToLowerInvariant())).Success)
        {
            var y = Int(m, "y");
            if (!IsYear(y))
            {
                return null;
            }
            var (first, last) = m.Groups["name"].Value switch
            {
                "kevä" => (3, 5),
                "kesä" => (6, 8),
                "syksy" => (9, 11),
                _ => (12, 14),
            };
            var start = new DateOnly(y, first, 1);
            var end = start.AddMonths(last - first + 1).AddDays(-1);
            return new Period(start, end, PeriodKind.Season, written, Certain: false);
        }
        if ((m = YearRange().Match(t)).Success)
        {
            var a = Int(m, "a");
            var b = m.Groups["b"].Success ? Int(m, "b") : a;
            return IsYear(a) && IsYear(b) && a <= b ? Months(a, 1, b, 12, PeriodKind.Years, written) : null;
        }
        return null;
    }

    /// <summary>A year on its own ("2020"), as in the row above quarter columns.</summary>
    public static int? Year(string? text) =>
        text is not null && YearRange().Match(text.Trim()) is { Success: true } m && !m.Groups["b"].Success && IsYear(Int(m, "a")) ? Int(m, "a") : null;

    /// <summary>
    /// The first range a running text states: days ("1.9.2026–31.12.2027") before months ("09/2026–12/2027").
    /// A range whose end is before its start is not one.
    /// </summary>
    public static Period? FindRange(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        var d = DayRangeIn().Match(text);
        if (d.Success && Parse(d.Value) is { } days && days.Start < days.End)
        {
            return days;
        }
        var m = MonthRangeIn().Match(text);
        return m.Success ? Parse(m.Value) : null;
    }

    /// <summary>A date written whole: "28.4.2020", "1. 9. 2026", "1.9.26"; placeholders such as "pp.kk.vvvv" are not dates.</summary>
    public static bool TryParseDate(string? text, out DateOnly date)
    {
        date = default;
        if (text is null)
        {
            return false;
        }
        var m = Date().Match(text.Trim());
        if (!m.Success)
        {
            return false;
        }
        var d = Int(m, "d");
        var mo = Int(m, "m");
        var y = Int(m, "y");
        if (y < 100)
        {
            y += 2000;
        }
        if (mo is < 1 or > 12 || d < 1 || y < 1 || d > DateTime.DaysInMonth(y, mo))
        {
            return false;
        }
        date = new DateOnly(y, mo, d);
        return true;
    }

    /// <summary>The first date anywhere in a text.</summary>
    public static bool TryFindDate(string? text, out DateOnly date)
    {
        date = default;
        if (text is null)
        {
            return false;
        }
        foreach (Match m in DateIn().Matches(text))
        {
            if (TryParseDate(m.Value, out date))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsYear(int y) => y is >= 1990 and <= 2100;

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    private static Period Quarter(int year, int q, string text) => Months(year, 3 * q - 2, year, 3 * q, PeriodKind.Quarter, text);

    private static Period Months(int y1, int m1, int y2, int m2, PeriodKind kind, string text) =>
        new(new DateOnly(y1, m1, 1), new DateOnly(y2, m2, DateTime.DaysInMonth(y2, m2)), kind, text);

    [GeneratedRegex(@"^(?<d>[0-9]{1,2})\.\s?(?<m>[0-9]{1,2})\.\s?(?<y>[0-9]{4}|[0-9]{2})$")]
    private static partial Regex Date();

    [GeneratedRegex(@"\b[0-9]{1,2}\.\s?[0-9]{1,2}\.\s?([0-9]{4}|[0-9]{2})\b")]
    private static partial Regex DateIn();

    [GeneratedRegex(@"^(?<a>[0-9]{1,2}\.\s?[0-9]{1,2}\.\s?[0-9]{4})\s*-\s*(?<b>[0-9]{1,2}\.\s?[0-9]{1,2}\.\s?[0-9]{4})$")]
    private static partial Regex DayRange();

    [GeneratedRegex(@"\d{1,2}\.\d{1,2}\.\d{4}\s*[-–—]\s*\d{1,2}\.\d{1,2}\.\d{4}")]
    private static partial Regex DayRangeIn();

    [GeneratedRegex(@"\d{1,2}/\d{4}\s*[-–—]\s*\d{1,2}/\d{4}")]
    private static partial Regex MonthRangeIn();

    // "09-10/2026", "1-3/2027", "3/2026", "11/2026-1/2027", "09/2026-12/2027"
    [GeneratedRegex(@"^(?<a>[0-9]{1,2})(\s*/\s*(?<y1>[0-9]{4}))?(\s*-\s*(?<b>[0-9]{1,2}))?\s*/\s*(?<y>[0-9]{4})$")]
    private static partial Regex MonthRange();

    [GeneratedRegex(@"^(?<y>[0-9]{4})\s*[-/ ]?\s*Q(?<q>[1-4])$", RegexOptions.IgnoreCase)]
    private static partial Regex YearQuarter();

    [GeneratedRegex(@"^Q(?<q>[1-4])\s*[-/ ]\s*(?<y>[0-9]{4})$", RegexOptions.IgnoreCase)]
    private static partial Regex QuarterYear();

    [GeneratedRegex(@"^(?<q>I{1,3}|IV)\s*[/ ]\s*(?<y>[0-9]{4})$")]
    private static partial Regex RomanQuarter();

    [GeneratedRegex(@"^Q(?<q>[1-4])$", RegexOptions.IgnoreCase)]
    private static partial Regex BareQuarter();

    [GeneratedRegex(@"^(?<y>[0-9]{4})\s*[-/ ]?\s*H(?<h>[12])$", RegexOptions.IgnoreCase)]
    private static partial Regex YearHalf();

    [GeneratedRegex(@"^H(?<h>[12])\s*[-/ ]\s*(?<y>[0-9]{4})$", RegexOptions.IgnoreCase)]
    private static partial Regex HalfYear();

    [GeneratedRegex(@"^(?<name>tammi|helmi|maalis|huhti|touko|kesä|heinä|elo|syys|loka|marras|joulu)(kuu(ta|ssa|n)?)?\.?(\s*(?<y>[0-9]{4}))?$")]
    private static partial Regex MonthName();

    // "syksy 2026", "syksyllä 2026", "kevät 2027", "keväällä 2027", "kesä 2026", "talvi 2026".
    [GeneratedRegex(@"^(?<name>kevä|kesä|syksy|talv)(t|ällä|än|llä|ssä|n|i|ella|en)?\s+(?<y>[0-9]{4})$")]
    private static partial Regex Season();

    // "2026", "2020-2021", "2020 - 2021".
    [GeneratedRegex(@"^(?<a>[0-9]{4})(\s*-\s*(?<b>[0-9]{4}))?$")]
    private static partial Regex YearRange();
}
