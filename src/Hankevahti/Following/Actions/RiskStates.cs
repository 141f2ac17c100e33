using Hankevahti.Plans;

namespace Hankevahti.Following.Actions;

/// <summary>A place in the 5 × 5 risk matrix: likelihood and impact 1–5; the score is their product.</summary>
public readonly record struct RiskPoint(int Likelihood, int Impact)
{
    public int Score => Likelihood * Impact;
}

/// <summary>Which way a risk moved between two assessments, by its score.</summary>
public enum RiskMove { Unchanged, Up, Down, New }

/// <summary>
/// A risk at a period: as planned (null when the plan gives no usable ratings), as last assessed at or before the
/// period (<see cref="Current"/>, with the period it was assessed in), and before that (<see cref="Previous"/>:
/// the assessment of an earlier period, or the plan's rating when this is the first). <see cref="Assessed"/> is
/// what was said in the period itself, for the form.
/// </summary>
public sealed record RiskState(Risk Risk, RiskPoint? Planned, RiskPoint? Current, string? CurrentPeriod, RiskPoint? Previous,
    string? Note, RiskAssessment? Assessed)
{
    public string RiskId => Risk.Id;

    /// <summary>Unchanged when not yet assessed; New when assessed but the plan gave no place to move from.</summary>
    public RiskMove Move => (Previous, Current) switch
    {
        _ when CurrentPeriod is null => RiskMove.Unchanged,
        (_, null) => RiskMove.Unchanged,
        (null, _) => RiskMove.New,
        ({ } p, { } c) when c.Score > p.Score => RiskMove.Up,
        ({ } p, { } c) when c.Score < p.Score => RiskMove.Down,
        _ => RiskMove.Unchanged,
    };

    /// <summary>Previous → current, score difference (0 when either is missing).</summary>
    public int ScoreChange => Current is { } c && Previous is { } p ? c.Score - p.Score : 0;
}

/// <summary>The risks of a plan as reassessed period by period, so the matrix can show where each moved.</summary>
public static class RiskStates
{
    public static IReadOnlyList<RiskState> At(IReadOnlyList<Risk> risks, IReadOnlyList<RiskAssessment> assessments, string? periodCode,
        IReadOnlyList<ProjectPeriod>? periods = null)
    {
        var order = ActionStates.PeriodOrder(periods);
        // Up to the period asked for: a later assessment is not yet known at that period.
        var limit = periodCode is null ? int.MaxValue : order(periodCode);
        var byRisk = assessments
            .Where(a => periodCode is null
                || (periods is null ? string.Compare(a.PeriodCode, periodCode, StringComparison.OrdinalIgnoreCase) <= 0 : order(a.PeriodCode) <= limit))
            .GroupBy(a => a.RiskId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(a => order(a.PeriodCode)).ThenBy(a => a.PeriodCode, StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        return risks.Select(risk =>
        {
            var planned = PlannedPoint(risk);
            var list = byRisk.TryGetValue(risk.Id, out var found) ? found : [];
            var last = list.LastOrDefault();
            var before = list.Count >= 2 ? Point(list[^2]) : last is null ? null : planned;
            var assessed = periodCode is null ? null
                : list.LastOrDefault(a => string.Equals(a.PeriodCode, periodCode, StringComparison.OrdinalIgnoreCase));
            return new RiskState(risk, planned, last is null ? planned : Point(last), last?.PeriodCode,
                last is null ? null : before, last?.Note, assessed);
        }).ToList();
    }

    /// <summary>
    /// The plan's place for a risk: each rating's upper end rounded up (a range "2–3" is read as 3, the cautious
    /// reading, as the plan's risk matrix does); null when either is missing or outside 1–5.
    /// </summary>
    public static RiskPoint? PlannedPoint(Risk risk) =>
        Cell(risk.Likelihood) is { } l && Cell(risk.Impact) is { } i ? new RiskPoint(l, i) : null;

    public static int? Cell(RiskRating? rating)
    {
        if ((rating?.Max ?? rating?.Min) is not { } value)
        {
            return null;
        }
        var cell = (int)Math.Ceiling(value);
        return cell is >= 1 and <= 5 ? cell : null;
    }

    /// <summary>True for a likelihood or impact the scale allows.</summary>
    public static bool OnScale(int rating) => rating is >= 1 and <= 5;

    private static RiskPoint Point(RiskAssessment a) => new(a.Likelihood, a.Impact);
}
