using Hankevahti.Import.Common;
using Hankevahti.Plans;
using Hankevahti.Reading;

namespace Hankevahti.Import.Blocks;

/// <summary>
/// Reads labelled records out of a block stream or a table. A record is a title line (after a title label,
/// "Riski: …", or a bare short line directly followed by a labelled line) and then labelled values, one
/// paragraph or bullet each. A value goes on in the next paragraph when that one starts in lower case (a page
/// break in a sentence), when a label stood alone on its line, and in PDF text, where every visual line is a
/// block, while the previous line did not end a sentence or was a full-width line. Anything else ends the record;
/// what is not read is left to the caller's section text.
/// </summary>
public static class LabelledRecords
{
    /// <summary>How to read records in one document.</summary>
    /// <param name="Labels">Label → role; the vocabulary's words for this kind of record.</param>
    /// <param name="TitleRole">The role whose label opens a record with the title as its value.</param>
    /// <param name="PdfLines">True for PDF text: one block per visual line, so values wrap over blocks.</param>
    /// <param name="Stop">Blocks no record may cross or take (headings, blocks another recogniser placed).</param>
    public sealed record Options(IReadOnlyDictionary<string, string> Labels, string TitleRole, bool PdfLines, Func<Block, bool> Stop)
    {
        /// <summary>Whether a bare line before the fields may be the title; off, only a title label opens a record.</summary>
        public bool BareTitles { get; init; } = true;
    }

    /// <summary>A PDF line at least this long was cut by the page width, so the paragraph goes on after it.</summary>
    private const int FullLine = 60;

    /// <summary>A bare title longer than this is a paragraph, not a title.</summary>
    private const int MaxTitle = 200;

    /// <summary>The record that starts at <paramref name="start"/>, and the index after it; null when none starts there.</summary>
    public static (LabelledRecord Record, int End)? ReadAt(IReadOnlyList<Block> blocks, int start, Options options)
    {
        if (!IsText(blocks[start]) || options.Stop(blocks[start]))
        {
            return null;
        }
        var text = BlockScan.TextOf(blocks[start])!;
        var first = LabelledLine.Parse(text, options.Labels);
        string title;
        string? code = null;
        var used = new List<Block> { blocks[start] };
        var j = start + 1;
        if (first is not null && first.Role == options.TitleRole)
        {
            title = first.Value;
            code = first.Code;
            if (title.Length == 0)
            {
                // "Riski 2:" alone, the title in the next paragraph.
                var t = Next(blocks, j, options);
                if (t < 0 || LabelledLine.Parse(BlockScan.TextOf(blocks[t]), options.Labels) is not null)
                {
                    return null;
                }
                title = CleanText.OneLine(BlockScan.TextOf(blocks[t]));
                used.Add(blocks[t]);
                j = t + 1;
            }
        }
        else if (first is null && options.BareTitles && IsBareTitle(text))
        {
            var n = Next(blocks, j, options);
            if (n < 0 || LabelledLine.Parse(BlockScan.TextOf(blocks[n]), options.Labels) is not { } l || l.Role == options.TitleRole)
            {
                return null;
            }
            title = CleanText.OneLine(text);
        }
        else
        {
            return null;
        }

        var fields = new List<(string Role, string Label, string Value, SourceRef Source, string LastLine)>();
        var end = j;
        for (var k = j; k < blocks.Count; k++)
        {
            var b = blocks[k];
            if (BlockScan.IsFooter(b))
            {
                continue;
            }
            if (!IsText(b) || options.Stop(b))
            {
                break;
            }
            var t = BlockScan.TextOf(b)!;
            if (IsBare(t))
            {
                // A bullet or dash left without its text (PDF puts the marks of a list on lines of their own).
                if (fields.Count == 0)
                {
                    used.Add(b);
                }
                continue;
            }
            var line = LabelledLine.Parse(t, options.Labels);
            if (line is null && fields.Count == 0 && char.IsLower(CleanText.OneLine(t)[0]))
            {
                // The title wrapped onto the next line (PDF) or a page break cut it.
                title = $"{title} {CleanText.OneLine(t)}";
                used.Add(b);
                end = k + 1;
                continue;
            }
            if (line is not null)
            {
                if (line.Role == options.TitleRole)
                {
                    break;
                }
                fields.Add((line.Role, line.Label, line.Value, b.Source, CleanText.OneLine(t)));
            }
            else
            {
                var plain = CleanText.OneLine(t);
                if (fields.Count == 0 || plain.Length == 0 || !GoesOn(fields[^1].Value, fields[^1].LastLine, plain, blocks, k, options, fields.Select(f => f.Role).ToHashSet()))
                {
                    break;
                }
                var f = fields[^1];
                fields[^1] = (f.Role, f.Label, f.Value.Length == 0 ? plain : $"{f.Value} {plain}", f.Source with { EndLine = b.Source.EndLine ?? b.Source.Line }, plain);
            }
            used.Add(b);
            end = k + 1;
        }
        if (fields.Count == 0)
        {
            return null;
        }
        var last = used[^1].Source;
        var record = new LabelledRecord
        {
            Title = title,
            TitleLabelled = first is not null,
            Code = code,
            Fields = [.. fields.Select(f => new LabelledField(f.Role, f.Label, f.Value, f.Source))],
            Blocks = used,
            Source = blocks[start].Source with { EndLine = last.EndLine ?? last.Line },
        };
        return (record, end);
    }

    /// <summary>
    /// Records of a table that lists labels in its first column and values in the second ("Todennäköisyys | 3"),
    /// or "Label: value" in a single cell. A title label row, a one-cell row that is not a label, or a label seen
    /// again starts the next record. Rows that are not labels end nothing but are left unread.
    /// </summary>
    public static IReadOnlyList<LabelledRecord> FromTable(TableBlock table, Options options)
    {
        var records = new List<LabelledRecord>();
        string? title = null;
        string? code = null;
        var labelled = false;
        var fields = new List<LabelledField>();
        var rows = new List<int>();
        var titleRow = -1;

        void Close()
        {
            if (fields.Count > 0)
            {
                var first = table.Rows[rows.Min()].Source;
                var to = table.Rows[rows.Max()].Source;
                records.Add(new LabelledRecord
                {
                    Title = title, TitleLabelled = labelled, Code = code, Fields = [.. fields], Blocks = [table], Table = table,
                    Rows = [.. rows.Order()], Source = first with { EndLine = to.EndLine ?? to.Line },
                });
            }
            title = null;
            code = null;
            labelled = false;
            fields = [];
            rows = [];
            titleRow = -1;
        }

        for (var r = 0; r < table.Rows.Count; r++)
        {
            var cells = table.Rows[r].Cells.Select(c => c.Text).Where(c => CleanText.OneLine(c).Length > 0).ToList();
            if (cells.Count == 0)
            {
                continue;
            }
            LabelledLine? line = null;
            if (cells.Count == 2 && LabelledLine.Known(cells[0], options.Labels) is { } known)
            {
                line = new LabelledLine(known.Role, known.Label, known.Code, CleanText.OneLine(cells[1]));
            }
            else if (cells.Count == 1)
            {
                line = LabelledLine.Parse(cells[0], options.Labels);
            }
            if (line is null)
            {
                // A one-cell row above the labels is the record's title ("Henkilöstön vaihtuvuus").
                if (cells.Count == 1 && options.BareTitles && IsBareTitle(cells[0]))
                {
                    Close();
                    title = CleanText.OneLine(cells[0]);
                    titleRow = r;
                    rows.Add(r);
                }
                continue;
            }
            if (line.Role == options.TitleRole || fields.Any(f => f.Role == line.Role))
            {
                Close();
            }
            if (line.Role == options.TitleRole)
            {
                title = line.Value;
                code = line.Code;
                labelled = true;
            }
            else
            {
                fields.Add(new LabelledField(line.Role, line.Label, line.Value, table.Rows[r].Source));
            }
            rows.Add(r);
        }
        Close();
        return records;
    }

    private static bool IsText(Block b) => b is ParagraphBlock or ListItemBlock;

    /// <summary>Nothing but list marks or spaces.</summary>
    private static bool IsBare(string text) => text.All(c => char.IsWhiteSpace(c) || c is '•' or '-' or '–' or '*' or '·' or '▪' or '◦');

    /// <summary>The next block that is not a page footer, or -1 at the end or at a block no record may take.</summary>
    private static int Next(IReadOnlyList<Block> blocks, int from, Options options)
    {
        for (var k = from; k < blocks.Count; k++)
        {
            if (BlockScan.IsFooter(blocks[k]) || (IsText(blocks[k]) && IsBare(BlockScan.TextOf(blocks[k])!)))
            {
                continue;
            }
            return IsText(blocks[k]) && !options.Stop(blocks[k]) ? k : -1;
        }
        return -1;
    }

    /// <summary>A short line that does not introduce a list ("seuraavat riskit:") and is not a run of sentences.</summary>
    private static bool IsBareTitle(string text)
    {
        var plain = CleanText.OneLine(text);
        if (plain.Length is < 3 or > MaxTitle || plain.EndsWith(':'))
        {
            return false;
        }
        // A title names something: it opens with a word or a number ("2. Rahoitus…"), not with "(1–5)" or a
        // hyphen-cut word of a PDF table header.
        if (!char.IsLetterOrDigit(plain[0]) || plain.Count(char.IsLetter) < 3)
        {
            return false;
        }
        // A line opening in lower case goes on with a sentence of the line before (a PDF line or a wrapped
        // paragraph): it is the end of the prose above a table, not the name of a record.
        if (char.IsLower(plain[0]))
        {
            return false;
        }
        // Two sentences or more are a paragraph.
        var stops = plain.TrimEnd('.').Count(c => c is '.' or '!' or '?');
        return stops == 0 || plain.Length < 80;
    }

    /// <summary>The most unlabelled paragraphs looked through for the record's next label.</summary>
    private const int LookAhead = 12;

    /// <summary>
    /// True when, after this paragraph and perhaps a few more without labels, comes a label the record does not
    /// have yet. A short line without a closing stop straight before a label is the next record's title instead.
    /// </summary>
    private static bool MoreOfTheRecordFollows(string plain, IReadOnlyList<Block> blocks, int k, Options options, HashSet<string> roles)
    {
        var between = 0;
        for (var n = Next(blocks, k + 1, options); n >= 0 && between < LookAhead; n = Next(blocks, n + 1, options), between++)
        {
            if (LabelledLine.Parse(BlockScan.TextOf(blocks[n]), options.Labels) is not { } next)
            {
                continue;
            }
            if (next.Role == options.TitleRole || roles.Contains(next.Role))
            {
                return false;
            }
            var endsSentence = plain.EndsWith('.') || plain.EndsWith('!') || plain.EndsWith('?');
            return between > 0 || endsSentence;
        }
        return false;
    }

    /// <summary>Whether a paragraph without a label goes on with the value before it.</summary>
    private static bool GoesOn(string value, string lastLine, string plain, IReadOnlyList<Block> blocks, int k, Options options, HashSet<string> roles)
    {
        if (value.Length == 0 || char.IsLower(plain[0]))
        {
            // The value of a label that stood alone, or a sentence cut by a page break.
            return true;
        }
        if (MoreOfTheRecordFollows(plain, blocks, k, options, roles))
        {
            // Text between two labels of one record is the earlier value's next paragraph.
            return true;
        }
        if (!options.PdfLines)
        {
            return false;
        }
        // A line directly followed by a label is the next record's title.
        var n = Next(blocks, k + 1, options);
        if (n >= 0 && LabelledLine.Parse(BlockScan.TextOf(blocks[n]), options.Labels) is { } next && next.Role != options.TitleRole && IsBareTitle(plain))
        {
            return false;
        }
        var endsSentence = lastLine.EndsWith('.') || lastLine.EndsWith('!') || lastLine.EndsWith('?');
        return !endsSentence || lastLine.Length >= FullLine;
    }
}
