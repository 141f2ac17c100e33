namespace Hankevahti.Plans;

/// <summary>A need (tarve) the project answers.</summary>
public sealed record Need
{
    /// <summary>Stable identifier of the item inside the plan, kept from version to version (docs/plan-json.md, "Identities").</summary>
    public string Id { get; init; } = "";
    public string Title { get; init; } = "";
    public string Text { get; init; } = "";
    public SourceRef? Source { get; init; }
}

/// <summary>A target group (kohderyhmä).</summary>
public sealed record TargetGroup
{
    /// <summary>Stable identifier of the item inside the plan, kept from version to version (docs/plan-json.md, "Identities").</summary>
    public string Id { get; init; } = "";
    public string Name { get; init; } = "";
    public string? Description { get; init; }
    /// <summary>How many people the group has in all (e.g. professionals in the region).</summary>
    public Quantity? TotalSize { get; init; }
    /// <summary>How many of them the project intends to reach.</summary>
    public Quantity? TargetedCount { get; init; }
    /// <summary>Segments of the group (age, profession, service…).</summary>
    public List<string> Segments { get; init; } = [];
    public SourceRef? Source { get; init; }
}

/// <summary>A number that a plan may give as a range or only in words ("noin 90 000–100 000").</summary>
public sealed record Quantity
{
    public decimal? Min { get; init; }
    public decimal? Max { get; init; }
    public string? Text { get; init; }
}
