using System.Text.RegularExpressions;

namespace Hankevahti.Checks.Rules.Codes;

/// <summary>A code named in prose after a kind word: "toimenpide F.3", "työpaketissa 2.3", "osa-alueen 5".</summary>
public sealed record TextReference(string Words, string KindWord, string Code);

/// <summary>
/// Finds codes written after a kind word in a section's text. Numbers that only look like codes are
/// left out: years, amounts, enumerations "1)", ranges "1–3", and references to another document
/// ("hankeoppaan osa-alue 3.3", "Helsingin osa-alueessa 4"), whose numbering is not this plan's.
/// </summary>
public static partial class TextReferences
{
    /// <summary>Genitives that name a document or body other than this plan; a reference after them is theirs.</summary>
    private static readonly string[] ForeignOwners =
    [
        "oppaan", "hankeoppaan", "haun", "hakuilmoituksen", "ilmoituksen", "ohjelman", "lain", "asetuksen", "ohjeen",
        "päätöksen", "sopimuksen", "hakemuksen", "strategian", "raportin", "selvityksen", "avustuksen", "rahoituksen",
    ];

    public static IEnumerable<TextReference> In(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            yield break;
        }
        foreach (Match m in KindAndCode().Matches(text))
        {
            var code = m.Groups["code"].Value;
            if (IsYear(code) || IsForeign(text, m.Index))
            {
                continue;
            }
            yield return new TextReference(m.Value, m.Groups["word"].Value, code);
        }
    }

    /// <summary>Whether the word before position <paramref name="at"/> names another document or a place ("Helsingin").</summary>
    public static bool IsForeign(string text, int at)
    {
        var before = text[..at].TrimEnd();
        var m = LastWord().Match(before);
        if (!m.Success)
        {
            return false;
        }
        var word = m.Value;
        if (!word.EndsWith('n'))
        {
            return char.IsDigit(word[^1]);
        }
        var lower = word.ToLowerInvariant();
        return ForeignOwners.Any(o => lower.EndsWith(o, StringComparison.Ordinal)) || (char.IsUpper(word[0]) && word.Length > 1 && !IsSentenceStart(before, m.Index));
    }

    private static bool IsSentenceStart(string before, int wordAt)
    {
        var prefix = before[..wordAt].TrimEnd();
        return prefix.Length == 0 || prefix[^1] is '.' or '!' or '?' or ':' or '\n' || prefix.EndsWith("- ", StringComparison.Ordinal);
    }

    private static bool IsYear(string code) => code.Length == 4 && int.TryParse(code, out var y) && y is >= 1900 and <= 2100;

    // A kind word in any inflection, then a code: a letter or number with dotted parts and an optional
    // letter ("F.3", "1.4A", "2"). Not followed by what makes it an amount, a range or an enumeration.
    [GeneratedRegex(@"(?<![\w-])(?<word>(?i:toimenpi|työpake|osa-alue|osakokonaisuu|investoin|pilar)\w*|TP)\s+(?<code>[A-ZÅÄÖ](?:\.\d+)*|\d+[A-Z]?(?:\.\d+[A-Z]?)*)(?![\w%€)]|[.,]\d|\s?[–-]\s?\w|\s\d{3}\b)", RegexOptions.CultureInvariant)]
    private static partial Regex KindAndCode();

    [GeneratedRegex(@"[\w:-]+$")]
    private static partial Regex LastWord();
}
