using System.Text;
using System.Text.RegularExpressions;

namespace Hankevahti.Checks.Rules.Codes;

/// <summary>How codes and titles are compared: the same code written "F.1." or "f.1", the same title with a typo or an added remark.</summary>
public static partial class CodeText
{
    /// <summary>"F.1." → "F.1", "tp 2b" → "TP2B", "Pilari 4" → "PILARI4".</summary>
    public static string Key(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return "";
        }
        var sb = new StringBuilder();
        foreach (var c in code.Trim().TrimEnd('.', ':', ')'))
        {
            if (!char.IsWhiteSpace(c))
            {
                sb.Append(char.ToUpperInvariant(c));
            }
        }
        return sb.ToString();
    }

    /// <summary>Lower case words of a title without remarks in brackets and without punctuation.</summary>
    public static string TitleKey(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return "";
        }
        var text = Brackets().Replace(title, " ").Replace("**", "", StringComparison.Ordinal).ToLowerInvariant();
        var sb = new StringBuilder();
        foreach (var c in text)
        {
            sb.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }
        return string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>
    /// Whether two titles name the same thing: equal words, or nearly so (a typo or two). Short titles
    /// ("Koulutus") must be equal to count, and titles under three words are never matched: too common to tell apart.
    /// </summary>
    public static bool SameTitle(string? a, string? b) => SameTitleKey(TitleKey(a), TitleKey(b));

    /// <summary><see cref="SameTitle"/> on titles already made keys with <see cref="TitleKey"/>, for comparing many.</summary>
    public static bool SameTitleKey(string x, string y)
    {
        if (x.Length < 12 || y.Length < 12 || x.Split(' ').Length < 3 || y.Split(' ').Length < 3)
        {
            return false;
        }
        if (x == y)
        {
            return true;
        }
        var longer = Math.Max(x.Length, y.Length);
        var limit = Math.Max(1, longer / 20);
        if (Math.Abs(x.Length - y.Length) > limit || !ShareMostWords(x, y))
        {
            return false;
        }
        return Distance(x, y, limit) <= limit;
    }

    /// <summary>A few typos leave most words as they were; a cheap test before counting edits.</summary>
    private static bool ShareMostWords(string x, string y)
    {
        var words = x.Split(' ');
        var other = y.Split(' ').ToHashSet(StringComparer.Ordinal);
        return words.Count(other.Contains) * 2 >= words.Length;
    }

    /// <summary>Edit distance, given up once every path exceeds <paramref name="limit"/> (then more than it is returned).</summary>
    private static int Distance(string a, string b, int limit)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var best = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                best = Math.Min(best, current[j]);
            }
            if (best > limit)
            {
                return best;
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }

    [GeneratedRegex(@"\([^)]*\)?")]
    private static partial Regex Brackets();
}
