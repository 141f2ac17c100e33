using Hankevahti.Following.Values;
using Hankevahti.Plans;

namespace Hankevahti.Tests.Following.Values;

/// <summary>Typed values read as the indicator's kind says, and refused with the code of what was expected.</summary>
public class MeasuredValueTextTests
{
    public static TheoryData<string, IndicatorKind, string, string?, string> Readings() => new()
    {
        // Finnish decimal comma and the dot both read; spaces group thousands.
        { "comma decimal", IndicatorKind.Count, "12,5", null, "12.5" },
        { "dot decimal", IndicatorKind.Count, "12.5", null, "12.5" },
        { "thousands with spaces", IndicatorKind.Money, "1 250 000,50", null, "1250000.5" },
        { "thousands with no-break space", IndicatorKind.Money, "1\u00A0250", null, "1250" },
        // A unit the kind names is cut off, so "300 €" is what people type for money.
        { "money with euro sign", IndicatorKind.Money, "300 €", null, "300" },
        { "percentage with %", IndicatorKind.Percentage, "45,5 %", null, "45.5" },
        { "days with pv", IndicatorKind.Days, "120 pv", null, "120" },
        // The indicator's own unit ("asiakasta") is cut too.
        { "indicator's own unit", IndicatorKind.Count, "35 asiakasta", "asiakasta", "35" },
        // Edges of the ranges are inside them.
        { "zero count", IndicatorKind.Count, "0", null, "0" },
        { "percentage 100", IndicatorKind.Percentage, "100", null, "100" },
        { "self-assessment 1", IndicatorKind.SelfAssessment, "1", null, "1" },
        { "self-assessment 5 written 5,0", IndicatorKind.SelfAssessment, "5,0", null, "5" },
        // Other takes any number, a negative one too (a change may be negative).
        { "other negative", IndicatorKind.Other, "-3,2", null, "-3.2" },
        // Yes/no in the three languages.
        { "kyllä", IndicatorKind.YesNo, "Kyllä", null, "yes" },
        { "ei", IndicatorKind.YesNo, "ei", null, "no" },
        { "ja", IndicatorKind.YesNo, "ja", null, "yes" },
        { "nej", IndicatorKind.YesNo, "NEJ", null, "no" },
        { "yes", IndicatorKind.YesNo, " yes ", null, "yes" },
        { "no", IndicatorKind.YesNo, "no", null, "no" },
    };

    [Theory, MemberData(nameof(Readings))]
    public void A_value_of_the_right_kind_is_read(string why, IndicatorKind kind, string typed, string? unit, string expected)
    {
        var result = MeasuredValueText.Read(kind, typed, unit);

        Assert.True(result.Ok, why + ": " + result.Problem?.English);
        var value = result.Value!.Value;
        var shown = value.YesNo is { } yes ? (yes ? "yes" : "no") : value.Number!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(expected, shown);
    }

    public static TheoryData<string, IndicatorKind, string, string> Refusals() => new()
    {
        { "nothing typed", IndicatorKind.Count, "  ", ValueProblem.Empty },
        { "text in a count", IndicatorKind.Count, "paljon", ValueProblem.NotNumber },
        { "negative count", IndicatorKind.Count, "-1", ValueProblem.Negative },
        { "negative money", IndicatorKind.Money, "-100 €", ValueProblem.Negative },
        { "negative days", IndicatorKind.Days, "-5", ValueProblem.Negative },
        { "percentage over 100", IndicatorKind.Percentage, "100,1", ValueProblem.NotPercentage },
        { "negative percentage", IndicatorKind.Percentage, "-1 %", ValueProblem.NotPercentage },
        { "text as percentage", IndicatorKind.Percentage, "puolet", ValueProblem.NotPercentage },
        { "self-assessment 0", IndicatorKind.SelfAssessment, "0", ValueProblem.NotSelfAssessment },
        { "self-assessment 6", IndicatorKind.SelfAssessment, "6", ValueProblem.NotSelfAssessment },
        { "self-assessment not whole", IndicatorKind.SelfAssessment, "3,5", ValueProblem.NotSelfAssessment },
        { "maybe is not yes or no", IndicatorKind.YesNo, "ehkä", ValueProblem.NotYesNo },
        // Two decimal separators could be thousands either way: refused rather than guessed.
        { "dot thousands and comma decimal", IndicatorKind.Money, "1.250,50", ValueProblem.NotNumber },
        { "two commas", IndicatorKind.Count, "1,2,3", ValueProblem.NotNumber },
        // A space that does not group digits is a typo, not a number.
        { "space before comma", IndicatorKind.Count, "1 ,5", ValueProblem.NotNumber },
        { "minus in the middle", IndicatorKind.Other, "1-2", ValueProblem.NotNumber },
        { "a huge number overflows decimal", IndicatorKind.Other, "99999999999999999999999999999999", ValueProblem.NotNumber },
        { "a unit of another kind", IndicatorKind.Count, "12 %", ValueProblem.NotNumber },
    };

    [Theory, MemberData(nameof(Refusals))]
    public void A_value_of_the_wrong_kind_is_refused_with_what_was_expected(string why, IndicatorKind kind, string typed, string code)
    {
        var result = MeasuredValueText.Read(kind, typed);

        Assert.False(result.Ok, why);
        Assert.Equal(code, result.Problem!.Code);
        Assert.Equal(typed.Trim(), result.Problem.Typed);
        Assert.False(string.IsNullOrWhiteSpace(result.Problem.English));
    }
}
