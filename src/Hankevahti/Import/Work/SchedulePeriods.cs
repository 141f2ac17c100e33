using System.Text.RegularExpressions;
using Hankevahti.Plans;

namespace Hankevahti.Import.Work;

/// <summary>
/// Column headings of schedule tables as periods: "09-10/2026", "1-3/2027", "2020 Q1", "Q1/2021",
/// "I/2021", "3/2026", month names with a year ("tammi 2021"), and "Q1" under a year row.
/// </summary>
public static partial class SchedulePeriods
{
    private static readonly string[] MonthStems =
        ["tammi", "helmi", "maalis", "huhti", "touko", "kesä", "heinä", "elo", "syys", "loka", "marras", "joulu"];

    /// <summary>The period a heading names; <paramref name="year"/> is the year from a row above, for "Q1" or a month name alone.</summary>
    public static SchedulePeriod? Parse(string heading, int? year = null)
    {
        // A plan's periods lie in this range; anything else ("0000 Q1") is not a period heading, and
        // DateOnly would refuse year 0.
        if (year is < 1990 or > 2100)
        {
            year = null;
        }
        var t = heading.Trim().Replace('–', '-').Replace('—', '-');
        Match m;
        if ((m = MonthRange().Match(t)).Success)
        {
            var y = int.Parse(m.Groups["y"].Value);
            var a = int.Parse(m.Groups["a"].Value);
            var b = m.Groups["b"].Success ? int.Parse(m.Groups["b"].Value) : a;
            var y1 = m.Groups["y1"].Success ? int.Parse(m.Groups["y1"].Value) : y;
            if (a is < 1 or > 12 || b is < 1 or > 12 || y is < 1990 or > 2100 || y1 is < 1990 || y1 > y || (y1 == y && b < a))
            {
                return null;
            }
            var months = (y - y1) * 12 + b - a + 1;
            return Make(heading, months, new DateOnly(y1, a, 1), y, b);
        }
        if ((m = YearQuarter().Match(t)).Success || (m = QuarterYear().Match(t)).Success)
        {
            var y = int.Parse(m.Groups["y"].Value);
            return y is < 1990 or > 2100 ? null : Quarter(heading, y, int.Parse(m.Groups["q"].Value));
        }
        if ((m = RomanQuarter().Match(t)).Success)
        {
            var q = m.Groups["q"].Value switch { "I" => 1, "II" => 2, "III" => 3, _ => 4 };
            var y = int.Parse(m.Groups["y"].Value);
            return y is < 1990 or > 2100 ? null : Quarter(heading, y, q);
        }
        if ((m = BareQuarter().Match(t)).Success && year is not null)
        {
            return Quarter($"{year} {heading.Trim()}", year.Value, int.Parse(m.Groups["q"].Value)) with { Label = $"{year} {heading.Trim()}" };
        }
        if ((m = MonthName().Match(t.ToLowerInvariant())).Success)
        {
            var month = Array.IndexOf(MonthStems, m.Groups["name"].Value) + 1;
            int? y = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value) : year;
            if (month >= 1 && y is >= 1990 and <= 2100)
            {
                var label = m.Groups["y"].Success ? heading.Trim() : $"{heading.Trim()} {y}";
                return Make(label, 1, new DateOnly(y.Value, month, 1), y.Value, month);
            }
        }
        return null;
    }

    /// <summary>A year on its own ("2020"), as in the row above quarter columns.</summary>
    public static int? Year(string text) =>
        YearOnly().Match(text.Trim()) is { Success: true } m && int.Parse(m.Value) is >= 1990 and <= 2100 and var y ? y : null;

    private static SchedulePeriod Quarter(string label, int year, int q) =>
        Make(label, 3, new DateOnly(year, 3 * q - 2, 1), year, 3 * q);

    private static SchedulePeriod Make(string label, int months, DateOnly start, int endYear, int endMonth) => new()
    {
        Label = label.Trim(),
        Granularity = months switch
        {
            1 => PeriodGranularity.Month,
            2 => PeriodGranularity.Bimonth,
            3 => PeriodGranularity.Quarter,
            6 => PeriodGranularity.HalfYear,
            12 when start.Month == 1 => PeriodGranularity.Year,
            _ => PeriodGranularity.Other,
        },
        Start = start,
        End = new DateOnly(endYear, endMonth, DateTime.DaysInMonth(endYear, endMonth)),
    };

    // "09-10/2026", "1-3/2027", "3/2026", "11/2026-1/2027"
    [GeneratedRegex(@"^(?<a>[0-9]{1,2})(/(?<y1>[0-9]{4}))?(\s*-\s*(?<b>[0-9]{1,2}))?\s*/\s*(?<y>[0-9]{4})$")]
    private static partial Regex MonthRange();

    [GeneratedRegex(@"^(?<y>[0-9]{4})\s*[-/ ]?\s*Q(?<q>[1-4])$", RegexOptions.IgnoreCase)]
    private static partial Regex YearQuarter();

    [GeneratedRegex(@"^Q(?<q>[1-4])\s*[-/ ]\s*(?<y>[0-9]{4})$", RegexOptions.IgnoreCase)]
    private static partial Regex QuarterYear();

    [GeneratedRegex(@"^(?<q>I{1,3}|IV)\s*[/ ]\s*(?<y>[0-9]{4})$")]
    private static partial Regex RomanQuarter();

    [GeneratedRegex(@"^Q(?<q>[1-4])$", RegexOptions.IgnoreCase)]
    private static partial Regex BareQuarter();

    [GeneratedRegex(@"^(?<name>tammi|helmi|maalis|huhti|touko|kesä|heinä|elo|syys|loka|marras|joulu)(kuu(ta)?)?\.?(\s*(?<y>[0-9]{4}))?$")]
    private static partial Regex MonthName();

    [GeneratedRegex(@"^[0-9]{4}$")]
    private static partial Regex YearOnly();
}
