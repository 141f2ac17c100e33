using Hankevahti.Plans;

namespace Hankevahti.Checks.Rules.Goals;

/// <summary>
/// Indicators of a plan grouped by the work part they follow, in plan order, so that one finding covers a
/// part's table. An indicator without a work code belongs to the part of the goal that names it; one
/// whose code names no part is grouped under that code.
/// </summary>
internal sealed record IndicatorGroup(WorkEntry? Part, string? Code, IReadOnlyList<(Indicator Indicator, int Index)> Items)
{
    public static IReadOnlyList<IndicatorGroup> Of(CheckContext context, Func<Indicator, bool> selected)
    {
        var index = new WorkIndex(context);
        var goalParts = (context.Plan.Goals ?? [])
            .Where(g => g is not null && !string.IsNullOrWhiteSpace(g.PartCode))
            .SelectMany(g => (g.IndicatorIds ?? []).Select(id => (Id: id, g.PartCode)))
            .GroupBy(x => x.Id, StringComparer.Ordinal)
            .ToDictionary(x => x.Key, x => x.First().PartCode, StringComparer.Ordinal);
        var groups = new List<(string Key, WorkEntry? Part, string? Code, List<(Indicator, int)> Items)>();
        var indicators = context.Plan.Indicators ?? [];
        for (var i = 0; i < indicators.Count; i++)
        {
            var indicator = indicators[i];
            if (indicator is null || !selected(indicator))
            {
                continue;
            }
            var codes = (indicator.WorkCodes ?? []).Where(c => !string.IsNullOrWhiteSpace(c)).ToList();
            if (codes.Count == 0 && goalParts.GetValueOrDefault(indicator.Id ?? "") is { } goalPart)
            {
                codes = [goalPart];
            }
            var part = index.PartOf(codes);
            var code = part is null && codes.Count > 0 ? WorkIndex.Normalise(codes[0]) : null;
            var key = part is not null ? "part " + part.Path : code is not null ? "code " + code.ToLowerInvariant() : "plan";
            var group = groups.FindIndex(g => g.Key == key);
            if (group < 0)
            {
                groups.Add((key, part, code, []));
                group = groups.Count - 1;
            }
            groups[group].Items.Add((indicator, i));
        }
        return groups.Select(g => new IndicatorGroup(g.Part, g.Code, g.Items)).ToList();
    }

    /// <summary>"Työpaketti 1.1", the code a plan gave ("Kärki 1"), or for indicators of no part "Suunnitelma".</summary>
    public Localized Owner => Part is not null ? WorkNames.Part(Part.Part) : Code is not null ? new(Code, Code) : new("Suunnitelma", "The plan");

    public Localized List(int max = 8) => WorkNames.List(Items.Select(x => IndicatorFacts.Label(x.Indicator, Part?.Part.Code ?? Code)).ToList(), max);

    /// <summary>The first indicator of the group, in the section it stands in (or the monitoring section).</summary>
    public FindingPlace Place(CheckContext context, string? quote = null)
    {
        var (first, i) = Items[0];
        return context.Place($"indicators[{i}]", first.Source ?? first.Baseline?.Source, quote ?? first.Name, "monitoring", "goals");
    }
}
