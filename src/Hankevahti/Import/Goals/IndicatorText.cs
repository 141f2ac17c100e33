using System.Text.RegularExpressions;
using Hankevahti.Import.Common;
using Hankevahti.Plans;

namespace Hankevahti.Import.Goals;

/// <summary>What an indicator's wording says about its kind and unit, and how target cells are read.</summary>
public static partial class IndicatorText
{
    /// <summary>
    /// The kind from the wording. Explicit answer forms win ("kyllä/ei", "itsearvio"), then units
    /// ("%", "€", "pv"), then the first of a count word ("määrä") or a share word ("osuus"), since
    /// "lukumäärä / osuus" states the count first.
    /// </summary>
    public static IndicatorKind Classify(string text)
    {
        var t = CleanText.Key(text);
        if (YesNo().IsMatch(t))
        {
            return IndicatorKind.YesNo;
        }
        if (SelfAssessment().IsMatch(t))
        {
            return IndicatorKind.SelfAssessment;
        }
        if (t.Contains('%'))
        {
            return IndicatorKind.Percentage;
        }
        if (Money().IsMatch(t))
        {
            return IndicatorKind.Money;
        }
        if (Days().IsMatch(t))
        {
            return IndicatorKind.Days;
        }
        var count = CountWord().Match(t);
        var share = ShareWord().Match(t);
        if (count.Success && (!share.Success || count.Index < share.Index))
        {
            return IndicatorKind.Count;
        }
        if (share.Success)
        {
            return IndicatorKind.Percentage;
        }
        // "Malli on kuvattu", "Verkosto on perustettu": a state that either holds or not.
        return Achieved().IsMatch(t) ? IndicatorKind.YesNo : IndicatorKind.Other;
    }

    /// <summary>The unit as the text writes it, for the kinds that have one.</summary>
    public static string? Unit(IndicatorKind kind, string text)
    {
        var t = CleanText.Key(text);
        return kind switch
        {
            IndicatorKind.Percentage => "%",
            IndicatorKind.Money => "€",
            IndicatorKind.Days => Days().Match(t) is { Success: true } m && m.Value.StartsWith("vrk") ? "vrk" : "pv",
            IndicatorKind.Count => CountUnit().Match(t) is { Success: true } u ? u.Value : null,
            _ => null,
        };
    }

    /// <summary>
    /// Reads one target or baseline cell: "150 pv", "90 %", "kyllä", "ei toteudu", "3,5", "alle 90 %".
    /// Numbers are kept as written (90 for "90 %"), with the text alongside; null for an empty cell.
    /// </summary>
    public static IndicatorValue? ParseValue(string? cell, int? year = null, string? period = null, SourceRef? source = null)
    {
        var text = cell is null ? "" : CleanText.Squeeze(CleanText.StripEmphasis(cell));
        if (text.Length == 0 || text is "-" or "–")
        {
            return null;
        }
        var key = text.ToLowerInvariant();
        bool? achieved = key switch
        {
            "kyllä" or "k" or "toteutuu" or "toteutunut" or "on" or "valmis" => true,
            "ei" or "e" or "ei toteudu" or "ei toteutunut" or "ei ole" => false,
            _ => null,
        };
        decimal? value = null;
        var m = LeadingNumber().Match(text);
        if (achieved is null && m.Success && !m.Groups["range"].Success && Amounts.TryParseNumber(m.Groups["n"].Value, out var v))
        {
            value = v;
        }
        return new IndicatorValue { Value = value, Achieved = achieved, Year = year, Period = period, Text = text, Source = source };
    }

    /// <summary>A column heading that is a year ("2025") or a period of one ("2025 H1", "Q3/2026").</summary>
    public static bool TryYearColumn(string heading, out int? year, out string? period)
    {
        year = null;
        period = null;
        var t = CleanText.Squeeze(CleanText.StripEmphasis(heading));
        var m = YearHeading().Match(t);
        if (!m.Success)
        {
            return false;
        }
        year = int.Parse(m.Groups["y"].Value);
        period = t == m.Groups["y"].Value ? null : t;
        return true;
    }

    [GeneratedRegex(@"kyllä\s*/\s*ei|\bk\s*/\s*e\b|toteutuu\s*/\s*ei|ei\s*/\s*kyllä")]
    private static partial Regex YesNo();

    [GeneratedRegex(@"\b(on|ovat)\s+(\w+\s+)?\w+(ttu|tty|nut|nyt|lut|lyt)\b|\bon\s+(luotu|tehty|käytössä|valmis)\b")]
    private static partial Regex Achieved();

    [GeneratedRegex(@"itsearvi|asteikolla|asteikko|\b1\s*[–-]\s*(5|10)\b")]
    private static partial Regex SelfAssessment();

    [GeneratedRegex(@"€|\beuro|\bkustannus")]
    private static partial Regex Money();

    [GeneratedRegex(@"\b(pv|vrk|päiv\w*|vuorokau\w*)\b")]
    private static partial Regex Days();

    [GeneratedRegex(@"määr|\blkm\b|\bkpl\b|\bmontako\b")]
    private static partial Regex CountWord();

    [GeneratedRegex(@"\b(lkm|kpl)\b")]
    private static partial Regex CountUnit();

    [GeneratedRegex(@"osuus|osuu|prosent")]
    private static partial Regex ShareWord();

    [GeneratedRegex(@"^(alle|yli|vähintään|enintään|noin|n\.|max|min)?\s*(?<n>\d{1,3}( \d{3})+(,\d+)?|\d+(,\d+)?)(?<range>\s*[–-]\s*\d)?")]
    private static partial Regex LeadingNumber();

    [GeneratedRegex(@"^(?:(?:H|Q|[1-4]\s*/\s*|[1-4]\.\s*)?(?<y>20\d\d)(\s*(H[12]|Q[1-4]|/\s*[1-4]))?|(H[12]|Q[1-4])\s*/?\s*(?<y>20\d\d))$")]
    private static partial Regex YearHeading();
}
