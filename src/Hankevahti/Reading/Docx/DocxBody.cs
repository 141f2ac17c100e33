using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Hankevahti.Plans;
using static Hankevahti.Reading.Docx.Wml;

namespace Hankevahti.Reading.Docx;

/// <summary>
/// Walks word/document.xml's body in order into blocks: styled or outline-level paragraphs become
/// headings, numbered paragraphs list items, tables keep their merged cells as spans.
/// </summary>
internal sealed partial class DocxBody(string file, DocxStyles styles, DocxNumbering numbering)
{
    private readonly List<Block> blocks = [];
    private int paragraphs;
    private int tables;

    public IReadOnlyList<Block> Read(XElement body)
    {
        foreach (var e in body.Elements())
        {
            BlockLevel(e);
        }
        return blocks;
    }

    private void BlockLevel(XElement e)
    {
        if (e.Name == W + "p")
        {
            Paragraph(e);
        }
        else if (e.Name == W + "tbl")
        {
            tables++;
            blocks.Add(Table(e, new SourceRef { File = file, Table = tables }));
        }
        else if (e.Name == Mc + "AlternateContent")
        {
            foreach (var c in Alternate(e))
            {
                BlockLevel(c);
            }
        }
        else if (IsWrapper(e))
        {
            foreach (var c in Content(e).Elements())
            {
                BlockLevel(c);
            }
        }
    }

    // Content controls, custom XML and tracked insertions wrap ordinary content.
    private static bool IsWrapper(XElement e) =>
        e.Name == W + "sdt" || e.Name == W + "customXml" || e.Name == W + "ins" || e.Name == W + "moveTo" || e.Name == W + "smartTag";

    private static XElement Content(XElement e) => e.Name == W + "sdt" ? e.Element(W + "sdtContent") ?? new XElement("none") : e;

    // Choice and Fallback hold the same content twice; read only the first choice.
    private static IEnumerable<XElement> Alternate(XElement e) =>
        (e.Element(Mc + "Choice") ?? e.Element(Mc + "Fallback"))?.Elements() ?? [];

    private void Paragraph(XElement p)
    {
        paragraphs++;
        var src = new SourceRef { File = file, Paragraph = paragraphs };
        var pPr = p.Element(W + "pPr");
        if (On(pPr?.Element(W + "pageBreakBefore")))
        {
            blocks.Add(new PageBreakBlock(src, null));
        }
        var segments = new List<StringBuilder> { new() };
        Inline(p, segments, inCell: false);
        var kind = Classify(pPr);
        for (var i = 0; i < segments.Count; i++)
        {
            if (i > 0)
            {
                blocks.Add(new PageBreakBlock(src, null));
            }
            var text = Clean(segments[i].ToString());
            if (text.Length == 0)
            {
                continue;
            }
            blocks.Add(kind switch
            {
                { HeadingLevel: { } level } => Heading(src, level, i == 0 ? kind.Marker : null, text),
                { Listed: true } => new ListItemBlock(src, kind.Depth, i == 0 ? kind.Marker : null, text),
                _ => new ParagraphBlock(src, text),
            });
        }
    }

    private sealed record Kind(int? HeadingLevel, bool Listed, int Depth, string? Marker, bool Bullet);

    private Kind Classify(XElement? pPr)
    {
        var styleId = Val(pPr?.Element(W + "pStyle"));
        int? level = IntVal(pPr?.Element(W + "outlineLvl")) is { } ol && ol is >= 0 and <= 8 ? ol + 1 : styles.HeadingLevel(styleId);
        var numPr = pPr?.Element(W + "numPr");
        var styleNum = styles.Numbering(styleId);
        var numId = IntVal(numPr?.Element(W + "numId")) ?? styleNum?.NumId;
        var ilvl = IntVal(numPr?.Element(W + "ilvl")) ?? styleNum?.Ilvl ?? 0;
        if (numId is null or 0)
        {
            return new Kind(level, false, 0, null, false);
        }
        var (marker, bullet) = numbering.Next(numId.Value, ilvl);
        return new Kind(level, true, Math.Clamp(ilvl, 0, 8), marker, bullet);
    }

    private static HeadingBlock Heading(SourceRef src, int level, string? autoNumber, string text)
    {
        var number = autoNumber?.TrimEnd('.', ')').Trim();
        if (string.IsNullOrEmpty(number) || number == "•")
        {
            number = null;
            var m = LeadingNumber().Match(text);
            if (m.Success && m.Groups[2].Length > 0)
            {
                number = m.Groups[1].Value;
                text = m.Groups[2].Value;
            }
        }
        return new HeadingBlock(src, level, number, text);
    }

    [GeneratedRegex(@"^(\d{1,3}(?:\.\d{1,3})*[A-Z]?)\.?[ \t\u00A0]+(\S.*)$", RegexOptions.Singleline)]
    private static partial Regex LeadingNumber();

    // Collects run text; a page break starts a new segment so the PageBreakBlock lands where it stood.
    private static void Inline(XElement e, List<StringBuilder> segments, bool inCell)
    {
        foreach (var c in e.Elements())
        {
            var name = c.Name;
            if (name.Namespace == W)
            {
                switch (name.LocalName)
                {
                    case "t":
                        segments[^1].Append(c.Value);
                        continue;
                    case "tab" or "ptab":
                        segments[^1].Append(' ');
                        continue;
                    case "br":
                        if ((string?)c.Attribute(W + "type") == "page" && !inCell)
                        {
                            segments.Add(new StringBuilder());
                        }
                        else
                        {
                            segments[^1].Append('\n');
                        }
                        continue;
                    case "cr":
                        segments[^1].Append('\n');
                        continue;
                    case "noBreakHyphen":
                        segments[^1].Append('-');
                        continue;
                    case "pPr" or "rPr" or "del" or "delText" or "instrText" or "moveFrom" or "sectPr" or "fldChar" or "footnoteReference" or "endnoteReference" or "commentReference" or "sdtPr":
                        continue;
                    case "p":
                        // Paragraphs inside text boxes: keep them apart from the surrounding text.
                        if (segments[^1].Length > 0)
                        {
                            segments[^1].Append('\n');
                        }
                        break;
                }
            }
            else if (name == Mc + "AlternateContent")
            {
                var choice = c.Element(Mc + "Choice") ?? c.Element(Mc + "Fallback");
                if (choice is not null)
                {
                    Inline(choice, segments, inCell);
                }
                continue;
            }
            Inline(c, segments, inCell);
        }
    }

    private TableBlock Table(XElement tbl, SourceRef src)
    {
        var rows = new List<(SourceRef Src, List<CellBuilder> Cells)>();
        var open = new Dictionary<int, CellBuilder>(); // grid column → cell still merging downwards
        var rowNo = 0;
        foreach (var tr in Children(tbl, "tr"))
        {
            rowNo++;
            var rowSrc = src with { Row = rowNo };
            var cells = new List<CellBuilder>();
            var col = Math.Clamp(IntVal(tr.Element(W + "trPr")?.Element(W + "gridBefore")) ?? 0, 0, 1000);
            if (col > 0)
            {
                // Grid columns skipped before the first cell: an empty placeholder keeps later cells in their columns.
                cells.Add(new CellBuilder { ColSpan = col, Source = rowSrc });
                for (var k = 0; k < col; k++)
                {
                    open.Remove(k);
                }
            }
            var cellNo = 0;
            foreach (var tc in Children(tr, "tc"))
            {
                cellNo++;
                var tcPr = tc.Element(W + "tcPr");
                var span = Math.Clamp(IntVal(tcPr?.Element(W + "gridSpan")) ?? 1, 1, 1000);
                var vMerge = tcPr?.Element(W + "vMerge");
                var text = CellText(tc);
                if (vMerge is not null && Val(vMerge) is null or "continue" && open.TryGetValue(col, out var above))
                {
                    above.RowSpan++;
                    if (text.Length > 0)
                    {
                        above.Text = above.Text.Length == 0 ? text : above.Text + "\n" + text;
                    }
                }
                else
                {
                    var cell = new CellBuilder { Text = text, ColSpan = span, Source = rowSrc with { Cell = cellNo } };
                    cells.Add(cell);
                    for (var k = col; k < col + span; k++)
                    {
                        open.Remove(k);
                    }
                    if (vMerge is not null)
                    {
                        open[col] = cell;
                    }
                }
                col += span;
            }
            rows.Add((rowSrc, cells));
        }
        return new TableBlock(src, rows.Select(r => new TableRow(r.Cells.Select(c => new TableCell(c.Text, c.ColSpan, c.RowSpan, c.Source)).ToList(), r.Src)).ToList());
    }

    private sealed class CellBuilder
    {
        public string Text { get; set; } = "";
        public int ColSpan { get; init; } = 1;
        public int RowSpan { get; set; } = 1;
        public SourceRef Source { get; init; } = new();
    }

    private static IEnumerable<XElement> Children(XElement parent, string local)
    {
        foreach (var c in parent.Elements())
        {
            if (c.Name == W + local)
            {
                yield return c;
            }
            else if (IsWrapper(c))
            {
                foreach (var inner in Children(Content(c), local))
                {
                    yield return inner;
                }
            }
        }
    }

    // Paragraphs of a cell are lines; list paragraphs get "- " (or their number) like the text exports' <li>.
    private string CellText(XElement container)
    {
        var lines = new List<string>();
        CellLines(container, lines);
        return string.Join('\n', lines);
    }

    private void CellLines(XElement container, List<string> lines)
    {
        foreach (var e in container.Elements())
        {
            if (e.Name == W + "p")
            {
                var segments = new List<StringBuilder> { new() };
                Inline(e, segments, inCell: true);
                var kind = Classify(e.Element(W + "pPr"));
                var text = Clean(segments[0].ToString());
                if (text.Length == 0)
                {
                    continue;
                }
                if (kind.Listed && kind.HeadingLevel is null)
                {
                    text = (kind.Bullet || kind.Marker is null ? "-" : kind.Marker) + " " + text;
                }
                lines.Add(text);
            }
            else if (e.Name == W + "tbl")
            {
                // A table inside a cell is flattened to lines so its words stay with the cell.
                foreach (var tr in Children(e, "tr"))
                {
                    foreach (var tc in Children(tr, "tc"))
                    {
                        CellLines(tc, lines);
                    }
                }
            }
            else if (e.Name == Mc + "AlternateContent")
            {
                var choice = e.Element(Mc + "Choice") ?? e.Element(Mc + "Fallback");
                if (choice is not null)
                {
                    CellLines(choice, lines);
                }
            }
            else if (IsWrapper(e))
            {
                CellLines(Content(e), lines);
            }
        }
    }

    // Line breaks stay as "\n"; other whitespace runs collapse, as Word shows them.
    private static string Clean(string s)
    {
        var lines = s.Split('\n').Select(l => Spaces().Replace(l.Replace('\u00A0', ' '), " ").Trim()).ToList();
        while (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }
        while (lines.Count > 0 && lines[0].Length == 0)
        {
            lines.RemoveAt(0);
        }
        return string.Join('\n', lines);
    }

    [GeneratedRegex(@"[ \t\u2000-\u200B]+")]
    private static partial Regex Spaces();
}
