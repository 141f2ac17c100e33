namespace Hankevahti.Plans;

/// <summary>One row of the plan's version history (versiohistoria).</summary>
public sealed record PlanVersion
{
    /// <summary>Stable identifier of the item inside the plan, kept from version to version (docs/plan-json.md, "Identities").</summary>
    public string Id { get; init; } = "";
    /// <summary>The version number as written: "0.01", "1.00", "2.0".</summary>
    public string Number { get; init; } = "";
    public DateOnly? Date { get; init; }
    /// <summary>The date as written, kept when it is not a date (a template placeholder such as "pp.kk.vvvv").</summary>
    public string? DateText { get; init; }
    public string? Editor { get; init; }
    public string? Approver { get; init; }
    public string? Description { get; init; }
    public VersionState State { get; init; } = VersionState.Draft;
    public SourceRef? Source { get; init; }
}

public enum VersionState { Draft, Approved }
