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
            if (Periods.FindRange(t) is { } range)
            {
                return new Found(new DateRange { Start = range.Start, End = range.End, Text = range.Text }, b.Source);
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
            // Month columns only ("09-10/2026", "9/2026"): quarters and years head other kinds of tables too.
            var months = header.Cells
                .Select(c => Periods.Parse(c.Text))
                .Where(p => p is { Kind: PeriodKind.Months })
                .Select(p => (First: p!.Start, Last: new DateOnly(p.End.Year, p.End.Month, 1)))
                .ToList();
            if (months.Count < 2)
            {
                continue;
            }
            var start = months.Min(x => x.First);
            var last = months.Max(x => x.Last);
            var text = $"{start.Month:00}/{start.Year}–{last.Month:00}/{last.Year}";
            return new Found(new DateRange { Start = start, End = last.AddMonths(1).AddDays(-1), Text = text }, header.Source, true);
        }
        return null;
    }

    [GeneratedRegex(@"hankeaika|hankkeen\s+(kesto|toteutusaika|aikataulu)|toteutusaika|hankekausi|kestää|ajalla|ajalle", RegexOptions.IgnoreCase)]
    private static partial Regex DurationWord();
}
