namespace Hankevahti.Reading.Text;

/// <summary>
/// Blocks from PDF text (pdftotext output): blank lines are layout, page footers become page breaks, and every
/// visual line stays one block. Lines are not joined into paragraphs and table fragments are not rebuilt:
/// the recognisers and the section-text builder know PDF text and do that with the whole section in view.
/// </summary>
internal static class PdfTextBlocks
{
    public static void Build(IReadOnlyList<SourceLine> lines, ReadSink sink)
    {
        // A page break already marked by a footer needs no second marker from the form feed next to it.
        var breakPending = false;
        foreach (var line in lines)
        {
            var text = line.Text;
            if (text.Contains('\f'))
            {
                var parts = text.Split('\f');
                for (var i = 0; i < parts.Length; i++)
                {
                    if (i > 0 && !breakPending)
                    {
                        sink.Add(new PageBreakBlock(sink.At(line.Number), null));
                        breakPending = true;
                    }
                    breakPending = AddLine(line.Number, parts[i], sink) ?? breakPending;
                }
                continue;
            }
            breakPending = AddLine(line.Number, text, sink) ?? breakPending;
        }
    }

    /// <summary>Adds the block of one line; returns whether it was a page break, or null for a blank line.</summary>
    private static bool? AddLine(int number, string text, ReadSink sink)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return null;
        }
        var src = sink.At(number);
        if (LineSyntax.IsPageFooter(trimmed))
        {
            sink.Add(new PageBreakBlock(src, trimmed));
            sink.Artefact("pageFooter", trimmed, src);
            return true;
        }
        if (LineSyntax.IsSeparatorLine(trimmed))
        {
            sink.Artefact("separator", trimmed, src);
            return false;
        }
        if (LineSyntax.TryBullet(trimmed, out var bullet))
        {
            // PDF indentation is position on the page, not nesting: only the bullet glyph tells the level.
            if (bullet.Text.Length > 0)
            {
                sink.Add(new ListItemBlock(src, bullet.MarkerLevel, bullet.Marker, bullet.Text));
            }
            return false;
        }
        sink.Add(new ParagraphBlock(src, trimmed));
        return false;
    }
}
