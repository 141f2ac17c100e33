namespace Hankevahti.Plans;

/// <summary>An output (tuotos), result (tulos) or impact (vaikutus).</summary>
public sealed record Outcome
{
    /// <summary>Stable identifier of the item inside the plan, kept from version to version (docs/plan-json.md, "Identities").</summary>
    public string Id { get; init; } = "";
    public OutcomeKind Kind { get; init; }
    public OutcomeTerm Term { get; init; } = OutcomeTerm.Unspecified;
    public string Title { get; init; } = "";
    public string? Text { get; init; }
    public List<string> PartCodes { get; init; } = [];
    public List<string> GoalIds { get; init; } = [];
    public SourceRef? Source { get; init; }
}

public enum OutcomeKind { Output, Result, Impact }

public enum OutcomeTerm { Unspecified, ShortTerm, LongTerm }
