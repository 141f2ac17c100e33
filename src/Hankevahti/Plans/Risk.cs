namespace Hankevahti.Plans;

/// <summary>A risk (riski) and how the project prepares for it.</summary>
public sealed record Risk
{
    /// <summary>Stable identifier of the item inside the plan, kept from version to version (docs/plan-json.md, "Identities").</summary>
    public string Id { get; init; } = "";
    public string? Code { get; init; }
    public string Title { get; init; } = "";
    public string? Description { get; init; }
    public string? Consequence { get; init; }
    public RiskRating? Likelihood { get; init; }
    public RiskRating? Impact { get; init; }
    /// <summary>The score as the plan states it ("8–12"); the derived score is likelihood × impact.</summary>
    public RiskRating? StatedScore { get; init; }
    public List<string> Mitigations { get; init; } = [];
    public string? Owner { get; init; }
    public SourceRef? Source { get; init; }
}

/// <summary>
/// A rating on the 1–5 scale, possibly a range ("2–3"), with the plan's own wording
/// ("Todennäköinen", "Merkittävä"). Min = Max for a single value.
/// </summary>
public sealed record RiskRating
{
    public decimal? Min { get; init; }
    public decimal? Max { get; init; }
    public string? Text { get; init; }
    /// <summary>
    /// True when the plan gave only words ("Merkittävä") and Min/Max were read from them through the
    /// vocabulary's rating words; the plan's own scale may differ, so checks treat the number as uncertain.
    /// Null for a number the plan wrote.
    /// </summary>
    public bool? FromWords { get; init; }
}
