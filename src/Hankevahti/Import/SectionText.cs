using Hankevahti.Import.Common;
using System.Text;
using Hankevahti.Plans;
using Hankevahti.Reading;

namespace Hankevahti.Import;

/// <summary>
/// Turns the outline into the plan's sections. Every block no recogniser claimed becomes part of the
/// text of the section where it stood, which is what guarantees that nothing of the source is lost.
/// </summary>
public static class SectionText
{
    public static List<Section> Build(ImportContext context)
    {
        var sections = new List<Section>();
        var preamble = Render(context, context.Root.Blocks);
        if (preamble.Length > 0)
        {
            sections.Add(new Section { Title = "", Kind = "preamble", Text = preamble, Source = context.Root.Blocks[0].Source });
        }
        sections.AddRange(context.Root.Children.Select(c => Build(context, c)));
        return sections;
    }

    private static Section Build(ImportContext context, SectionNode node)
    {
        var text = Render(context, node.Blocks);
        return new Section
        {
            Number = node.Number,
            Title = node.Title,
            Kind = node.Kind,
            Text = text,
            Source = node.Heading?.Source,
            Children = node.Children.Select(c => Build(context, c)).ToList(),
        };
    }

    /// <summary>The unclaimed text of the blocks: paragraphs separated by a blank line, lists as "- ", tables row by row.</summary>
    public static string Render(ImportContext context, IEnumerable<Block> blocks)
    {
        var paragraphs = new List<string>();
        StringBuilder? pdfParagraph = null;
        void FlushPdf()
        {
            if (pdfParagraph is { Length: > 0 })
            {
                paragraphs.Add(pdfParagraph.ToString());
            }
            pdfParagraph = null;
        }

        foreach (var block in blocks)
        {
            if (context.IsClaimed(block))
            {
                continue;
            }
            if (block is ParagraphBlock p && context.IsPdfText)
            {
                // PDF text has one block per visual line: join the lines of a paragraph back together.
                pdfParagraph ??= new StringBuilder();
                PdfLines.Append(pdfParagraph, p.Text.Trim());
                if (EndsSentence(p.Text))
                {
                    FlushPdf();
                }
                continue;
            }
            FlushPdf();
            var text = block switch
            {
                TableBlock t => RenderTable(context, t),
                _ => BlockText.Of(block),
            };
            if (text.Length > 0)
            {
                paragraphs.Add(text);
            }
        }
        FlushPdf();
        return string.Join("\n\n", paragraphs);
    }

    private static bool EndsSentence(string line)
    {
        var t = line.TrimEnd();
        return t.Length == 0 || t[^1] is '.' or ':' or '!' or '?';
    }

    private static string RenderTable(ImportContext context, TableBlock table)
    {
        var lines = new List<string>();
        for (var r = 0; r < table.Rows.Count; r++)
        {
            if (context.IsClaimed(table, r))
            {
                continue;
            }
            var cells = table.Rows[r].Cells;
            var kept = new List<string>();
            for (var c = 0; c < cells.Count; c++)
            {
                if (!context.IsClaimed(table, r, c) && cells[c].Text.Length > 0)
                {
                    kept.Add(cells[c].Text);
                }
            }
            if (kept.Count > 0)
            {
                lines.Add(string.Join(" | ", kept));
            }
        }
        return string.Join("\n", lines);
    }
}
