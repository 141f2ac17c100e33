namespace Hankevahti.Plans;

/// <summary>A goal (tavoite): the overall goal or one of its objectives.</summary>
public sealed record Goal
{
    /// <summary>Stable identifier inside the plan, used by links ("g1").</summary>
    public string Id { get; init; } = "";
    /// <summary>The code as the plan writes it, if any.</summary>
    public string? Code { get; init; }
    public GoalLevel Level { get; init; } = GoalLevel.Objective;
    public string Text { get; init; } = "";
    /// <summary>Code of the work part the goal belongs to, when it is a part's goal.</summary>
    public string? PartCode { get; init; }
    public List<string> IndicatorIds { get; init; } = [];
    public SourceRef? Source { get; init; }
}

public enum GoalLevel { Overall, Objective }
