using Hankevahti.Plans;

namespace Hankevahti.Checks.Rules.Goals;

/// <summary>
/// Goals nothing measures. A part's goals count as measured when the goal names an indicator or any
/// indicator follows the part, its sub-parts or its actions: plans link indicators to work more often
/// than to goals, and the link from one goal to another's indicators in the same table is often lost.
/// Project-level goals are only reported when the plan has no indicators at all, since the plan's
/// work indicators serve them and no plan links them one by one.
/// </summary>
public sealed class GoalsWithoutIndicatorsRule : Rule
{
    public override string Code => "HV-GOAL-001";
    public override FindingSeverity Severity => FindingSeverity.Warning;
    public override Localized Title => new("Tavoitteella ei ole mittaria", "Goals without indicators");
    public override Localized Explanation => new(
        "Tavoitteen toteutumista ei seurata millään mittarilla: osan tavoitteille ei ole osan tai sen toimenpiteiden mittareita, tai suunnitelmassa ei ole mittareita lainkaan.",
        "Nothing measures whether the goal is reached: a part's goals have no indicator for the part or its actions, or the plan has no indicators at all.");

    public override IEnumerable<Finding> Check(CheckContext context)
    {
        var goals = (context.Plan.Goals ?? []).Select((g, i) => (Goal: g, Index: i)).Where(x => x.Goal is not null).ToList();
        if (goals.Count == 0)
        {
            return [];
        }
        var indicators = (context.Plan.Indicators ?? []).Where(i => i is not null).ToList();
        return indicators.Count == 0 ? NoIndicatorsAtAll(context, goals) : PartsWithoutIndicators(context, goals, indicators);
    }

    private IEnumerable<Finding> NoIndicatorsAtAll(CheckContext context, List<(Goal Goal, int Index)> goals)
    {
        var items = WorkNames.List(goals.Select(x => Name(x.Goal)).ToList(), 6);
        var (first, index) = goals[0];
        yield return Found(
            context.Place($"goals[{index}]", first.Source, first.Text, "goals", "monitoring"),
            new($"Suunnitelmassa on {goals.Count} tavoitetta mutta ei yhtään mittaria, jolla niiden toteutumista seurataan: {items.Fi}.",
                $"The plan has {goals.Count} goals but no indicator that follows whether they are reached: {items.En}."),
            new("Lisää kullekin tavoitteelle mittari, jolla on lähtötaso, tavoitearvo ja tietolähde (esim. seuranta- ja arviointiosioon).",
                "Add an indicator for each goal, with a baseline, a target and a data source (e.g. in the monitoring section)."));
    }

    private IEnumerable<Finding> PartsWithoutIndicators(CheckContext context, List<(Goal Goal, int Index)> goals, List<Indicator> indicators)
    {
        var index = new WorkIndex(context);
        var ids = indicators.Select(i => i.Id).Where(id => !string.IsNullOrEmpty(id)).ToHashSet(StringComparer.Ordinal);
        // A plan whose indicators are tied to neither work nor goals (one plan-wide table) may measure every
        // part; nothing says which, so no part is blamed.
        var linksAny = indicators.Any(i => (i.WorkCodes ?? []).Any(c => !string.IsNullOrWhiteSpace(c)))
            || goals.Any(x => (x.Goal.IndicatorIds ?? []).Any(ids.Contains));
        if (!linksAny)
        {
            yield break;
        }
        var byPart = goals
            .Where(x => !string.IsNullOrWhiteSpace(x.Goal.PartCode))
            .GroupBy(x => index.PartOf(x.Goal.PartCode)?.Part.Code ?? WorkIndex.Normalise(x.Goal.PartCode), StringComparer.OrdinalIgnoreCase);
        foreach (var group in byPart)
        {
            var part = index.PartOf(group.First().Goal.PartCode);
            var linked = group.Any(x => (x.Goal.IndicatorIds ?? []).Any(ids.Contains))
                || (part is not null && indicators.Any(i => (i.WorkCodes ?? []).Any(c => index.IsUnder(c, part))))
                || (part is null && indicators.Any(i => (i.WorkCodes ?? []).Any(c => string.Equals(WorkIndex.Normalise(c), group.Key, StringComparison.OrdinalIgnoreCase))));
            if (linked)
            {
                continue;
            }
            var owner = part is null ? new Localized($"Osa {group.Key}", $"Part {group.Key}") : WorkNames.Part(part.Part);
            var count = group.Count();
            var items = WorkNames.List(group.Select(x => Name(x.Goal)).ToList(), 4);
            var (first, at) = group.First();
            yield return Found(
                context.Place($"goals[{at}]", first.Source, first.Text, "goals"),
                new($"{owner.Fi}: {(count == 1 ? "tavoitteelle" : $"{count} tavoitteelle")} ei ole mittaria – osalle tai sen toimenpiteille ei ole merkitty yhtään mittaria: {items.Fi}.",
                    $"{owner.En}: {(count == 1 ? "the goal has" : $"{count} goals have")} no indicator – none is given for the part or its actions: {items.En}."),
                new("Lisää osalle mittarit, joilla tavoitteen toteutumista seurataan, ja merkitse mihin tavoitteeseen tai toimenpiteeseen kukin liittyy.",
                    "Add indicators that follow the part's goals and mark which goal or action each belongs to."));
        }
    }

    private static string Name(Goal goal) =>
        string.IsNullOrWhiteSpace(goal.Code) ? $"\"{WorkNames.Short(goal.Text, 50)}\"" : $"{goal.Code.Trim()} \"{WorkNames.Short(goal.Text, 50)}\"";
}
