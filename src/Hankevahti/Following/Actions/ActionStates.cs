namespace Hankevahti.Following.Actions;

/// <summary>
/// Where an action stands now. <see cref="Recorded"/> is the latest status said of it (null: nothing said yet);
/// <see cref="Status"/> is what counts: the recorded one, except that an action past its end and neither done nor
/// cancelled is late whatever was said. <see cref="Period"/> is the period whose record is the latest.
/// </summary>
public sealed record ActionState(PlannedAction Planned, ActionStatus? Recorded, ActionStatus Status, int? PercentDone, string? Note, string? Period)
{
    public string ActionId => Planned.Id;
    public bool IsLate => Status == ActionStatus.Late;

    /// <summary>True when it is late because its end date has passed, not because someone said so.</summary>
    public bool LateByDate => IsLate && Recorded != ActionStatus.Late;
}

/// <summary>
/// The actions' states from the plan's schedule and what has been recorded per period. Periods are ordered by
/// the project's calendar when it is given (a period code the calendar does not know comes first, as the
/// oldest), else by their codes, which sort in time within one programme ("2026-H1" &lt; "2026-H2").
/// </summary>
public static class ActionStates
{
    public static IReadOnlyList<ActionState> Of(IReadOnlyList<PlannedAction> actions, IReadOnlyList<ActionProgress> progress, DateOnly today,
        IReadOnlyList<ProjectPeriod>? periods = null)
    {
        var order = PeriodOrder(periods);
        var latest = progress
            .GroupBy(p => p.ActionId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(p => order(p.PeriodCode)).ThenBy(p => p.PeriodCode, StringComparer.Ordinal).Last(), StringComparer.Ordinal);
        return actions.Select(a =>
        {
            latest.TryGetValue(a.Id, out var last);
            return new ActionState(a, last?.Status, StatusOf(last?.Status, a.End, today), last?.PercentDone, last?.Note, last?.PeriodCode);
        }).ToList();
    }

    /// <summary>
    /// What counts: done and cancelled stand as said; otherwise past the end date (today after it) is late; otherwise
    /// the recorded status, or not started when nothing is recorded.
    /// </summary>
    public static ActionStatus StatusOf(ActionStatus? recorded, DateOnly? end, DateOnly today) => recorded switch
    {
        ActionStatus.Done or ActionStatus.Cancelled => recorded.Value,
        _ when end is { } e && today > e => ActionStatus.Late,
        null => ActionStatus.NotStarted,
        _ => recorded.Value,
    };

    /// <summary>The late actions, the one whose end passed longest ago first (an unknown end last).</summary>
    public static IReadOnlyList<ActionState> Late(IEnumerable<ActionState> states) =>
        states.Where(s => s.IsLate).OrderBy(s => s.Planned.End ?? DateOnly.MaxValue).ToList();

    /// <summary>How many actions have each status (every status present, zero when none).</summary>
    public static IReadOnlyDictionary<ActionStatus, int> Counts(IEnumerable<ActionState> states)
    {
        var counts = Enum.GetValues<ActionStatus>().ToDictionary(s => s, _ => 0);
        foreach (var state in states)
        {
            counts[state.Status]++;
        }
        return counts;
    }

    /// <summary>What was said of each action for one period, by action id.</summary>
    public static IReadOnlyDictionary<string, ActionProgress> InPeriod(IEnumerable<ActionProgress> progress, string periodCode) =>
        progress.Where(p => string.Equals(p.PeriodCode, periodCode, StringComparison.OrdinalIgnoreCase))
            .GroupBy(p => p.ActionId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);

    /// <summary>The period a day falls in (the current one for today), or the last that ended before it, or the first.</summary>
    public static ProjectPeriod? CurrentPeriod(IReadOnlyList<ProjectPeriod> periods, DateOnly today) =>
        periods.FirstOrDefault(p => p.Contains(today)) ?? periods.LastOrDefault(p => p.End < today) ?? periods.FirstOrDefault();

    internal static Func<string, int> PeriodOrder(IReadOnlyList<ProjectPeriod>? periods)
    {
        if (periods is null)
        {
            return _ => 0;
        }
        var index = periods.Select((p, i) => (p.Code, i)).ToDictionary(x => x.Code, x => x.i + 1, StringComparer.OrdinalIgnoreCase);
        return code => index.TryGetValue(code, out var i) ? i : 0;
    }
}
