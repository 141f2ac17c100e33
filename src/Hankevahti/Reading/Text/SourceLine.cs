namespace Hankevahti.Reading.Text;

/// <summary>One physical line of the source with its 1-based line number, line break removed.</summary>
internal readonly record struct SourceLine(int Number, string Text)
{
    public bool IsBlank => string.IsNullOrWhiteSpace(Text);

    /// <summary>Splits on \r\n, \n and a lone \r (old Mac exports) so line numbers match what an editor shows.</summary>
    public static List<SourceLine> Split(string text)
    {
        var lines = new List<SourceLine>(text.Length / 40 + 1);
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is not ('\n' or '\r'))
            {
                continue;
            }
            lines.Add(new SourceLine(lines.Count + 1, text[start..i]));
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }
            start = i + 1;
        }
        if (start < text.Length)
        {
            lines.Add(new SourceLine(lines.Count + 1, text[start..]));
        }
        return lines;
    }
}
