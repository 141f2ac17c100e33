using Hankevahti.Plans;

namespace Hankevahti.Versions.Diff;

/// <summary>Indicators in both plans (by id) whose target values differ.</summary>
internal static class IndicatorTargets
{
    public static IReadOnlyList<IndicatorTargetChange> Compare(Plan from, Plan to)
    {
        var before = from.Indicators.Where(i => i.Id.Length > 0).GroupBy(i => i.Id).ToDictionary(g => g.Key, g => g.First());
        var changes = new List<IndicatorTargetChange>();
        foreach (var indicator in to.Indicators)
        {
            if (!before.TryGetValue(indicator.Id, out var old))
            {
                continue;
            }
            var b = old.Targets.Select(t => Text(t, old.Unit)).ToList();
            var a = indicator.Targets.Select(t => Text(t, indicator.Unit)).ToList();
            if (!b.SequenceEqual(a) || !old.Targets.Select(Value).SequenceEqual(indicator.Targets.Select(Value)))
            {
                changes.Add(new IndicatorTargetChange(indicator.Id, indicator.Name, b, a));
            }
        }
        return changes;
    }

    // What is compared: the figures, not only their wording.
    private static (decimal?, bool?, int?, string?, string?) Value(IndicatorValue v) => (v.Value, v.Achieved, v.Year, v.Period, v.Text);

    /// <summary>A target as people read it: "2026: 150 pv", its own words when it has them, else value and unit.</summary>
    internal static string Text(IndicatorValue target, string? unit)
    {
        var when = target.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? target.Period;
        var what = target.Text is { Length: > 0 } text ? text
            : target.Value is { } value ? $"{value.ToString(System.Globalization.CultureInfo.InvariantCulture)}{(unit is { Length: > 0 } ? " " + unit : "")}"
            : target.Achieved is { } achieved ? (achieved ? "✓" : "✗")
            : "?";
        return when is null ? what : $"{when}: {what}";
    }
}
