namespace Hankevahti.Following.Actions;

/// <summary>What is wrong with a field of an action's or a risk's record; the pages say it in the user's language.</summary>
public enum ProgressProblem
{
    /// <summary>The period is not one of the project's reporting periods.</summary>
    UnknownPeriod,
    /// <summary>The action is not in the latest plan version.</summary>
    UnknownAction,
    /// <summary>The risk is not in the latest plan version.</summary>
    UnknownRisk,
    /// <summary>Percent done is not a whole number 0–100.</summary>
    PercentOutOfRange,
    /// <summary>Likelihood or impact is not a whole number 1–5.</summary>
    RatingOutOfRange,
    /// <summary>The note is longer than <see cref="ProgressRules.NoteMax"/> characters.</summary>
    NoteTooLong,
}

/// <summary>A problem with one field of the <see cref="Index"/>th record of a save; Field is "period", "action", "risk", "percent", "likelihood", "impact" or "note".</summary>
public sealed record FieldProblem(int Index, string Field, ProgressProblem Problem)
{
    /// <summary>The one-line English message, for the CLI and logs.</summary>
    public string Message => Problem switch
    {
        ProgressProblem.UnknownPeriod => "the period must be one of the project's reporting periods (e.g. 2026-H2)",
        ProgressProblem.UnknownAction => "the action must be one of the latest plan version's actions",
        ProgressProblem.UnknownRisk => "the risk must be one of the latest plan version's risks",
        ProgressProblem.PercentOutOfRange => "percent done must be a whole number from 0 to 100",
        ProgressProblem.RatingOutOfRange => $"{Field} must be a whole number from 1 to 5",
        _ => $"the note may be at most {ProgressRules.NoteMax} characters",
    };
}

/// <summary>
/// The rules a record of an action's progress or a risk's assessment must meet before it is saved: checked by
/// storage (the one place that must hold them) and by the pages first, so a form says every problem at once.
/// </summary>
public static class ProgressRules
{
    public const int NoteMax = 4000;

    public static IReadOnlyList<FieldProblem> Check(IReadOnlyList<ActionProgress> records, IReadOnlySet<string> actionIds, IReadOnlyList<ProjectPeriod> periods)
    {
        var problems = new List<FieldProblem>();
        for (var i = 0; i < records.Count; i++)
        {
            var r = records[i];
            Common(i, r.PeriodCode, r.Note, periods, problems);
            if (!actionIds.Contains(r.ActionId))
            {
                problems.Add(new FieldProblem(i, "action", ProgressProblem.UnknownAction));
            }
            if (r.PercentDone is < 0 or > 100)
            {
                problems.Add(new FieldProblem(i, "percent", ProgressProblem.PercentOutOfRange));
            }
        }
        return problems;
    }

    public static IReadOnlyList<FieldProblem> Check(IReadOnlyList<RiskAssessment> records, IReadOnlySet<string> riskIds, IReadOnlyList<ProjectPeriod> periods)
    {
        var problems = new List<FieldProblem>();
        for (var i = 0; i < records.Count; i++)
        {
            var r = records[i];
            Common(i, r.PeriodCode, r.Note, periods, problems);
            if (!riskIds.Contains(r.RiskId))
            {
                problems.Add(new FieldProblem(i, "risk", ProgressProblem.UnknownRisk));
            }
            if (!RiskStates.OnScale(r.Likelihood))
            {
                problems.Add(new FieldProblem(i, "likelihood", ProgressProblem.RatingOutOfRange));
            }
            if (!RiskStates.OnScale(r.Impact))
            {
                problems.Add(new FieldProblem(i, "impact", ProgressProblem.RatingOutOfRange));
            }
        }
        return problems;
    }

    private static void Common(int i, string period, string? note, IReadOnlyList<ProjectPeriod> periods, List<FieldProblem> problems)
    {
        if (!periods.Any(p => string.Equals(p.Code, period?.Trim(), StringComparison.OrdinalIgnoreCase)))
        {
            problems.Add(new FieldProblem(i, "period", ProgressProblem.UnknownPeriod));
        }
        if (note is { Length: > NoteMax })
        {
            problems.Add(new FieldProblem(i, "note", ProgressProblem.NoteTooLong));
        }
    }
}
