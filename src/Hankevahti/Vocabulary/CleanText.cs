using System.Net;
using System.Text.RegularExpressions;
using Hankevahti.Reading.Text;

namespace Hankevahti.Vocabulary;

/// <summary>
/// The one text cleaner: what readers and exports leave in a cell or a paragraph (markdown emphasis and
/// links, the HTML tags Word exports write, entities, soft hyphens, no-break and thin spaces) removed so
/// that import and checks compare the same words. The reader may or may not have cleaned the text
/// already, so every method gives the same result on cleaned and uncleaned input.
/// </summary>
public static partial class CleanText
{
    /// <summary>Collapses runs of white space, no-break and thin spaces (Word's thousands separators) into single spaces; drops soft hyphens.</summary>
    public static string Squeeze(string text) =>
        WhiteSpace().Replace(text.Replace("\u00AD", "").Replace('\u00A0', ' ').Replace('\u202F', ' ').Replace('\u2009', ' '), " ").Trim();

    /// <summary>Removes markdown emphasis left by Word exports ("**Kuvaus:**" → "Kuvaus:").</summary>
    public static string StripEmphasis(string text) => text.Replace("**", "").Replace("__", "");

    /// <summary>
    /// One line of plain text: markdown emphasis and links, the HTML tags Word exports write (a fixed list, so
    /// "&lt; 14 vrk" or a template instruction in angle brackets stays), entities; spaces collapsed.
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
            s = WebUtility.HtmlDecode(HtmlText.RemoveKnownTags(s, " "));
        }
        return Squeeze(s);
    }

    /// <summary>Lower-cased, emphasis removed, spaces collapsed: for comparing headings and labels.</summary>
    public static string Key(string text) => Squeeze(StripEmphasis(text)).ToLowerInvariant();

    /// <summary>
    /// Plain text keeping the lines: block tags (&lt;p&gt;, &lt;li&gt;, &lt;br&gt;…) become line breaks, other known
    /// tags go, entities are decoded, emphasis removed, spaces collapsed per line and empty lines dropped.
    /// </summary>
    public static string Plain(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }
        var s = BlockTag().Replace(text, "\n");
        s = HtmlText.RemoveKnownTags(s, " ");
        s = WebUtility.HtmlDecode(s);
        s = StripEmphasis(s);
        var lines = s.Split('\n').Select(Squeeze).Where(l => l.Length > 0);
        return string.Join("\n", lines);
    }

    /// <summary><see cref="Plain"/> on one line.</summary>
    public static string OneLine(string? text) => Squeeze(Plain(text).Replace('\n', ' '));

    /// <summary>
    /// A table cell as one line of "; "-separated items: list items, paragraphs and "•" bullets inside a
    /// cell become "; " so that a cell's list reads as one value.
    /// </summary>
    public static string Cell(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        var s = StripEmphasis(text);
        if (s.Contains('<'))
        {
            s = ListBreak().Replace(s, "; ");
            s = WebUtility.HtmlDecode(HtmlText.RemoveKnownTags(s, " "));
        }
        s = s.Replace('•', ';');
        s = Squeeze(s);
        return Separators().Replace(s, "; ").Trim(' ', ';');
    }

    /// <summary>Whether a cell holds nothing a reader would miss: empty, a dash or a lone bullet.</summary>
    public static bool IsBlank(string? text)
    {
        var s = Cell(text);
        return s.Length == 0 || s is "-" or "–" or "—" or ";";
    }

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

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"</?(p|li|ul|ol|br|div|tr)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockTag();

    [GeneratedRegex(@"<\s*(li|br|p)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ListBreak();

    [GeneratedRegex(@"\s*(;\s*)+")]
    private static partial Regex Separators();

    [GeneratedRegex(@"\S+")]
    private static partial Regex Token();
}
