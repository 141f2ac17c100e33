using Hankevahti.Plans;

namespace Hankevahti.Reading.Pdf;

/// <summary>pdftotext ends every page with a form feed; this turns line numbers into page numbers on every source reference.</summary>
internal static class PdfPages
{
    public static ReadResult Assign(ReadResult read, string text)
    {
        // pageOfLine[i] is the page of 1-based line i, counted the way the text reader splits lines.
        var lines = text.TrimStart('\uFEFF').Replace("\r\n", "\n").Split('\n');
        var pageOfLine = new int[lines.Length + 2];
        var page = 1;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var leading = line.TakeWhile(c => c == '\f').Count();
            page += leading;
            pageOfLine[i + 1] = page;
            page += line.Skip(leading).Count(c => c == '\f');
        }
        pageOfLine[^1] = page;
        SourceRef Map(SourceRef s) => s.Line is { } l && l >= 1 && l < pageOfLine.Length ? s with { Page = pageOfLine[l] } : s;

        var blocks = read.Blocks.Select(b => b switch
        {
            TableBlock t => new TableBlock(Map(t.Source), t.Rows.Select(r => new TableRow(r.Cells.Select(c => c with { Source = Map(c.Source) }).ToList(), Map(r.Source))).ToList()),
            _ => b with { Source = Map(b.Source) },
        }).ToList();
        return read with
        {
            Blocks = blocks,
            Messages = read.Messages.Select(m => m.Source is null ? m : m with { Source = Map(m.Source) }).ToList(),
            Artefacts = read.Artefacts.Select(a => a with { Source = Map(a.Source) }).ToList(),
        };
    }
}
