using System.Text;
using System.Text.RegularExpressions;

namespace Hankevahti.Facts;

/// <summary>
/// Normalises a text for the fingerprint: what one format writes and another does not is not a
/// difference in the plan. Whitespace of any kind (tabs, line breaks, no-break and thin spaces) becomes
/// one space; soft hyphens and zero-width characters go; markdown emphasis (**bold**, __bold__, *em*,
/// _em_) and inline HTML tags go. Case, punctuation and words are kept: those are the plan's own.
/// </summary>
public static partial class FactText
{
    public static string Normalise(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        var t = text;
        if (t.Contains('<'))
        {
            t = InlineTag().Replace(t, " ");
        }
        if (t.Contains("**") || t.Contains("__"))
        {
            t = t.Replace("**", "").Replace("__", "");
        }
        if (t.Contains('*') || t.Contains('_'))
        {
            t = SingleEmphasis().Replace(t, "$1");
        }
        var sb = new StringBuilder(t.Length);
        var space = false;
        foreach (var c in t)
        {
            if (c is '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\uFEFF')
            {
                continue;
            }
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                space = sb.Length > 0;
                continue;
            }
            if (space)
            {
                sb.Append(' ');
                space = false;
            }
            sb.Append(c);
        }
        return sb.ToString();
    }

    // *em* or _em_ around a word: the markers touch the word on the inside and stand alone outside,
    // so "2 * 3" and snake_case names are left as they are.
    [GeneratedRegex(@"(?<![\p{L}\p{N}*_])[*_](?=\S)([^*_\n]*?\S)[*_](?![\p{L}\p{N}*_])")]
    private static partial Regex SingleEmphasis();

    // Only the inline and block tags Word-to-text exports leave; "< 14 vrk" and template instructions stay.
    [GeneratedRegex(@"</?(?:b|strong|i|em|u|span|p|br|div|ul|ol|li|font|sup|sub)\b[^<>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InlineTag();
}
