namespace Hankevahti.Checks.Rules.Template;

/// <summary>A template instruction found in a text: where it stands and its words without the brackets.</summary>
public sealed record Instruction(int Start, int Length, string Body);

/// <summary>
/// Finds the template's instructions written in angle brackets ("&lt; Kuvaa … &gt;"). What tells
/// them from other angle brackets: an instruction opens with a capitalised word and runs to
/// several words of prose, while an HTML remnant opens with a tag name ("&lt;ul style=…&gt;", "&lt;p&gt;")
/// and a comparison with a number ("alle &lt;5 %").
/// </summary>
public static class TemplateInstructions
{
    /// <summary>Instructions run long, but an opening bracket with no close within this many characters is not one.</summary>
    private const int MaxLength = 3000;

    private static readonly HashSet<string> HtmlTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "b", "i", "u", "p", "br", "hr", "ul", "ol", "li", "div", "span", "table", "tr", "td", "th", "tbody", "thead",
        "strong", "em", "sup", "sub", "img", "font", "style", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "code",
    };

    public static IReadOnlyList<Instruction> In(string text)
    {
        var found = new List<Instruction>();
        var i = text.IndexOf('<');
        while (i >= 0)
        {
            var next = Match(text, i);
            if (next is not null)
            {
                found.Add(next);
                i = text.IndexOf('<', next.Start + next.Length);
            }
            else
            {
                i = text.IndexOf('<', i + 1);
            }
        }
        return found;
    }

    /// <summary>The text without its instructions, for telling whether anything else was written.</summary>
    public static string Without(string text)
    {
        var instructions = In(text);
        if (instructions.Count == 0)
        {
            return text;
        }
        var rest = new System.Text.StringBuilder();
        var at = 0;
        foreach (var instruction in instructions)
        {
            rest.Append(text, at, instruction.Start - at).Append(' ');
            at = instruction.Start + instruction.Length;
        }
        return rest.Append(text, at, text.Length - at).ToString();
    }

    private static Instruction? Match(string text, int open)
    {
        var start = open + 1;
        while (start < text.Length && text[start] is ' ' or '\t' or '\u00A0')
        {
            start++;
        }
        if (start >= text.Length || !char.IsLetter(text[start]) || !char.IsUpper(text[start]))
        {
            return null;
        }
        int end;
        var close = text.IndexOfAny(['<', '>'], start);
        if (close >= 0 && text[close] == '>' && close - open <= MaxLength)
        {
            end = close + 1;
        }
        else if (AtParagraphStart(text, open))
        {
            // An instruction whose closing bracket was lost (or never written) runs to the end of its paragraph.
            var blank = text.IndexOf("\n\n", start, StringComparison.Ordinal);
            end = blank < 0 ? text.Length : blank;
            if (close >= 0 && close < end)
            {
                return null;
            }
        }
        else
        {
            return null;
        }
        var body = text[start..end].TrimEnd('>').Trim();
        return LooksLikeProse(body) ? new Instruction(open, end - open, body) : null;
    }

    private static bool LooksLikeProse(string body)
    {
        if (body.Contains('=') || body.Contains('/') && body.Length < 20)
        {
            return false;
        }
        var words = body.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 3 && words[0].Length >= 2 && !HtmlTags.Contains(words[0].TrimEnd(',', '.', ':'));
    }

    private static bool AtParagraphStart(string text, int at)
    {
        for (var i = at - 1; i >= 0; i--)
        {
            if (text[i] == '\n')
            {
                return true;
            }
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The first words of an instruction as they stand in the text, for the quote the source locator looks up.</summary>
    public static string Opening(string text, Instruction instruction, int words = 8)
    {
        var raw = text.Substring(instruction.Start, instruction.Length);
        // The locator finds words within one paragraph, so the quote stays in the instruction's first.
        var blank = raw.IndexOf("\n\n", StringComparison.Ordinal);
        raw = blank > 0 ? raw[..blank] : raw;
        var parts = raw.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return parts.Length <= words ? string.Join(' ', parts) : string.Join(' ', parts.Take(words));
    }
}
