using System.Text;
using System.Text.RegularExpressions;

namespace Hankevahti.Reading.Text;

/// <summary>Cleans the text of one line or cell from Word/markdown exports: HTML, links, emphasis, escapes and spacing.</summary>
internal static partial class InlineText
{
    /// <summary>Plain text; several lines (HTML lists and paragraphs) are joined with "\n", each trimmed, empty ones dropped.</summary>
    public static string Clean(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }
        if (HtmlText.HasMarkup(text))
        {
            text = HtmlText.ToPlain(text);
        }
        if (text.Contains("]("))
        {
            text = Link().Replace(text, LinkText);
        }
        if (text.Contains("**") || text.Contains("__"))
        {
            text = text.Replace("**", "").Replace("__", "");
        }
        if (text.Contains('\\'))
        {
            text = Escape().Replace(text, "$1");
        }
        return NormaliseLines(text);
    }

    // A link to an anchor ("#") has nothing but its text; a real address is kept so no words are lost.
    private static string LinkText(Match m)
    {
        var label = m.Groups[1].Value;
        var target = m.Groups[2].Value;
        if (target.Length == 0 || target.StartsWith('#') || target == label)
        {
            return label;
        }
        return label.Length == 0 ? target : $"{label} ({target})";
    }

    /// <summary>Trims each line, squeezes runs of spaces, drops empty lines and bullet-only list lines.</summary>
    public static string NormaliseLines(string text)
    {
        if (!text.Contains('\n'))
        {
            var single = Squeeze(text);
            return single == "-" ? "" : single;
        }
        var sb = new StringBuilder(text.Length);
        foreach (var raw in text.Split('\n'))
        {
            var line = Squeeze(raw);
            if (line.Length == 0 || line == "-")
            {
                continue;
            }
            if (sb.Length > 0)
            {
                sb.Append('\n');
            }
            sb.Append(line);
        }
        return sb.ToString();
    }

    /// <summary>Collapses whitespace runs (spaces, tabs, no-break spaces, stray \r and \f) to one space and trims; the vocabulary's one cleaner, keeping soft hyphens.</summary>
    public static string Squeeze(string text) => CleanText.SqueezeSpaces(text);

    [GeneratedRegex(@"!?\[([^\[\]\n]*)\]\(([^()\s]*)(?:[ \t]+""[^""\n]*"")?\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"\\([\\`*_{}\[\]()#+\-.!|<>])")]
    private static partial Regex Escape();
}
