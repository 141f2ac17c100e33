namespace Hankevahti.Plans;

/// <summary>The communication plan (viestintäsuunnitelma).</summary>
public sealed record CommunicationPlan
{
    public List<string> MainMessages { get; init; } = [];
    public List<CommunicationItem> Items { get; init; } = [];
    public string? Text { get; init; }
    public SourceRef? Source { get; init; }
}

/// <summary>One row of the communication plan: to whom, what, how, when, by whom.</summary>
public sealed record CommunicationItem
{
    /// <summary>Stable identifier of the item inside the plan, kept from version to version (docs/plan-json.md, "Identities").</summary>
    public string Id { get; init; } = "";
    public string Audience { get; init; } = "";
    public string? Message { get; init; }
    public List<string> Channels { get; init; } = [];
    public string? Timing { get; init; }
    public string? Responsible { get; init; }
    public SourceRef? Source { get; init; }
}

/// <summary>The monitoring and evaluation plan (seuranta ja arviointi).</summary>
public sealed record MonitoringPlan
{
    public string? Text { get; init; }
    /// <summary>Who evaluates: self-evaluation, external evaluator…</summary>
    public string? Evaluator { get; init; }
    public List<string> ReportingPeriods { get; init; } = [];
    public SourceRef? Source { get; init; }
}

/// <summary>A related project and the boundary drawn to it (rajapinnat).</summary>
public sealed record RelatedProject
{
    /// <summary>Stable identifier of the item inside the plan, kept from version to version (docs/plan-json.md, "Identities").</summary>
    public string Id { get; init; } = "";
    public string Name { get; init; } = "";
    public string? Relation { get; init; }
    public SourceRef? Source { get; init; }
}
