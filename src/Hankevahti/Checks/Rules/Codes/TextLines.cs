namespace Hankevahti.Checks.Rules.Codes;

/// <summary>A line of a section's text: its indentation, whether it is a list item ("- "), and its words without the marker.</summary>
public sealed record TextLine(int Index, int Indent, bool IsListItem, string Text);

/// <summary>
/// Splits section text into lines. The importer keeps list items as lines beginning "- " (nested ones
/// indented); rules quote <see cref="TextLine.Text"/>, the words as they stand, so the source locator finds them.
/// </summary>
public static class TextLines
{
    public static IReadOnlyList<TextLine> Of(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }
        var lines = new List<TextLine>();
        var raw = text.Split('\n');
        for (var i = 0; i < raw.Length; i++)
        {
            var line = raw[i].TrimEnd('\r', ' ', '\t');
            var body = line.TrimStart(' ', '\t');
            if (body.Length == 0)
            {
                continue;
            }
            var indent = line.Length - body.Length;
            var isItem = body.StartsWith("- ", StringComparison.Ordinal) || body.StartsWith("* ", StringComparison.Ordinal) || body.StartsWith("• ", StringComparison.Ordinal);
            lines.Add(new TextLine(i, indent, isItem, (isItem ? body[2..] : body).Trim()));
        }
        return lines;
    }

    /// <summary>The sections whose text is the plan's own prose: not the table of contents, which repeats headings.</summary>
    public static IEnumerable<SectionEntry> ProseSections(CheckContext context) =>
        context.Sections.Where(s => s.Kind != "contents" && !string.IsNullOrWhiteSpace(s.Section.Text));
}
