using Hankevahti.Plans;

namespace Hankevahti.Versions.Diff;

/// <summary>
/// Compares two versions of a plan. Items are matched by id wherever they stand (<see cref="PlanItems"/>):
/// an item in only one plan is added or removed, one in both is changed when a value (other than its
/// source) differs or it stands under another parent; a new order in its list is no change. The parts
/// without ids (the project's facts, funding shares, the communication and monitoring texts) are compared
/// as one item each.
/// </summary>
public static class PlanDiff
{
    /// <summary>The plan's parts in the order of a hankesuunnitelma, named as in the plan JSON.</summary>
    public static readonly IReadOnlyList<string> PartOrder =
    [
        "project", "versions", "sections", "needs", "targetGroups", "goals", "work", "outcomes", "indicators",
        "organisations", "governance", "resources", "budget", "communication", "monitoring", "relatedProjects", "risks",
    ];

    /// <summary>The part of the plan an item kind belongs to.</summary>
    public static string PartOf(string kind) => kind switch
    {
        "section" => "sections",
        "need" => "needs",
        "targetGroup" => "targetGroups",
        "goal" => "goals",
        "workPart" or "action" => "work",
        "outcome" => "outcomes",
        "indicator" => "indicators",
        "organisation" => "organisations",
        "governanceBody" or "member" => "governance",
        "resource" => "resources",
        "budgetLine" or "income" or "transfer" => "budget",
        "communication" => "communication",
        "relatedProject" => "relatedProjects",
        "risk" => "risks",
        "version" => "versions",
        _ => kind,
    };

    // Lists inside an item that are compared as items of their own, not as the item's fields.
    private static IReadOnlyCollection<string> OwnLists(string kind) => kind switch
    {
        "workPart" => ["children", "actions"],
        "section" => ["children"],
        "governanceBody" => ["members"],
        _ => [],
    };

    public static PlanDiffResult Compare(Plan from, Plan to)
    {
        from = PlanIds.Fill(from);
        to = PlanIds.Fill(to);
        var before = Entries(from);
        var after = Entries(to);
        var parts = PartOrder.ToDictionary(p => p, _ => new Builder(), StringComparer.Ordinal);

        // The parts without ids first: a change of the project's facts or the funding shares leads its part.
        foreach (var (part, kind, b, a) in Singletons(from, to))
        {
            var fields = ItemFields.Compare(ItemFields.Of(b, []), ItemFields.Of(a, []));
            if (fields.Count > 0)
            {
                // The kind names the part; there is no label of the plan's own to add.
                parts[part].Changed.Add(new ItemChange(kind, kind, "", null, fields));
            }
        }
        foreach (var (key, entry) in after)
        {
            var part = parts[PartOf(entry.Kind)];
            if (!before.TryGetValue(key, out var old))
            {
                part.Added.Add(new ItemRef(entry.Kind, entry.Id, entry.Label, Parent(entry.ParentId, after)));
                continue;
            }
            var skip = OwnLists(entry.Kind);
            var fields = ItemFields.Compare(ItemFields.Of(old.Item, skip), ItemFields.Of(entry.Item, skip));
            var moved = old.ParentId != entry.ParentId
                ? new ItemMove(Parent(old.ParentId, before), Parent(entry.ParentId, after))
                : null;
            if (fields.Count > 0 || moved is not null)
            {
                part.Changed.Add(new ItemChange(entry.Kind, entry.Id, entry.Label, moved, fields));
            }
        }
        foreach (var (key, entry) in before)
        {
            if (!after.ContainsKey(key))
            {
                parts[PartOf(entry.Kind)].Removed.Add(new ItemRef(entry.Kind, entry.Id, entry.Label, Parent(entry.ParentId, before)));
            }
        }

        var result = PartOrder
            .Where(p => parts[p].Any)
            .Select(p => new PartDiff(p, parts[p].Added, parts[p].Removed, parts[p].Changed))
            .ToList();
        return new PlanDiffResult(result, MoneyMoves.Compare(from, to), Funding.Compare(from, to),
            IndicatorTargets.Compare(from, to), ScheduleShifts.Compare(from, to));
    }

    // The parts that have no id, each as one object without its identified lists (those are items of their own).
    private static IEnumerable<(string Part, string Kind, object Before, object After)> Singletons(Plan from, Plan to)
    {
        yield return ("project", "project", from.Project, to.Project);
        yield return ("budget", "funding", from.Budget.Funding with { OtherIncome = [] }, to.Budget.Funding with { OtherIncome = [] });
        yield return ("budget", "statedFigures", new { from.Budget.StatedFigures }, new { to.Budget.StatedFigures });
        yield return ("communication", "communication", (from.Communication ?? new CommunicationPlan()) with { Items = [] }, (to.Communication ?? new CommunicationPlan()) with { Items = [] });
        yield return ("monitoring", "monitoring", from.Monitoring ?? new MonitoringPlan(), to.Monitoring ?? new MonitoringPlan());
    }

    private static ItemParent? Parent(string? id, Dictionary<(string, string), Entry> entries)
    {
        if (id is null)
        {
            return null;
        }
        var parent = entries.Values.FirstOrDefault(e => e.Id == id);
        return new ItemParent(id, parent?.Label ?? id);
    }

    /// <summary>Every identified item by kind and id, in the plan's order.</summary>
    private static Dictionary<(string Kind, string Id), Entry> Entries(Plan plan)
    {
        var entries = new Dictionary<(string, string), Entry>();
        foreach (var list in PlanItems.Lists(plan))
        {
            for (var i = 0; i < list.Count; i++)
            {
                var entry = new Entry(list.Kind, list.IdAt(i), list.ParentId, list.ItemAt(i), ItemLabels.Of(list, i));
                entries.TryAdd((entry.Kind, entry.Id), entry);
            }
        }
        return entries;
    }

    private sealed record Entry(string Kind, string Id, string? ParentId, object Item, string Label);

    private sealed class Builder
    {
        public List<ItemRef> Added { get; } = [];
        public List<ItemRef> Removed { get; } = [];
        public List<ItemChange> Changed { get; } = [];
        public bool Any => Added.Count + Removed.Count + Changed.Count > 0;
    }
}
