using System.Globalization;
using System.Text.RegularExpressions;
using Hankevahti.Import.Common;
using Hankevahti.Plans;
using Hankevahti.Reading;

namespace Hankevahti.Import.Overview;

/// <summary>
/// The project period: a statement such as "hankeaika 1.9.2026–31.12.2027" or "09/2026–12/2027" near words
/// of duration; failing that, the first and last month of the schedule table's period columns ("09-10/2026" …
/// "10-12/2027"), which is how the ministry template states it.
/// </summary>
internal static partial class PeriodFinder
{
    public sealed record Found(DateRange Range, SourceRef Source, bool FromSchedule = false);

    public static Found? Find(BlockScan scan)
    {
        foreach (var b in scan.Blocks)
        {
            var t = BlockScan.TextOf(b);
            if (t is null || !DurationWord().IsMatch(t))
            {
                continue;
            }
            var d = DayRange().Match(t);
            if (d.Success && Dates.TryParse(d.Groups["a"].Value, out var start) && Dates.TryParse(d.Groups["b"].Value, out var end) && start < end)
            {
                return new Found(new DateRange { Start = start, End = end, Text = d.Value }, b.Source);
            }
            var m = MonthRange().Match(t);
            if (m.Success && Month(m.Groups["m1"].Value, m.Groups["y1"].Value) is { } s && Month(m.Groups["m2"].Value, m.Groups["y2"].Value) is { } e && s <= e)
            {
                return new Found(new DateRange { Start = s, End = e.AddMonths(1).AddDays(-1), Text = m.Value }, b.Source);
            }
        }
        return FromSchedule(scan);
    }

    private static Found? FromSchedule(BlockScan scan)
    {
        foreach (var table in scan.Blocks.OfType<TableBlock>())
        {
            var header = table.Rows.FirstOrDefault();
            if (header is null)
            {
                continue;
            }
            var months = header.Cells
                .Select(c => ColumnMonths().Match(c.Text.Trim()))
                .Where(m => m.Success)
                .Select(m => (First: Month(m.Groups["m1"].Value, m.Groups["y"].Value), Last: Month(m.Groups["m2"].Success ? m.Groups["m2"].Value : m.Groups["m1"].Value, m.Groups["y"].Value), Text: m.Value))
                .Where(x => x.First is not null && x.Last is not null)
                .ToList();
            if (months.Count < 2)
            {
                continue;
            }
            var start = months.Min(x => x.First!.Value);
            var last = months.Max(x => x.Last!.Value);
            var text = $"{start.Month:00}/{start.Year}–{last.Month:00}/{last.Year}";
            return new Found(new DateRange { Start = start, End = last.AddMonths(1).AddDays(-1), Text = text }, header.Source, true);
        }
        return null;
    }

    private static DateOnly? Month(string month, string year) =>
        int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var m) && int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && m is >= 1 and <= 12 && y is > 1990 and < 2100
            ? new DateOnly(y, m, 1)
            : null;

    [GeneratedRegex(@"hankeaika|hankkeen\s+(kesto|toteutusaika|aikataulu)|toteutusaika|hankekausi|kestää|ajalla|ajalle", RegexOptions.IgnoreCase)]
    private static partial Regex DurationWord();

    [GeneratedRegex(@"(?<a>\d{1,2}\.\d{1,2}\.\d{4})\s*[-–—]\s*(?<b>\d{1,2}\.\d{1,2}\.\d{4})")]
    private static partial Regex DayRange();

    [GeneratedRegex(@"(?<m1>\d{1,2})/(?<y1>\d{4})\s*[-–—]\s*(?<m2>\d{1,2})/(?<y2>\d{4})")]
    private static partial Regex MonthRange();

    // A schedule column: "09-10/2026", "01–03/2027" or "9/2026".
    [GeneratedRegex(@"^(?<m1>\d{1,2})(\s*[-–]\s*(?<m2>\d{1,2}))?\s*/\s*(?<y>\d{4})$")]
    private static partial Regex ColumnMonths();
}
