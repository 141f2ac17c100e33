using System.Text.RegularExpressions;

namespace Hankevahti.Import.Common;

/// <summary>
/// The list items of a cell as Word exports leave it: simple HTML (<c>&lt;ul&gt;</c>, <c>&lt;p&gt;</c>), "•" bullets and
/// "- " list lines. The text is cleaned by <see cref="CleanText.Plain"/> first, so the reader's cleaning or not
/// gives the same items.
/// </summary>
public static partial class RichCellText
{
    /// <summary>
    /// The items of a cell that lists things: split at "•" bullets and at lines starting with "- ", "* " or "• ".
    /// Text before the first bullet is an item of its own; a cell without bullets is one item.
    /// </summary>
    public static List<string> Items(string? text)
    {
        var plain = CleanText.Plain(text);
        var items = new List<string>();
        foreach (var line in plain.Split('\n'))
        {
            var marked = LineMarker().IsMatch(line) || line.TrimStart().StartsWith('•');
            var l = LineMarker().Replace(line, "");
            var parts = l.Split('•');
            for (var i = 0; i < parts.Length; i++)
            {
                var p = CleanText.Squeeze(parts[i]);
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
        var plain = CleanText.Plain(text);
        return plain.StartsWith('•') || LineMarker().IsMatch(plain);
    }

    [GeneratedRegex(@"^\s*([-*•]|\d+[.)])\s+")]
    private static partial Regex LineMarker();
}
