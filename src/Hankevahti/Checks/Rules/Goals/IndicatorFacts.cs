using Hankevahti.Plans;

namespace Hankevahti.Checks.Rules.Goals;

/// <summary>What an indicator row says: whether it has a target, a baseline, a way to measure it, and whether it is qualitative.</summary>
internal static class IndicatorFacts
{
    public static bool HasValue(IndicatorValue? value) =>
        value is not null && (value.Value is not null || value.Achieved is not null || !string.IsNullOrWhiteSpace(value.Text));

    public static bool HasTarget(Indicator indicator) => (indicator.Targets ?? []).Any(HasValue);

    public static bool HasBaseline(Indicator indicator) => HasValue(indicator.Baseline);

    /// <summary>Whether the row says how or from where the indicator is measured.</summary>
    public static bool HasMeasure(Indicator indicator) =>
        !string.IsNullOrWhiteSpace(indicator.Method) || !string.IsNullOrWhiteSpace(indicator.DataSource);

    /// <summary>
    /// A yes/no or self-assessed indicator, or one whose targets are words only ("toimintamalli käytössä"):
    /// a funder does not expect a numeric baseline for these, and a yes/no one carries its target in its name.
    /// </summary>
    public static bool IsQualitative(Indicator indicator)
    {
        if (indicator.Kind is IndicatorKind.YesNo or IndicatorKind.SelfAssessment)
        {
            return true;
        }
        var targets = (indicator.Targets ?? []).Where(HasValue).ToList();
        return targets.Count > 0 && targets.All(t => t.Value is null);
    }

    /// <summary>"1.2: Kehitettyjen moduulien määrä", for lists in messages.</summary>
    /// <param name="partCode">The code of the part the message is about; not repeated before each name.</param>
    public static string Label(Indicator indicator, string? partCode = null)
    {
        var code = (indicator.WorkCodes ?? []).FirstOrDefault(c => !string.IsNullOrWhiteSpace(c));
        if (code is not null && string.Equals(WorkIndex.Normalise(code), WorkIndex.Normalise(partCode), StringComparison.OrdinalIgnoreCase))
        {
            code = null;
        }
        var name = WorkNames.Short(indicator.Name, 70);
        if (name.Length == 0)
        {
            name = string.IsNullOrWhiteSpace(indicator.Id) ? "?" : indicator.Id;
        }
        return code is null ? name : $"{WorkIndex.Normalise(code)}: {name}";
    }
}
