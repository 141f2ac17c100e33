using System.Text.RegularExpressions;

namespace Hankevahti.Reading.Text;

/// <summary>
/// Blocks from Word text exports (and markdown): one paragraph per line, tab-separated or pipe rows as tables,
/// markdown headings, bullets as list items. Numbered lines such as "4.2 Toimenpiteet" stay paragraphs: the
/// outline decides which of them are headings.
/// </summary>
internal static partial class WordTextBlocks
{
    // A page break inside a table shows as one blank line; more than two blank lines end the table.
    private const int MaxBlankLinesInTable = 2;

    public static void Build(IReadOnlyList<SourceLine> lines, ReadSink sink)
    {
        TableAssembler? table = null;
        var tables = 0;
        var blanks = 0;
        var depth = new ListDepth();
        var previousWasRow = false;

        void FinishTable()
        {
            if (table?.Finish() is { } block)
            {
                sink.Add(block);
            }
            table = null;
        }

        foreach (var line in lines)
        {
            var text = line.Text.Contains('\f') ? line.Text.Replace('\f', ' ') : line.Text;
            if (string.IsNullOrWhiteSpace(text))
            {
                blanks++;
                previousWasRow = false;
                continue;
            }
            var inTable = previousWasRow || (table is not null && blanks <= MaxBlankLinesInTable);
            var cells = TableCells(text, inTable);
            if (cells is not null && !inTable && IsMarkedLine(cells))
            {
                // "•<tab>Teksti" and "1.<tab>Otsikko" are how Word writes list and heading numbers, not two cells.
                text = cells[0].TrimEnd() + " " + cells[1].TrimStart();
                cells = null;
            }
            if (cells is not null)
            {
                var afterBlank = blanks > 0;
                if (table is not null && (blanks > MaxBlankLinesInTable || (afterBlank && table.StartsNewTable(cells))))
                {
                    FinishTable();
                }
                table ??= new TableAssembler(sink, ++tables);
                table.Add(line with { Text = text }, cells, afterBlank);
                blanks = 0;
                previousWasRow = true;
                depth.Reset();
                continue;
            }
            FinishTable();
            blanks = 0;
            previousWasRow = false;
            AddLine(line, text, sink, depth);
        }
        FinishTable();
    }

    private static void AddLine(SourceLine line, string text, ReadSink sink, ListDepth depth)
    {
        var trimmed = text.Trim();
        var src = sink.At(line.Number);
        if (LineSyntax.TryHeading(trimmed, out var level, out var headingText))
        {
            depth.Reset();
            var clean = OneLine(headingText);
            if (clean.Length == 0)
            {
                return;
            }
            var (number, title) = LineSyntax.SplitNumber(clean);
            sink.Add(new HeadingBlock(src, level, number, title));
            return;
        }
        if (LineSyntax.IsSeparatorLine(trimmed))
        {
            sink.Artefact("separator", trimmed, src);
            return;
        }
        if (LineSyntax.TryBullet(text, out var bullet))
        {
            var itemText = InlineText.Clean(bullet.Text);
            var d = depth.Of(bullet);
            if (itemText.Length > 0)
            {
                sink.Add(new ListItemBlock(src, d, bullet.Marker, itemText));
            }
            return;
        }
        depth.Reset();
        var paragraph = InlineText.Clean(trimmed);
        if (paragraph.Length > 0)
        {
            sink.Add(new ParagraphBlock(src, paragraph));
        }
    }

    private static string OneLine(string text) => InlineText.Clean(text).Replace('\n', ' ');

    private static bool IsMarkedLine(List<string> cells)
    {
        if (cells.Count != 2)
        {
            return false;
        }
        var first = cells[0].Trim();
        var rest = cells[1].TrimStart();
        return first.Length > 0 && rest.Length > 0 && (char.IsLetter(rest[0]) || rest[0] == '*') && IsMarker(first);
    }

    private static bool IsMarker(string first) =>
        (first.Length == 1 && (LineSyntax.IsSymbolBullet(first[0]) || first[0] is '-' or '*' or '–' or 'o'))
        || NumberMarker().IsMatch(first);

    [GeneratedRegex(@"^(?:\d{1,3}(?:\.\d{1,3})*\.?|[a-zåäö]\)|\d{1,2}\))$")]
    private static partial Regex NumberMarker();

    /// <summary>
    /// The raw cells when the line is a table row: a tab after the first word (a leading tab alone is only
    /// indentation unless a table is open), or a markdown pipe row "| a | b |".
    /// </summary>
    private static List<string>? TableCells(string text, bool inTable)
    {
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        var tabAfterText = text.IndexOf('\t', start) >= 0;
        if (tabAfterText || (inTable && text.Contains('\t')))
        {
            return [.. text.Split('\t')];
        }
        var trimmed = text.AsSpan().Trim();
        if (trimmed.Length >= 3 && trimmed[0] == '|' && trimmed[^1] == '|')
        {
            var inner = trimmed[1..^1].ToString();
            return [.. inner.Split('|')];
        }
        return null;
    }
}
