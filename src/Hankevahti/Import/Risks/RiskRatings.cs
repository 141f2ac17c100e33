using System.Text.RegularExpressions;
using Hankevahti.Import.Common;
using Hankevahti.Plans;
using Hankevahti.Vocabulary;

namespace Hankevahti.Import.Risks;

/// <summary>
/// Likelihood, impact and score as plans write them: "3", "2–3", "8–12", "3/5", "3 (keskisuuri)",
/// "Kohtalainen (3)", or only words ("Todennäköinen", "Pieni–kohtalainen"). Words are kept as written; for
/// likelihood and impact they are also placed on the 1–5 scale through <see cref="RatingWords"/>, marked
/// <see cref="RiskRating.FromWords"/>. A score is a product, so words are never turned into a score.
/// </summary>
public static partial class RiskRatings
{
    public static RiskRating? Parse(string? text) => Parse(text, words: true);

    /// <summary>A score ("8–12", "Korkea"): numbers only; words stay words.</summary>
    public static RiskRating? ParseScore(string? text) => Parse(text, words: false);

    private static RiskRating? Parse(string? text, bool words)
    {
        var t = CleanText.OneLine(text).Trim().TrimEnd('.');
        if (t.Length == 0 || t is "-" or "–")
        {
            return null;
        }
        var outOfFive = OutOfFive().Match(t);
        if (outOfFive.Success)
        {
            var v = decimal.Parse(outOfFive.Groups["a"].Value, System.Globalization.CultureInfo.InvariantCulture);
            return new RiskRating { Min = v, Max = v };
        }
        var wordFirst = WordThenNumber().Match(t);
        if (wordFirst.Success && Amounts.TryParseNumber(wordFirst.Groups["a"].Value, out var n))
        {
            return new RiskRating { Min = n, Max = n, Text = wordFirst.Groups["words"].Value.Trim() };
        }
        var m = Numeric().Match(t);
        if (!m.Success)
        {
            return words ? FromWords(t) : new RiskRating { Text = t };
        }
        if (!Amounts.TryParseNumber(m.Groups["a"].Value, out var min))
        {
            return new RiskRating { Text = t };
        }
        var max = min;
        if (m.Groups["b"].Success && !Amounts.TryParseNumber(m.Groups["b"].Value, out max))
        {
            return new RiskRating { Text = t };
        }
        if (max < min)
        {
            (min, max) = (max, min);
        }
        var rest = m.Groups["words"].Value.Trim().Trim('(', ')', ',', ' ').Trim();
        return new RiskRating { Min = min, Max = max, Text = rest.Length > 0 ? rest : null };
    }

    /// <summary>"Merkittävä" → 4, "Pieni–kohtalainen" → 2–3; words off the scale stay text only.</summary>
    private static RiskRating FromWords(string t)
    {
        if (RatingWords.Step(t) is { } step)
        {
            return new RiskRating { Min = step, Max = step, Text = t, FromWords = true };
        }
        var range = WordRange().Match(t);
        if (range.Success && RatingWords.Step(range.Groups["a"].Value) is { } a && RatingWords.Step(range.Groups["b"].Value) is { } b)
        {
            return new RiskRating { Min = Math.Min(a, b), Max = Math.Max(a, b), Text = t, FromWords = true };
        }
        return new RiskRating { Text = t };
    }

    // A number or range first, optionally followed by the scale's word in brackets or after a dash.
    [GeneratedRegex(@"^(?<a>\d{1,2}(,\d+)?)(\s*[-–—]\s*(?<b>\d{1,2}(,\d+)?))?(?<words>\s*(\(.*\)|[,:]\s*\p{L}.*|\s\p{L}.*))?$")]
    private static partial Regex Numeric();

    // "3/5": a value on a scale of five, said so.
    [GeneratedRegex(@"^(?<a>[1-5])\s*/\s*5$")]
    private static partial Regex OutOfFive();

    // "Kohtalainen (3)": the word, then the number in brackets.
    [GeneratedRegex(@"^(?<words>\p{L}[\p{L} ]*?)\s*\(\s*(?<a>[1-5])\s*\)$")]
    private static partial Regex WordThenNumber();

    // "Pieni–kohtalainen", "pieni - keskisuuri": two steps in words.
    [GeneratedRegex(@"^(?<a>\p{L}[\p{L} ]*?)\s*[–—-]\s*(?<b>\p{L}[\p{L} ]*)$")]
    private static partial Regex WordRange();
}
