namespace Hankevahti.Reading.Text;

/// <summary>
/// Tells PDF text from Word text by layout: PDF text is short visual lines (often with a trailing space),
/// lines that go on in lower case, blank-line doubling, page footers, form feeds, and no tab-separated rows.
/// Each sign is weak alone; together they are reliable whatever the document says.
/// </summary>
internal static class OriginDetector
{
    private const int MinLines = 8;

    public static DocumentOrigin Detect(IReadOnlyList<SourceLine> lines, string file)
    {
        if (LooksLikePdfText(lines))
        {
            return DocumentOrigin.PdfText;
        }
        var ext = Path.GetExtension(file).ToLowerInvariant();
        if (ext is ".md" or ".markdown" && lines.Any(l => l.Text.StartsWith('#') && LineSyntax.TryHeading(l.Text.Trim(), out _, out _)))
        {
            return DocumentOrigin.Markdown;
        }
        return DocumentOrigin.WordText;
    }

    public static bool LooksLikePdfText(IReadOnlyList<SourceLine> lines)
    {
        int content = 0, wrapped = 0, trailing = 0, longLines = 0, tabRows = 0, lowerStart = 0, doubled = 0, footers = 0, formFeeds = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Text;
            if (text.Contains('\f'))
            {
                formFeeds++;
            }
            if (lines[i].IsBlank)
            {
                continue;
            }
            content++;
            var trimmed = text.Trim();
            if (text[^1] is ' ' or '\u00A0')
            {
                trailing++;
            }
            if (trimmed.Length > 150)
            {
                longLines++;
            }
            if (trimmed.Contains('\t'))
            {
                tabRows++;
            }
            if (char.IsLower(trimmed[0]))
            {
                lowerStart++;
            }
            if (i + 2 < lines.Count && lines[i + 1].IsBlank && !lines[i + 2].IsBlank)
            {
                doubled++;
            }
            // A line that stops mid-sentence and goes on in lower case on the next line: the page width wrapped it.
            if (trimmed.Length >= 40 && char.IsLetter(trimmed[^1]) && NextContent(lines, i) is { } next && char.IsLower(next[0]))
            {
                wrapped++;
            }
            if (trimmed.Length <= 16 && LineSyntax.IsPageFooter(trimmed))
            {
                footers++;
            }
        }
        if (content < MinLines)
        {
            return formFeeds > 0 && tabRows == 0;
        }
        double Share(int n) => (double)n / content;
        var score = 0;
        score += Share(doubled) >= 0.8 ? 1 : 0;
        score += Share(trailing) >= 0.5 ? 1 : 0;
        score += Share(longLines) <= 0.02 ? 1 : 0;
        score += Share(lowerStart) >= 0.25 ? 1 : 0;
        score += Share(wrapped) >= 0.2 ? 1 : 0;
        score += footers > 0 ? 1 : 0;
        score += formFeeds > 0 ? 2 : 0;
        // Word exports tables as tab rows; pdftotext never writes tabs.
        score -= Share(tabRows) >= 0.02 ? 3 : 0;
        return score >= 3;
    }

    private static string? NextContent(IReadOnlyList<SourceLine> lines, int i)
    {
        for (var k = i + 1; k < lines.Count && k <= i + 3; k++)
        {
            if (!lines[k].IsBlank)
            {
                return lines[k].Text.TrimStart();
            }
        }
        return null;
    }
}
