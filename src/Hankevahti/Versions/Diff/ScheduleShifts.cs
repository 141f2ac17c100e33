using Hankevahti.Figures;
using Hankevahti.Plans;

namespace Hankevahti.Versions.Diff;

/// <summary>
/// Actions in both plans (by id) whose schedule moved: the first start and the last end of their periods,
/// compared in whole months (a period of 09–10/2026 moved to 11–12/2026 moved by 2 months).
/// </summary>
internal static class ScheduleShifts
{
    public static IReadOnlyList<ScheduleShift> Compare(Plan from, Plan to)
    {
        var before = new Dictionary<string, WorkAction>(StringComparer.Ordinal);
        foreach (var (_, action) in PlanFigures.Actions(from))
        {
            before.TryAdd(action.Id, action);
        }
        var shifts = new List<ScheduleShift>();
        foreach (var (_, action) in PlanFigures.Actions(to))
        {
            if (!before.TryGetValue(action.Id, out var old))
            {
                continue;
            }
            var (startBefore, endBefore) = Span(old.Schedule);
            var (startAfter, endAfter) = Span(action.Schedule);
            if (startBefore is null && endBefore is null || startAfter is null && endAfter is null)
            {
                // A schedule that appeared or was lost is a field change, not a shift.
                continue;
            }
            var startMonths = Months(startBefore, startAfter);
            var endMonths = Months(endBefore, endAfter);
            if (startBefore != startAfter || endBefore != endAfter)
            {
                shifts.Add(new ScheduleShift(action.Id, action.Code, action.Title, startBefore, endBefore, startAfter, endAfter, startMonths, endMonths));
            }
        }
        return shifts;
    }

    private static (DateOnly? Start, DateOnly? End) Span(Schedule schedule)
    {
        var starts = schedule.Periods.Select(p => p.Start).OfType<DateOnly>().ToList();
        var ends = schedule.Periods.Select(p => p.End ?? p.Start).OfType<DateOnly>().ToList();
        return (starts.Count > 0 ? starts.Min() : null, ends.Count > 0 ? ends.Max() : null);
    }

    /// <summary>Whole calendar months from one date to the other (1.9. → 1.11. is 2).</summary>
    internal static int? Months(DateOnly? from, DateOnly? to) =>
        from is { } f && to is { } t ? (t.Year * 12 + t.Month) - (f.Year * 12 + f.Month) : null;
}
