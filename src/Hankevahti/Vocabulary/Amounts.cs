using System.Globalization;
using System.Text.RegularExpressions;

namespace Hankevahti.Vocabulary;

/// <summary>What an amount counts.</summary>
public enum AmountUnit
{
    /// <summary>A number without a unit ("1356000" in a cell of a euro column).</summary>
    Number,
    Euro,
    /// <summary>Henkilötyövuosi (htv): person-years of work.</summary>
    PersonYears,
    /// <summary>A share written with "%"; <see cref="Amount.Value"/> is the number as written (20 for "20 %").</summary>
    Percent,
}

/// <summary>
/// An amount as a plan writes it. <see cref="Certain"/> is false when the text could be read another way
/// ("1.356 €" may be 1356 euros or 1.356 euros; "noin 50 000 €" is an estimate): a reading that is not
/// certain may be shown but must not be the ground of an error.
/// <see cref="IsEmpty"/> marks a dash ("-", "–") that a table writes for "nothing".
/// </summary>
public readonly record struct Amount(decimal Value, AmountUnit Unit, bool Certain, string Text, bool IsEmpty = false);

/// <summary>An amount found inside a longer text, with where it stands.</summary>
public readonly record struct AmountMatch(Amount Amount, int Index, int Length);

/// <summary>
/// The one grammar for amounts in Finnish plans: "1 356 000 €", "1356000", "3,5M€", "2,02 milj. euroa", "996,89",
/// "120 000 euroa", "0,5 htv", "20 %", thousands separated by spaces, no-break or narrow no-break spaces or
/// dots ("1.356.000"), a decimal comma, a leading minus. Cells are read whole (<see cref="Parse"/>); in prose
/// only amounts with a euro unit count (<see cref="FindEuros"/>), so that years and counts are not money.
/// </summary>
public static partial class Amounts
{
    /// <summary>Reads a whole cell or phrase as one amount; null when it is anything else.</summary>
    public static Amount? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var s = CleanText.Squeeze(text);
        if (s is "-" or "–" or "—")
        {
            return new Amount(0, AmountUnit.Number, true, s, IsEmpty: true);
        }
        var m = Whole().Match(s.Replace('\u2212', '-'));
        if (!m.Success || !TryNumber(m.Groups["n"].Value, out var value, out var certain))
        {
            return null;
        }
        var scale = m.Groups["scale"].Value.ToLowerInvariant();
        var unitText = m.Groups["unit"].Value.ToLowerInvariant();
        var unit = unitText switch
        {
            "" => scale.Length > 0 ? AmountUnit.Euro : AmountUnit.Number,
            "%" => AmountUnit.Percent,
            "htv" or "henkilötyövuotta" or "henkilötyövuosi" => AmountUnit.PersonYears,
            _ => AmountUnit.Euro,
        };
        if (scale.Length > 0 && unit is AmountUnit.PersonYears or AmountUnit.Percent)
        {
            return null;
        }
        // A lone "m", "t" or "k" after a number may be metres, hours or thousands of anything: a scale without
        // a euro sign is read, but not with certainty.
        if (scale is "m" or "t" or "k" && unitText.Length == 0)
        {
            certain = false;
        }
        return new Amount(value * Multiplier(scale), unit, certain, s);
    }

    /// <summary>
    /// Euros of a whole cell or phrase: an amount in euros or a bare number (the column says euros), read with
    /// certainty; false for anything else, so that a doubtful cell stays text rather than become a wrong figure.
    /// </summary>
    public static bool TryParseEuros(string? text, out decimal euros)
    {
        euros = 0;
        if (Parse(text) is not { IsEmpty: false, Certain: true, Unit: AmountUnit.Euro or AmountUnit.Number } a)
        {
            return false;
        }
        euros = a.Value;
        return true;
    }

    /// <summary>A plain number: "1 126 927", "996,89", "-5", "0,5", "1.356.000".</summary>
    public static bool TryParseNumber(string? text, out decimal value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var s = CleanText.Squeeze(text).Replace('\u2212', '-').Replace('–', '-');
        return TryNumber(s, out value, out _);
    }

    /// <summary>A share such as "20 %", "80%" or "20,5 %" as a fraction (0.2).</summary>
    public static bool TryParsePercent(string? text, out decimal fraction)
    {
        fraction = 0;
        if (Parse(text) is not { Unit: AmountUnit.Percent } a || a.Value < 0)
        {
            return false;
        }
        fraction = a.Value / 100m;
        return true;
    }

    /// <summary>
    /// The amounts of euros in a text, each with its unit ("686 400 €", "2,02M€", "1,5 milj. euroa", "500 000 euron"):
    /// a number without a euro unit is not money in prose.
    /// </summary>
    public static IReadOnlyList<AmountMatch> FindEuros(string? text)
    {
        var result = new List<AmountMatch>();
        if (string.IsNullOrEmpty(text))
        {
            return result;
        }
        foreach (Match m in EuroInProse().Matches(text))
        {
            if (!TryNumber(CleanText.Squeeze(m.Groups["n"].Value), out var value, out var certain))
            {
                continue;
            }
            var euros = value * Multiplier(m.Groups["scale"].Value.ToLowerInvariant());
            var approx = IsApproximate(text.AsSpan(0, m.Index)) || Bound().IsMatch(text.AsSpan(0, m.Index));
            result.Add(new AmountMatch(new Amount(euros, AmountUnit.Euro, certain && !approx, m.Value.Trim()), m.Index, m.Length));
        }
        return result;
    }

    /// <summary>The shares ("20 %") in a text, as fractions, with where they stand.</summary>
    public static IReadOnlyList<AmountMatch> FindPercents(string? text)
    {
        var result = new List<AmountMatch>();
        if (string.IsNullOrEmpty(text))
        {
            return result;
        }
        foreach (Match m in PercentInProse().Matches(text))
        {
            if (TryNumber(m.Groups["n"].Value, out var value, out var certain))
            {
                result.Add(new AmountMatch(new Amount(value, AmountUnit.Percent, certain, m.Value.Trim()), m.Index, m.Length));
            }
        }
        return result;
    }

    private static decimal Multiplier(string scale) => scale switch
    {
        "m" or "milj" or "milj." or "me" or "m€" => 1_000_000m,
        "k" or "t" or "te" or "t€" or "k€" => 1000m,
        _ => 1m,
    };

    /// <summary>
    /// Digits grouped by spaces or by dots, a decimal comma. Dots as thousands separators are certain only with
    /// two or more groups ("1.356.000"); "1.356" alone may be a decimal point, so it is read but not certain.
    /// </summary>
    private static bool TryNumber(string s, out decimal value, out bool certain)
    {
        value = 0;
        certain = true;
        var m = Number().Match(s);
        if (!m.Success)
        {
            return false;
        }
        if (m.Groups["dots"].Success)
        {
            certain = m.Groups["dot"].Captures.Count >= 2;
        }
        var digits = s.Replace(" ", "").Replace(".", "").Replace(',', '.');
        return decimal.TryParse(digits, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    // "1 356 000", "1356000", "1.356.000", "996,89", "-5".
    [GeneratedRegex(@"^-?(\d{1,3}( \d{3})+|(?<dots>\d{1,3}(?<dot>\.\d{3})+)|\d+)(,\d+)?$")]
    private static partial Regex Number();

    // A whole cell: a number, an optional scale (M, milj., t, k…) and an optional unit (€, euroa, htv, %).
    [GeneratedRegex(@"^(?<n>-?(\d{1,3}( \d{3})+|\d{1,3}(\.\d{3})+|\d+)(,\d+)?)\s*(?<scale>M€|t€|k€|milj\.?|ME|te|M|k|t)?\s*(?<unit>€|e|eur|euroa|euro|htv|henkilötyövuotta|henkilötyövuosi|%)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Whole();

    // Euros in prose need their unit; the number may not continue a longer number or code ("1.4 €" is not 4 €).
    [GeneratedRegex(@"(?<![\d,.])(?<n>(\d{1,3}([ \u00A0\u202F\u2009]\d{3})+|\d{1,3}(\.\d{3})+|\d+)(,\d+)?)\s*(?<scale>M|milj\.?)?\s*(€|euro(a|n|lla|ksi)?\b|e\b)")]
    private static partial Regex EuroInProse();

    [GeneratedRegex(@"(?<![\d,.])(?<n>\d+(,\d+)?)\s*%")]
    private static partial Regex PercentInProse();

    /// <summary>
    /// Whether the words just before an amount say it is approximate ("noin 50 000 €", "n. 2 M€", "arviolta",
    /// "~"): such an amount is the plan's estimate, and checks compare it with a tolerance.
    /// </summary>
    public static bool IsApproximate(ReadOnlySpan<char> textBefore)
    {
        // The words stand right before the amount: look at the last few words only, from a word's start, so
        // that a long text is not scanned again for every amount in it.
        if (textBefore.Length > 40)
        {
            textBefore = textBefore[^40..];
            var space = textBefore.IndexOf(' ');
            textBefore = space < 0 ? textBefore : textBefore[space..];
        }
        return Approximate().IsMatch(textBefore);
    }

    [GeneratedRegex(@"(\b(noin|n\.|ca\.?|arviolta|likimain|likimäärin|suunnilleen|karkeasti)|~)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Approximate();

    // "enintään 50 000 €", "yli 2 M€": a bound, not the amount itself; read but not certain.
    [GeneratedRegex(@"\b(enintään|vähintään|yli|alle)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Bound();
}
