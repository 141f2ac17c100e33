using Hankevahti.Plans;

namespace Hankevahti.Reading.Text;

/// <summary>
/// Collects the tab-separated (or markdown pipe) rows of one table. Drops separator rows as artefacts and
/// joins a row that a page break split in two back into the row above.
/// </summary>
internal sealed class TableAssembler(ReadSink sink, int tableNumber)
{
    private sealed class PendingRow(int line, List<string> cells)
    {
        public int Line { get; } = line;
        public int EndLine { get; set; } = line;
        public List<string> Cells { get; } = cells;
        public List<int> CellEndLines { get; } = cells.Select(_ => line).ToList();
    }

    private readonly List<PendingRow> rows = [];
    private List<string>? header;
    private int firstLine;
    private int lastLine;

    public bool IsEmpty => firstLine == 0;

    public int ColumnCount { get; private set; }

    /// <summary>True when a row met after a blank line belongs to a new table rather than to this one.</summary>
    public bool StartsNewTable(IReadOnlyList<string> rawCells)
    {
        if (IsEmpty)
        {
            return false;
        }
        // Word drops (and sometimes adds) trailing empty cells, so only text beyond the table's columns, or a
        // clearly narrower row, means another table.
        var filled = 0;
        for (var i = 0; i < rawCells.Count; i++)
        {
            if (!string.IsNullOrWhiteSpace(rawCells[i]))
            {
                filled = i + 1;
            }
        }
        if (filled > ColumnCount || rawCells.Count <= ColumnCount - 2)
        {
            return true;
        }
        // Word does not repeat header rows in text exports, so the same header again is the next table.
        return header is not null && Clean(rawCells).SequenceEqual(header);
    }

    public void Add(SourceLine line, IReadOnlyList<string> rawCells, bool afterBlank)
    {
        if (IsEmpty)
        {
            firstLine = line.Number;
            ColumnCount = rawCells.Count;
        }
        lastLine = line.Number;
        if (rawCells.All(c => c.Length > 0 && LineSyntax.IsSeparatorCell(c) || c.Trim().Length == 0) && rawCells.Any(LineSyntax.IsSeparatorCell))
        {
            sink.Artefact("separator", line.Text.Trim(), sink.At(line.Number) with { Table = tableNumber });
            return;
        }
        var cells = Clean(rawCells);
        if (cells.All(c => c.Length == 0))
        {
            return;
        }
        header ??= cells;
        if (afterBlank && rows.Count > 0 && IsContinuation(rows[^1], cells))
        {
            Merge(rows[^1], cells, line.Number);
            sink.Message(ImportNoteCodes.ReadRowJoined, Severity.Info, $"table row at line {line.Number} continues the row at line {rows[^1].Line} across a page break; joined.", line.Number);
            return;
        }
        rows.Add(new PendingRow(line.Number, cells));
    }

    public TableBlock? Finish()
    {
        if (rows.Count == 0)
        {
            return null;
        }
        var tableRef = sink.At(firstLine) with { EndLine = lastLine > firstLine ? lastLine : null, Table = tableNumber };
        var built = new List<TableRow>(rows.Count);
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            var rowRef = sink.At(row.Line) with { EndLine = row.EndLine > row.Line ? row.EndLine : null, Table = tableNumber, Row = r + 1 };
            var cells = new List<TableCell>(row.Cells.Count);
            for (var c = 0; c < row.Cells.Count; c++)
            {
                var end = row.CellEndLines[c];
                cells.Add(new TableCell(row.Cells[c], 1, 1, rowRef with { Cell = c + 1, EndLine = end > row.Line ? end : null }));
            }
            built.Add(new TableRow(cells, rowRef));
        }
        return new TableBlock(tableRef, built);
    }

    private static List<string> Clean(IReadOnlyList<string> rawCells)
    {
        var cells = new List<string>(rawCells.Count);
        foreach (var raw in rawCells)
        {
            cells.Add(CellText(raw));
        }
        return cells;
    }

    // A cell of only a bullet glyph is an empty list item; bullets inside a cell start list lines.
    private static string CellText(string raw)
    {
        var text = InlineText.Clean(raw);
        if (text.Length == 0 || !ContainsBullet(text))
        {
            return text;
        }
        var sb = new System.Text.StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            sb.Append(LineSyntax.IsSymbolBullet(c) ? "\n- " : c.ToString());
        }
        return InlineText.NormaliseLines(sb.ToString());
    }

    private static bool ContainsBullet(string text)
    {
        foreach (var c in text)
        {
            if (LineSyntax.IsSymbolBullet(c))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A page break inside a row leaves the rest of the row as a new row after a blank line. It is told apart
    /// from a real row (e.g. an unnamed member with an empty first cell) by its text: its first filled cell goes
    /// on in lower case, the cell above does not end a sentence, and it fills no column the row above left empty.
    /// </summary>
    private static bool IsContinuation(PendingRow previous, List<string> cells)
    {
        // Word drops trailing empty cells of some rows, so only the filled width must fit under the row above.
        if (cells.FindLastIndex(c => c.Length > 0) >= previous.Cells.Count)
        {
            return false;
        }
        var first = cells.FindIndex(c => c.Length > 0);
        if (first < 0 || !char.IsLower(FirstLetterOrDigit(cells[first])))
        {
            return false;
        }
        for (var i = 0; i < Math.Min(cells.Count, previous.Cells.Count); i++)
        {
            if (cells[i].Length > 0 && previous.Cells[i].Length == 0)
            {
                return false;
            }
        }
        var above = previous.Cells[first].TrimEnd();
        return above.Length > 0 && above[^1] is not ('.' or '!' or '?' or ':');
    }

    private static char FirstLetterOrDigit(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return c;
            }
        }
        return ' ';
    }

    // "sote- ja terveyspalvelut": a hyphen before a conjunction is a shared compound part, not a split word.
    private static bool StartsWithConjunction(string text) =>
        text.StartsWith("ja ", StringComparison.Ordinal) || text.StartsWith("tai ", StringComparison.Ordinal)
        || text.StartsWith("sekä ", StringComparison.Ordinal) || text.StartsWith("eli ", StringComparison.Ordinal);

    private static void Merge(PendingRow previous, List<string> cells, int line)
    {
        for (var i = 0; i < Math.Min(cells.Count, previous.Cells.Count); i++)
        {
            if (cells[i].Length == 0)
            {
                continue;
            }
            previous.Cells[i] = Join(previous.Cells[i], cells[i]);
            previous.CellEndLines[i] = line;
        }
        previous.EndLine = line;
    }

    // The continued text goes on the same line unless it starts a new list item; a word split as "sote-" joins without a space.
    private static string Join(string above, string below)
    {
        if (above.Length == 0)
        {
            return below;
        }
        if (below.StartsWith("- ", StringComparison.Ordinal))
        {
            return above + "\n" + below;
        }
        var glue = above.Length > 1 && above[^1] == '-' && char.IsLetter(above[^2]) && !StartsWithConjunction(below) ? "" : " ";
        return above + glue + below;
    }
}
