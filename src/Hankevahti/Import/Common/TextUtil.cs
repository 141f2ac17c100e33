using System.Text.RegularExpressions;

namespace Hankevahti.Import.Common;

/// <summary>Small text helpers the recognisers share.</summary>
public static partial class TextUtil
{
    /// <summary>Removes markdown emphasis left by Word exports ("**Kuvaus:**" → "Kuvaus:").</summary>
    public static string StripEmphasis(string text) => text.Replace("**", "").Replace("__", "");

    /// <summary>
    /// One line of plain text from whatever a reader or an export left in it: markdown emphasis and
    /// links, the HTML tags Word exports write (a fixed list, so "< 14 vrk" or a template
    /// instruction in angle brackets stays), entities; spaces collapsed.
    /// </summary>
    public static string Inline(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        var s = MarkdownLink().Replace(StripEmphasis(text), "$1");
        if (s.Contains('<') || s.Contains('&'))
        {
            s = System.Net.WebUtility.HtmlDecode(Hankevahti.Reading.Text.HtmlText.RemoveKnownTags(s, " "));
        }
        return Numbers.Squeeze(s);
    }

    /// <summary>Lower-cased, emphasis removed, spaces collapsed: for comparing headings and labels.</summary>
    public static string Key(string text) => Numbers.Squeeze(StripEmphasis(text)).ToLowerInvariant();

    /// <summary>The words of a text as counted for coverage: tokens holding at least one letter or digit.</summary>
    public static int CountWords(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return 0;
        }
        var n = 0;
        foreach (Match m in Token().Matches(text))
        {
            if (m.Value.Any(char.IsLetterOrDigit))
            {
                n++;
            }
        }
        return n;
    }

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"\S+")]
    private static partial Regex Token();
}
