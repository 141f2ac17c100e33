using Hankevahti.Plans;
using Hankevahti.Reading;

namespace Hankevahti.Checks;

/// <summary>
/// Points a finding about words in a section's text to the line they stand on. Section text keeps no
/// lines of its own, so the quote is looked up in the source blocks from the section's heading on.
/// </summary>
public static class SourceLocator
{
    public static Finding Locate(Finding finding, ReadResult source)
    {
        var place = finding.Place;
        if (string.IsNullOrWhiteSpace(place.Quote) || !IsSectionLevel(place))
        {
            return finding;
        }
        var quote = Normalise(place.Quote.TrimEnd('…'));
        if (quote.Length == 0)
        {
            return finding;
        }
        var from = place.Source?.Line ?? 0;
        // Running text of the section first: the same placeholder may stand both in the section's own text
        // and in a table that was read into the model (a cover page date and the version table). Then any
        // block from the section on, then the whole document.
        var hit = Find(source.Blocks, quote, from, tables: false, sectionOnly: true)
            ?? Find(source.Blocks, quote, from, tables: true, sectionOnly: false)
            ?? (from > 0 ? Find(source.Blocks, quote, 0, tables: true, sectionOnly: false) : null);
        return hit is null ? finding : finding with { Place = place with { Source = hit with { File = place.Source?.File ?? hit.File } } };
    }

    /// <summary>Only places that name a section (no row or cell of their own) need locating.</summary>
    private static bool IsSectionLevel(FindingPlace place) =>
        place.Source is null || (place.Source.Row is null && place.Source.Cell is null && place.Path.EndsWith(".text", StringComparison.Ordinal))
        || place.Source.Line is null;

    private static SourceRef? Find(IReadOnlyList<Block> blocks, string quote, int fromLine, bool tables, bool sectionOnly)
    {
        foreach (var block in blocks)
        {
            if ((block.Source.Line ?? 0) < fromLine)
            {
                continue;
            }
            if (sectionOnly && block is HeadingBlock && (block.Source.Line ?? 0) > fromLine)
            {
                return null;
            }
            switch (block)
            {
                case TableBlock table when tables:
                    foreach (var row in table.Rows)
                    {
                        foreach (var cell in row.Cells)
                        {
                            if (Normalise(cell.Text).Contains(quote, StringComparison.OrdinalIgnoreCase))
                            {
                                return cell.Source;
                            }
                        }
                    }
                    break;
                case HeadingBlock h when Normalise(h.Text).Contains(quote, StringComparison.OrdinalIgnoreCase):
                    return h.Source;
                case ParagraphBlock p when Normalise(p.Text).Contains(quote, StringComparison.OrdinalIgnoreCase):
                    return p.Source;
                case ListItemBlock l when Normalise(l.Text).Contains(quote, StringComparison.OrdinalIgnoreCase):
                    return l.Source;
            }
        }
        return null;
    }

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
