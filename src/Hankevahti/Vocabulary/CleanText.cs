using System.Buffers;
using System.Net;
using System.Text;
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
    /// <remarks>
    /// The importer calls this on every block's text many times over, so it is one pass by hand rather than
    /// a regex replace that makes a match of every single space, and text that is already squeezed comes
    /// back as is. The same as <c>Regex.Replace(text without soft hyphens, @"\s+", " ").Trim()</c>:
    /// <c>\s</c> is <see cref="char.IsWhiteSpace(char)"/>, which includes the no-break and thin spaces.
    /// </remarks>
    public static string Squeeze(string text) => Squeeze(text, dropSoftHyphens: true);

    /// <summary>
    /// Collapses runs of white space into single spaces and trims, and nothing else: the readers keep every
    /// character of the document (soft hyphens too), so they squeeze with this one.
    /// </summary>
    public static string SqueezeSpaces(string text) => Squeeze(text, dropSoftHyphens: false);

    private static string Squeeze(string text, bool dropSoftHyphens)
    {
        if (IsSqueezed(text, dropSoftHyphens ? NotPlainSpace : NotPlainSpaceKeepingSoftHyphens))
        {
            return text;
        }
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (dropSoftHyphens && c == '\u00AD')
            {
                continue;
            }
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }
            if (space && sb.Length > 0)
            {
                sb.Append(' ');
            }
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    // No soft hyphen (when they go), no white space but single plain spaces between words. Vectorised
    // searches: most text handed in is already squeezed, so this check is most of what Squeeze costs.
    private static bool IsSqueezed(string text, SearchValues<char> notPlain) =>
        text.Length == 0
        || (text[0] != ' ' && text[^1] != ' ' && text.AsSpan().IndexOfAny(notPlain) < 0 && !text.Contains("  ", StringComparison.Ordinal));

    // Every white-space character but the plain space, and the soft hyphen.
    private static readonly SearchValues<char> NotPlainSpace = SearchValues.Create(
        Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c => c == '\u00AD' || (c != ' ' && char.IsWhiteSpace(c))).ToArray());

    // Every white-space character but the plain space.
    private static readonly SearchValues<char> NotPlainSpaceKeepingSoftHyphens = SearchValues.Create(
        Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c => c != ' ' && char.IsWhiteSpace(c)).ToArray());

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
        var lines = Unmarked(text).Split('\n').Select(Squeeze).Where(l => l.Length > 0);
        return string.Join("\n", lines);
    }

    /// <summary><see cref="Plain"/> on one line.</summary>
    /// <remarks>
    /// Squeezing the whole text is squeezing each line and then the lines joined by spaces: either way the
    /// words are joined by single spaces. One pass instead of a split, a join and two squeezes.
    /// </remarks>
    public static string OneLine(string? text) => string.IsNullOrWhiteSpace(text) ? "" : Squeeze(Unmarked(text));

    // Plain's text before its lines are squeezed: block tags to line breaks, other known tags gone, entities
    // decoded, emphasis removed. Tags need a '<' and entities a '&', so most text skips both.
    private static string Unmarked(string text)
    {
        var s = text;
        if (s.Contains('<'))
        {
            s = BlockTag().Replace(s, "\n");
            s = HtmlText.RemoveKnownTags(s, " ");
        }
        if (s.Contains('&'))
        {
            s = WebUtility.HtmlDecode(s);
        }
        return StripEmphasis(s);
    }

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
        // The tokens of \S+ counted by hand (coverage counts every block's words): a token counts once it has a letter or digit.
        var n = 0;
        var counted = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                counted = false;
            }
            else if (!counted && char.IsLetterOrDigit(c))
            {
                n++;
                counted = true;
            }
        }
        return n;
    }

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"</?(p|li|ul|ol|br|div|tr)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockTag();

    [GeneratedRegex(@"<\s*(li|br|p)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ListBreak();

    [GeneratedRegex(@"\s*(;\s*)+")]
    private static partial Regex Separators();
}
