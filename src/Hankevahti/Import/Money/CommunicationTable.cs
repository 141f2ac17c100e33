using System.Text.RegularExpressions;
using Hankevahti.Plans;
using Hankevahti.Reading;

namespace Hankevahti.Import.Money;

/// <summary>A communication plan table: audience, message, channels, timing and responsible columns found by their headings.</summary>
public static partial class CommunicationTable
{
    private enum Column { Audience, Message, Channels, Timing, Responsible }

    public static List<CommunicationItem> Read(ImportContext context, TableBlock table)
    {
        var items = new List<CommunicationItem>();
        if (table.Rows.Count < 2)
        {
            return items;
        }
        var columns = table.Rows[0].Cells.Select((c, i) => (Col: Classify(c.Text), i)).Where(x => x.Col is not null).ToDictionary(x => x.i, x => x.Col!.Value);
        if (!columns.ContainsValue(Column.Audience) || columns.Count < 2 || context.IsClaimed(table))
        {
            return items;
        }
        if (columns.Count == table.Rows[0].Cells.Count(c => !CleanText.IsBlank(c.Text)))
        {
            context.ClaimRow(table, 0);
        }
        for (var r = 1; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            string Cell(Column col) =>
                columns.Where(kv => kv.Value == col).Select(kv => kv.Key < row.Cells.Count ? CleanText.Cell(row.Cells[kv.Key].Text) : "").FirstOrDefault(t => t.Length > 0) ?? "";
            if (row.Cells.All(c => CleanText.IsBlank(c.Text)))
            {
                context.ClaimRow(table, r);
                continue;
            }
            var audience = Cell(Column.Audience);
            if (audience.Length == 0)
            {
                continue;
            }
            items.Add(new CommunicationItem
            {
                Audience = audience,
                Message = NullIfEmpty(Cell(Column.Message)),
                Channels = SplitChannels(Cell(Column.Channels)),
                Timing = NullIfEmpty(Cell(Column.Timing)),
                Responsible = NullIfEmpty(Cell(Column.Responsible)),
                Source = row.Source with { Table = table.Source.Table },
            });
            if (row.Cells.Where((c, i) => !columns.ContainsKey(i)).All(c => CleanText.IsBlank(c.Text)))
            {
                context.ClaimRow(table, r);
            }
            else
            {
                foreach (var i in columns.Keys.Where(i => i < row.Cells.Count))
                {
                    context.ClaimCell(table, r, i);
                }
            }
        }
        return items;
    }

    /// <summary>"intranet, uutiskirje ja some" → three channels; each channel keeps its words as written.</summary>
    public static List<string> SplitChannels(string text) =>
        ChannelSeparator().Split(text).Select(s => s.Trim(' ', '.', '-')).Where(s => s.Length > 0).ToList();

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;

    private static Column? Classify(string header)
    {
        var t = CleanText.Cell(header).ToLowerInvariant();
        if (t.Length == 0 || t.Length > 60)
        {
            return null;
        }
        if (Regex.IsMatch(t, @"kohderyhm|kenelle|yleisö|sidosryhm"))
        {
            return Column.Audience;
        }
        if (Regex.IsMatch(t, @"kanava|miten|väline|keino"))
        {
            return Column.Channels;
        }
        if (Regex.IsMatch(t, @"ajankoh|aikataulu|milloin|ajoitus|ajankohta"))
        {
            return Column.Timing;
        }
        if (Regex.IsMatch(t, @"vastuu|vastaa|kuka|vastuuhenkilö"))
        {
            return Column.Responsible;
        }
        if (Regex.IsMatch(t, @"viesti|sisältö|mitä|tavoite"))
        {
            return Column.Message;
        }
        return null;
    }

    [GeneratedRegex(@"\s*(?:,|;|\s/\s|\bja\b|\bsekä\b)\s*")]
    private static partial Regex ChannelSeparator();
}
