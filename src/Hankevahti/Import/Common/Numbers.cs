using System.Globalization;
using System.Text.RegularExpressions;

namespace Hankevahti.Import.Common;

/// <summary>Numbers as Finnish plans write them: "1 126 927", "686400", "996,89", "120 000 €", "2,02M€", "20 %".</summary>
public static partial class Numbers
{
    /// <summary>Parses a whole cell or phrase that is one amount of euros; false when it is anything else.</summary>
    public static bool TryParseAmount(string? text, out decimal euros)
    {
        euros = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var m = AmountPattern().Match(Squeeze(text));
        if (!m.Success)
        {
            return false;
        }
        if (!TryParseNumber(m.Groups["n"].Value, out var value))
        {
            return false;
        }
        var scale = m.Groups["scale"].Value.ToLowerInvariant();
        euros = scale switch
        {
            "m" or "milj" or "milj." or "me" => value * 1_000_000m,
            "k" or "t" or "te" => value * 1000m,
            _ => value,
        };
        return true;
    }

    /// <summary>Parses "1 126 927", "996,89", "-5", "0,5" (thousands separated by spaces, decimal comma).</summary>
    public static bool TryParseNumber(string? text, out decimal value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var s = Squeeze(text).Replace('\u2212', '-').Replace('–', '-');
        if (!NumberPattern().IsMatch(s))
        {
            return false;
        }
        s = s.Replace(" ", "").Replace(',', '.');
        return decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Parses a share such as "20 %", "80%" or "20,5 %" into a fraction (0.2).</summary>
    public static bool TryParsePercent(string? text, out decimal fraction)
    {
        fraction = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var m = PercentPattern().Match(Squeeze(text));
        if (!m.Success || !TryParseNumber(m.Groups["n"].Value, out var v))
        {
            return false;
        }
        fraction = v / 100m;
        return true;
    }

    /// <summary>Collapses no-break and thin spaces (Word uses them as thousands separators) to plain spaces.</summary>
    public static string Squeeze(string text) =>
        WhiteSpace().Replace(text.Replace('\u00A0', ' ').Replace('\u202F', ' ').Replace('\u2009', ' '), " ").Trim();

    [GeneratedRegex(@"^-?(\d{1,3}( \d{3})+|\d+)(,\d+)?$")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"^(?<n>-?(\d{1,3}( \d{3})+|\d+)(,\d+)?)\s*(?<scale>M|m|milj\.?|k|t|te|ME|me)?\s*(€|e|eur|euroa)?$", RegexOptions.IgnoreCase)]
    private static partial Regex AmountPattern();

    [GeneratedRegex(@"^(?<n>\d+(,\d+)?)\s*%$")]
    private static partial Regex PercentPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
