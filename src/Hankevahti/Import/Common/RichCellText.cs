using System.Net;
using System.Text.RegularExpressions;

namespace Hankevahti.Import.Common;

/// <summary>
/// Cell and paragraph text as Word exports leave it: simple HTML (<c>&lt;ul&gt;</c>, <c>&lt;p&gt;</c>), "•" bullets,
/// "- " list lines and markdown emphasis. Turns it into plain text or list items; the reader may or may not have
/// done this already, so both forms must come out the same.
/// </summary>
public static partial class RichCellText
{
    /// <summary>Plain text: tags removed (block tags become line breaks), entities decoded, emphasis removed, spaces collapsed per line.</summary>
    public static string Plain(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }
        var s = BlockTag().Replace(text, "\n");
        s = Hankevahti.Reading.Text.HtmlText.RemoveKnownTags(s, " ");
        s = WebUtility.HtmlDecode(s);
        s = TextUtil.StripEmphasis(s);
        var lines = s.Split('\n').Select(l => Numbers.Squeeze(l)).Where(l => l.Length > 0);
        return string.Join("\n", lines);
    }

    /// <summary>Plain text on one line.</summary>
    public static string OneLine(string? text) => Numbers.Squeeze(Plain(text).Replace('\n', ' '));

    /// <summary>
    /// The items of a cell that lists things: split at "•" bullets and at lines starting with "- ", "* " or "• ".
    /// Text before the first bullet is an item of its own; a cell without bullets is one item.
    /// </summary>
    public static List<string> Items(string? text)
    {
        var plain = Plain(text);
        var items = new List<string>();
        foreach (var line in plain.Split('\n'))
        {
            var marked = LineMarker().IsMatch(line) || line.TrimStart().StartsWith('•');
            var l = LineMarker().Replace(line, "");
            var parts = l.Split('•');
            for (var i = 0; i < parts.Length; i++)
            {
                var p = Numbers.Squeeze(parts[i]);
                if (p.Length == 0)
                {
                    continue;
                }
                // An unmarked lower-case line goes on with the item above it (a cell wrapped by a page break).
                if (i == 0 && !marked && items.Count > 0 && char.IsLower(p[0]))
                {
                    items[^1] = $"{items[^1]} {p}";
                }
                else
                {
                    items.Add(p);
                }
            }
        }
        return items;
    }

    /// <summary>True when the text starts with a bullet or list tag, i.e. it has no leading prose before its first item.</summary>
    public static bool StartsWithItem(string? text)
    {
        var t = (text ?? "").TrimStart();
        if (t.StartsWith("<ul", StringComparison.OrdinalIgnoreCase) || t.StartsWith("<ol", StringComparison.OrdinalIgnoreCase) || t.StartsWith("<li", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        var plain = Plain(text);
        return plain.StartsWith('•') || LineMarker().IsMatch(plain);
    }

    [GeneratedRegex(@"</?(p|li|ul|ol|br|div|tr)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockTag();

    [GeneratedRegex(@"^\s*([-*•]|\d+[.)])\s+")]
    private static partial Regex LineMarker();
}
