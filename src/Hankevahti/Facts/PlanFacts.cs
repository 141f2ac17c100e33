namespace Hankevahti.Facts;

/// <summary>
/// The facts that matter in a plan, as one comparable fingerprint: the same plan imported from any
/// format (Word text, .docx, PDF) must give the same facts. Built by <see cref="FactsFingerprint.Of"/>;
/// every text is normalised (<see cref="FactText"/>) and every list sorted, so that equal plans give
/// equal fingerprints byte for byte. Documented field by field in docs/facts.md.
/// </summary>
public sealed record PlanFacts
{
    public string Title { get; init; } = "";
    /// <summary>Name of the lead applicant, null when no organisation has that role.</summary>
    public string? Lead { get; init; }
    public List<PartFact> Parts { get; init; } = [];
    public int Actions { get; init; }
    /// <summary>Actions whose schedule is known (periods read), not lost or missing.</summary>
    public int ScheduledActions { get; init; }
    /// <summary>Sum of the planned budget lines; null when the plan has no budget lines.</summary>
    public decimal? BudgetTotal { get; init; }
    public List<PartTotalFact> PartTotals { get; init; } = [];
    public decimal? OwnFundingShare { get; init; }
    public decimal? OwnFunding { get; init; }
    public decimal? GrantShare { get; init; }
    public decimal? Grant { get; init; }
    public List<RiskFact> Risks { get; init; } = [];
    public List<IndicatorFact> Indicators { get; init; } = [];
}

/// <summary>A work part: its code and title.</summary>
public sealed record PartFact(string Code, string Title);

/// <summary>The planned total of one part; Part is "-" for lines that belong to no part.</summary>
public sealed record PartTotalFact(string Part, decimal Total);

/// <summary>A risk's title with its likelihood and impact as "3", "2–3", a word, or "-" when unrated.</summary>
public sealed record RiskFact(string Title, string Likelihood, string Impact);

/// <summary>An indicator's name with its targets, each "2025: 40" or the target as written.</summary>
public sealed record IndicatorFact(string Name, List<string> Targets);

/// <summary>One difference between two fingerprints: the field ("risk.impact"), its key (a title or code) and both values.</summary>
public sealed record FactDifference(string Field, string Key, string? Expected, string? Actual)
{
    public override string ToString() =>
        $"{Field}{(Key.Length > 0 ? $" [{Key}]" : "")}: {Expected ?? "(none)"} → {Actual ?? "(none)"}";
}
