using System.Text.RegularExpressions;
using Hankevahti.Import.Common;
using Hankevahti.Plans;

namespace Hankevahti.Import.Risks;

/// <summary>
/// Likelihood, impact and score as plans write them: "3", "2–3", "8–12", "3 (keskisuuri)", or only words
/// ("Todennäköinen", "Merkittävä"). Words are kept as written; they are never turned into numbers.
/// </summary>
public static partial class RiskRatings
{
    public static RiskRating? Parse(string? text)
    {
        var t = CleanText.OneLine(text).Trim().TrimEnd('.');
        if (t.Length == 0 || t is "-" or "–")
        {
            return null;
        }
        var m = Numeric().Match(t);
        if (!m.Success)
        {
            return new RiskRating { Text = t };
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
        var words = m.Groups["words"].Value.Trim().Trim('(', ')', ',', ' ').Trim();
        return new RiskRating { Min = min, Max = max, Text = words.Length > 0 ? words : null };
    }

    // A number or range first, optionally followed by the scale's word in brackets or after a dash.
    [GeneratedRegex(@"^(?<a>\d{1,2}(,\d+)?)(\s*[-–—]\s*(?<b>\d{1,2}(,\d+)?))?(?<words>\s*(\(.*\)|[,:]\s*\p{L}.*|\s\p{L}.*))?$")]
    private static partial Regex Numeric();
}
