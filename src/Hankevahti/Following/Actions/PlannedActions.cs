using Hankevahti.Plans;

namespace Hankevahti.Following.Actions;

/// <summary>An action of the plan with the code of the part it is under and the last day of its schedule.</summary>
public sealed record PlannedAction(WorkAction Action, string PartCode, DateOnly? End)
{
    public string Id => Action.Id;
}

/// <summary>The plan's actions in the order the plan lists them (parts depth first), each with its scheduled end.</summary>
public static class PlannedActions
{
    public static IReadOnlyList<PlannedAction> Of(Plan plan)
    {
        var list = new List<PlannedAction>();
        foreach (var part in plan.Work)
        {
            Walk(part, list);
        }
        return list;
    }

    /// <summary>
    /// The last day the schedule gives for an action: the latest end of its dated periods. Null when the schedule
    /// has no dated end (lost or never given): such an action is never late by itself, as nobody said when it ends.
    /// </summary>
    public static DateOnly? EndOf(WorkAction action) =>
        action.Schedule.Periods.Select(p => p.End).OfType<DateOnly>().DefaultIfEmpty().Max() is var end && end != default ? end : null;

    private static void Walk(WorkPart part, List<PlannedAction> list)
    {
        foreach (var action in part.Actions)
        {
            list.Add(new PlannedAction(action, part.Code, EndOf(action)));
        }
        foreach (var child in part.Children)
        {
            Walk(child, list);
        }
    }
}
