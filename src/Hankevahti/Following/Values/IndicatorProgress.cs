using Hankevahti.Checks.Profiles;
using Hankevahti.People;
using Hankevahti.Plans;

namespace Hankevahti.Following.Values;

/// <summary>Whether an indicator is where the rule expects it; NoValue before anything is approved, NoTarget when there is nothing to measure the way by.</summary>
public enum ProgressStatus { OnTrack, Behind, NoValue, NoTarget }

/// <summary>One period's value of an indicator as it counts in progress (approved values, organisations combined).</summary>
public sealed record ProgressPoint(ProjectPeriod Period, decimal? Number, bool? YesNo);

/// <summary>
/// An indicator's progress from its approved values: the latest value, its change from the baseline, its share
/// of the way from baseline to target, the share the rule expected by the end of the latest value's period, and
/// the verdict. <see cref="BaselineAssumed"/> is true when the plan gives no baseline and the way is counted from
/// the start of the scale (0; 1 for a self-assessment).
/// </summary>
public sealed record IndicatorProgress(
    Indicator Indicator,
    IReadOnlyList<ProgressPoint> Points,
    decimal? Baseline,
    bool BaselineAssumed,
    decimal? Target,
    DateOnly? TargetDate,
    ProgressPoint? Latest,
    decimal? Change,
    decimal? Share,
    decimal? Expected,
    ProgressStatus Status);

/// <summary>
/// Computes progress per indicator from approved values only (a draft, submitted or returned value is not yet a
/// fact). Expected progress runs linearly from the baseline at the project's start to the target at the target's
/// year end (the project's end when the target has no year), through each earlier target in turn when the plan
/// sets targets for several years; a value is behind when its share of the way is
/// more than the profile's tolerance below the expected share at its period's end. The rule is Hankevahti's own
/// (docs/checks.md). Values of several organisations for one period are combined: a project-wide value stands
/// for the period; without one, counts and money are summed (each organisation measures its own part), other
/// numbers averaged, and yes/no is yes only when every organisation says yes.
/// </summary>
public static class IndicatorProgressRule
{
    public static IndicatorProgress For(Indicator indicator, IEnumerable<MeasuredValue> values, IReadOnlyList<ProjectPeriod> periods,
        DateRange? project, ProgressRule rule)
    {
        var points = Points(indicator, values, periods);
        var latest = points.Count > 0 ? points[^1] : null;
        var target = FinalTarget(indicator);
        var targetDate = target?.Year is { } year ? new DateOnly(year, 12, 31) : project?.End;
        var start = project?.Start;
        var expected = latest is not null && start is { } s && targetDate is { } t ? TimeShare(s, t, latest.Period.End) : (decimal?)null;

        if (indicator.Kind == IndicatorKind.YesNo)
        {
            var achieved = latest?.YesNo;
            var status = latest is null ? ProgressStatus.NoValue
                : target?.Achieved is false || targetDate is null ? ProgressStatus.NoTarget
                // A yes/no has no way to go part of: it is behind only when the target's date has come and it is still no.
                : achieved is true || latest.Period.End < targetDate ? ProgressStatus.OnTrack
                : ProgressStatus.Behind;
            return new(indicator, points, null, false, null, targetDate, latest, null, achieved is { } a ? (a ? 1m : 0m) : null, expected, status);
        }

        var (baseline, assumed) = indicator.Baseline?.Value is { } b ? (b, false) : (ScaleStart(indicator.Kind), true);
        var targetValue = target?.Value;
        var change = latest?.Number - baseline;
        decimal? share = latest?.Number is { } n && targetValue is { } tv && tv != baseline ? (n - baseline) / (tv - baseline) : null;
        // With targets for earlier years too, the expected value runs through each of them in turn.
        if (latest is not null && start is { } from && targetValue is { } final && final != baseline && targetDate is not null)
        {
            expected = (ExpectedValue(indicator, baseline, from, project?.End, latest.Period.End) - baseline) / (final - baseline);
        }
        var verdict = latest is null ? ProgressStatus.NoValue
            : share is null || expected is null ? ProgressStatus.NoTarget
            : share < expected - rule.Tolerance ? ProgressStatus.Behind
            : ProgressStatus.OnTrack;
        return new(indicator, points, baseline, assumed, targetValue, targetDate, latest, change,
            share is { } sh ? Math.Round(sh, 4) : null, expected is { } e ? Math.Round(e, 4) : null, verdict);
    }

    /// <summary>The approved values per period in the project's period order, organisations combined.</summary>
    public static IReadOnlyList<ProgressPoint> Points(Indicator indicator, IEnumerable<MeasuredValue> values, IReadOnlyList<ProjectPeriod> periods)
    {
        var approved = values.Where(v => v.IndicatorId == indicator.Id && v.Status == VersionStatus.Approved).ToList();
        var points = new List<ProgressPoint>();
        foreach (var period in periods)
        {
            var own = approved.Where(v => string.Equals(v.PeriodCode, period.Code, StringComparison.OrdinalIgnoreCase)).ToList();
            if (own.Count == 0)
            {
                continue;
            }
            var whole = own.FirstOrDefault(v => v.Organisation.Length == 0);
            var used = whole is not null ? [whole] : own;
            points.Add(indicator.Kind == IndicatorKind.YesNo
                ? new ProgressPoint(period, null, used.All(v => v.YesNo == true))
                : new ProgressPoint(period, Combine(indicator.Kind, used.Where(v => v.Number is not null).Select(v => v.Number!.Value).ToList()), null));
        }
        return points;
    }

    private static decimal? Combine(IndicatorKind kind, List<decimal> numbers) =>
        numbers.Count == 0 ? null
        : kind is IndicatorKind.Count or IndicatorKind.Money ? numbers.Sum()
        : numbers.Average();

    // The target the project ends on: the latest by year; one without a year is taken to be the project's end.
    private static IndicatorValue? FinalTarget(Indicator indicator) =>
        indicator.Targets.Where(t => t.Value is not null || t.Achieved is not null).OrderBy(t => t.Year ?? int.MaxValue).LastOrDefault();

    // The value expected on a day: straight lines from the baseline at the start through each target at the end of
    // its year (the project's end for one without a year); after the last target, the last target.
    private static decimal ExpectedValue(Indicator indicator, decimal baseline, DateOnly start, DateOnly? end, DateOnly day)
    {
        var anchors = new List<(DateOnly Date, decimal Value)> { (start, baseline) };
        foreach (var target in indicator.Targets.Where(t => t.Value is not null).OrderBy(t => t.Year ?? int.MaxValue))
        {
            var date = target.Year is { } year ? new DateOnly(year, 12, 31) : end;
            if (date is { } d && d > anchors[^1].Date)
            {
                anchors.Add((d, target.Value!.Value));
            }
        }
        for (var i = 1; i < anchors.Count; i++)
        {
            if (day <= anchors[i].Date)
            {
                var (d0, v0) = anchors[i - 1];
                var (d1, v1) = anchors[i];
                var t = day <= d0 ? 0m : (decimal)(day.DayNumber - d0.DayNumber) / (d1.DayNumber - d0.DayNumber);
                return v0 + (v1 - v0) * t;
            }
        }
        return anchors[^1].Value;
    }

    private static decimal ScaleStart(IndicatorKind kind) => kind == IndicatorKind.SelfAssessment ? 1m : 0m;

    // How far the day is from the start to the target date, 0–1: the share of the way expected by then.
    private static decimal TimeShare(DateOnly start, DateOnly target, DateOnly day)
    {
        if (target <= start)
        {
            return 1m;
        }
        var share = (decimal)(day.DayNumber - start.DayNumber) / (target.DayNumber - start.DayNumber);
        return Math.Clamp(share, 0m, 1m);
    }
}
