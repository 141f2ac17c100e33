using System.Globalization;
using System.Text.RegularExpressions;

namespace Hankevahti.Following;

/// <summary>How long a programme's reporting periods are, read from the profile's month-day bounds.</summary>
public enum PeriodLength { Year, HalfYear, Quarter, Month, Other }

/// <summary>
/// The codes reporting periods are written with on the command line, in files and in addresses: "2026" (a year),
/// "2026-H2" (a half-year), "2026-Q4" (a quarter), "2026-11" (a month), "2026-P3" (the third period of a year
/// whose periods are none of those). One place both writes and reads them, so a code always means one period.
/// </summary>
public static partial class PeriodCodes
{
    /// <summary>The shape of the period <paramref name="start"/>–<paramref name="end"/> (whole calendar units only).</summary>
    public static PeriodLength LengthOf(DateOnly start, DateOnly end)
    {
        if (start.Day != 1 || end != EndOfMonth(end) || end < start || end.Year != start.Year)
        {
            return PeriodLength.Other;
        }
        var months = end.Month - start.Month + 1;
        return months switch
        {
            12 => PeriodLength.Year,
            6 when start.Month is 1 or 7 => PeriodLength.HalfYear,
            3 when start.Month % 3 == 1 => PeriodLength.Quarter,
            1 => PeriodLength.Month,
            _ => PeriodLength.Other,
        };
    }

    /// <summary>The code of a whole period; <paramref name="ordinal"/> (1-based, within its year) names periods of no standard length.</summary>
    public static string Code(DateOnly start, DateOnly end, int ordinal) => LengthOf(start, end) switch
    {
        PeriodLength.Year => start.Year.ToString(CultureInfo.InvariantCulture),
        PeriodLength.HalfYear => $"{start.Year}-H{(start.Month == 1 ? 1 : 2)}",
        PeriodLength.Quarter => $"{start.Year}-Q{(start.Month + 2) / 3}",
        PeriodLength.Month => $"{start.Year}-{start.Month:00}",
        _ => $"{start.Year}-P{ordinal}",
    };

    /// <summary>
    /// Reads a code as written by <see cref="Code"/> (case and surrounding spaces do not matter); null when it is
    /// not one. "P" codes are read by the calendar that made them, as their dates depend on the programme.
    /// </summary>
    public static (int Year, PeriodLength Length, int Number)? Parse(string? text)
    {
        if (text is null || CodePattern().Match(text.Trim()) is not { Success: true } m)
        {
            return null;
        }
        var year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (year is < 1990 or > 2100)
        {
            return null;
        }
        if (!m.Groups["rest"].Success)
        {
            return (year, PeriodLength.Year, 1);
        }
        var rest = m.Groups["rest"].Value.ToUpperInvariant();
        var (length, number, most) = rest[0] switch
        {
            'H' => (PeriodLength.HalfYear, int.Parse(rest[1..], CultureInfo.InvariantCulture), 2),
            'Q' => (PeriodLength.Quarter, int.Parse(rest[1..], CultureInfo.InvariantCulture), 4),
            'P' => (PeriodLength.Other, int.Parse(rest[1..], CultureInfo.InvariantCulture), 366),
            _ => (PeriodLength.Month, int.Parse(rest, CultureInfo.InvariantCulture), 12),
        };
        return number >= 1 && number <= most ? (year, length, number) : null;
    }

    internal static DateOnly EndOfMonth(DateOnly d) => new(d.Year, d.Month, DateTime.DaysInMonth(d.Year, d.Month));

    [GeneratedRegex(@"^(?<year>\d{4})(?:-(?<rest>[HhQqPp]\d{1,3}|\d{2}))?$")]
    private static partial Regex CodePattern();
}
