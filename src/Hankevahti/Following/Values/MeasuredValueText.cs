using System.Globalization;
using System.Text;
using Hankevahti.Plans;

namespace Hankevahti.Following.Values;

/// <summary>A value read as its indicator's kind says: a number, or yes/no for a yes/no indicator.</summary>
public readonly record struct ReadValue(decimal? Number, bool? YesNo);

/// <summary>
/// Why a typed value was refused: a code the pages and the CLI turn into a sentence in the user's language, and
/// what it needs to say (the text as typed). <see cref="English"/> is the sentence for logs and the CLI.
/// </summary>
public sealed record ValueProblem(string Code, string Typed)
{
    public const string Empty = "value.empty";
    public const string NotNumber = "value.not_number";
    public const string Negative = "value.negative";
    public const string NotPercentage = "value.not_percentage";
    public const string NotYesNo = "value.not_yes_no";
    public const string NotSelfAssessment = "value.not_self_assessment";

    public string English => Code switch
    {
        Empty => "a value is needed",
        NotNumber => $"'{Typed}' is not a number (expected e.g. 12 or 12,5)",
        Negative => $"'{Typed}' is below zero (expected a number of 0 or more)",
        NotPercentage => $"'{Typed}' is not a percentage (expected a number from 0 to 100)",
        NotYesNo => $"'{Typed}' is not yes or no (expected kyllä/ei, ja/nej or yes/no)",
        NotSelfAssessment => $"'{Typed}' is not a self-assessment (expected a whole number from 1 to 5)",
        _ => $"'{Typed}' was refused",
    };
}

/// <summary>A read value or the problem with it: data, never an exception.</summary>
public sealed record ValueReadResult(ReadValue? Value, ValueProblem? Problem)
{
    public bool Ok => Problem is null;
    public static ValueReadResult Of(ReadValue value) => new(value, null);
    public static ValueReadResult Refused(string code, string typed) => new(null, new ValueProblem(code, typed));
}

/// <summary>
/// Reads a measured value typed by a person or written in a CSV file, as the indicator's kind says. Numbers take a
/// Finnish decimal comma or a dot, thousands separated by spaces ("1 250,5"), and a unit after them that the
/// kind or the indicator names ("12 %", "300 €", "45 pv"). Counts, money and days are 0 or more, a percentage
/// 0–100, a self-assessment a whole number 1–5; yes/no is said in Finnish, Swedish or English. A kind the
/// plan does not know (<see cref="IndicatorKind.Other"/>) takes any number.
/// </summary>
public static class MeasuredValueText
{
    private static readonly string[] Yes = ["kyllä", "k", "ja", "j", "yes", "y", "true", "1"];
    private static readonly string[] No = ["ei", "e", "nej", "n", "no", "false", "0"];

    public static ValueReadResult Read(IndicatorKind kind, string? text, string? unit = null)
    {
        var typed = (text ?? "").Trim();
        if (typed.Length == 0)
        {
            return ValueReadResult.Refused(ValueProblem.Empty, typed);
        }
        if (kind == IndicatorKind.YesNo)
        {
            var word = typed.ToLowerInvariant();
            return Yes.Contains(word) ? ValueReadResult.Of(new(null, true))
                : No.Contains(word) ? ValueReadResult.Of(new(null, false))
                : ValueReadResult.Refused(ValueProblem.NotYesNo, typed);
        }
        var wrongKind = kind switch
        {
            IndicatorKind.Percentage => ValueProblem.NotPercentage,
            IndicatorKind.SelfAssessment => ValueProblem.NotSelfAssessment,
            _ => ValueProblem.NotNumber,
        };
        if (Number(WithoutUnit(typed, kind, unit)) is not { } number)
        {
            return ValueReadResult.Refused(wrongKind, typed);
        }
        return kind switch
        {
            IndicatorKind.Percentage when number is < 0 or > 100 => ValueReadResult.Refused(ValueProblem.NotPercentage, typed),
            IndicatorKind.SelfAssessment when number is < 1 or > 5 || number != decimal.Truncate(number) =>
                ValueReadResult.Refused(ValueProblem.NotSelfAssessment, typed),
            IndicatorKind.Count or IndicatorKind.Money or IndicatorKind.Days when number < 0 => ValueReadResult.Refused(ValueProblem.Negative, typed),
            // A stored value has no trailing zeros that were never typed as meaningful ("12,50" is 12.5).
            _ => ValueReadResult.Of(new(number / 1.0000000000000000000000000000m, null)),
        };
    }

    /// <summary>The value written back the way a Finnish form shows it: "12,5", "kyllä"/"ei".</summary>
    public static string Write(ReadValue value, CultureInfo culture) =>
        value.YesNo is { } yes ? YesNoWord(yes, culture)
        : value.Number is { } n ? n.ToString("0.############", culture)
        : "";

    private static string YesNoWord(bool yes, CultureInfo culture) => culture.TwoLetterISOLanguageName switch
    {
        "sv" => yes ? "ja" : "nej",
        "en" => yes ? "yes" : "no",
        _ => yes ? "kyllä" : "ei",
    };

    // The units the kind or the indicator itself names, cut from the end so "12 %" reads like "12".
    private static string WithoutUnit(string typed, IndicatorKind kind, string? unit)
    {
        var units = new List<string>();
        if (!string.IsNullOrWhiteSpace(unit))
        {
            units.Add(unit.Trim());
        }
        units.AddRange(kind switch
        {
            IndicatorKind.Percentage => ["%"],
            IndicatorKind.Money => ["€", "euroa", "eur"],
            IndicatorKind.Days => ["pv", "päivää", "vrk"],
            IndicatorKind.Count => ["kpl"],
            _ => [],
        });
        foreach (var u in units.OrderByDescending(u => u.Length))
        {
            if (typed.Length > u.Length && typed.EndsWith(u, StringComparison.OrdinalIgnoreCase))
            {
                return typed[..^u.Length].TrimEnd();
            }
        }
        return typed;
    }

    // Digits with an optional sign, one decimal comma or dot, and spaces only between digit groups.
    private static decimal? Number(string text)
    {
        if (text.Length > 40)
        {
            return null;
        }
        var s = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is ' ' or '\u00A0' or '\u202F')
            {
                // A space groups digits; anywhere else ("1 ,5", "- 3") it is not a number.
                if (i == 0 || i == text.Length - 1 || !char.IsAsciiDigit(text[i - 1]) || !char.IsAsciiDigit(text[i + 1]))
                {
                    return null;
                }
                continue;
            }
            s.Append(c switch { ',' => '.', '\u2212' => '-', _ => c });
        }
        var plain = s.ToString();
        if (plain.Count(c => c == '.') > 1 || plain.StartsWith('.') || plain.EndsWith('.') || plain.Contains("-.")
            || plain.Any(c => !(char.IsAsciiDigit(c) || c is '.' or '-')) || plain.LastIndexOf('-') > 0)
        {
            return null;
        }
        return decimal.TryParse(plain, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n)
            ? n : null;
    }
}
