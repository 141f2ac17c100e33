namespace Hankevahti.Checks.Profiles;

/// <summary>
/// What a funding programme's template and rules require of a plan. Profiles are data files
/// (Checks/Profiles/*.profile.json) so that a new call or a changed share is an edit, not code.
/// </summary>
public sealed record ProgrammeProfile
{
    /// <summary>The key a plan's <see cref="Hankevahti.Plans.Programme.Key"/> selects it by; "generic" for the fallback.</summary>
    public string Key { get; init; } = "";
    /// <summary>Other programme keys that use this profile.</summary>
    public List<string> Aliases { get; init; } = [];
    public LocalizedText Name { get; init; } = new();
    /// <summary>Sections the programme's template requires, by section kind (docs/glossary.md).</summary>
    public List<RequiredSection> RequiredSections { get; init; } = [];
    public FundingRules Funding { get; init; } = new();
    public List<ReportingPeriod> ReportingPeriods { get; init; } = [];
    /// <summary>How indicator progress is judged on track or behind; Hankevahti's own default when the profile says nothing.</summary>
    public ProgressRule Progress { get; init; } = new();
    /// <summary>When a budget transfer needs the funder's approval; null: every transfer does.</summary>
    public TransferRules? Transfers { get; init; }
    /// <summary>Where the figures come from, so that a user can check them against the call.</summary>
    public string? SourceNote { get; init; }
}

/// <summary>A text in the data files: Finnish and English, and Swedish (empty when not given: Finnish is shown).</summary>
public sealed record LocalizedText
{
    public string Fi { get; init; } = "";
    public string Sv { get; init; } = "";
    public string En { get; init; } = "";

    public Localized ToLocalized() => new(Fi, En) { Sv = Sv.Length > 0 ? Sv : null };
}

/// <summary>A section the template requires; any of its kinds satisfies it.</summary>
public sealed record RequiredSection
{
    public List<string> Kinds { get; init; } = [];
    public LocalizedText Name { get; init; } = new();
}

/// <summary>
/// How the programme funds a project. Shares are fractions of the eligible total (0.8 for 80 %); null
/// when the programme fixes none. A tolerance absorbs the rounding of plans that round to the euro.
/// </summary>
public sealed record FundingRules
{
    public decimal? OwnFundingShare { get; init; }
    public decimal? GrantShare { get; init; }
    /// <summary>
    /// The most of the eligible costs the grant may cover, when the programme sets a ceiling rather than a fixed
    /// share (the structural reform: "at most 80 %"): a plan may ask for less and fund more itself.
    /// </summary>
    public decimal? MaxGrantShare { get; init; }
    /// <summary>Euros a stated amount may differ from the derived one before it is a finding.</summary>
    public decimal AmountTolerance { get; init; } = 1m;
}

/// <summary>A reporting period of the programme, as month-day bounds repeating every year ("01-01" to "06-30").</summary>
public sealed record ReportingPeriod
{
    public LocalizedText Name { get; init; } = new();
    public string From { get; init; } = "01-01";
    public string To { get; init; } = "12-31";
    /// <summary>When the report of the period is due, month-day, if the programme fixes it.</summary>
    public string? ReportDue { get; init; }
    /// <summary>Days after the period's end by which its report is due, for a programme that says so instead of a date.</summary>
    public int? ReportDueDays { get; init; }
}

/// <summary>
/// The rule that says whether an indicator is on track: progress is expected to run linearly from the baseline
/// at the project's start to the target at its end (or the end of the target's year); a value counts as behind
/// when its share of the way is more than <see cref="Tolerance"/> below the share expected by its period's end.
/// Hankevahti's own rule (docs/checks.md): no funder fixes one.
/// </summary>
public sealed record ProgressRule
{
    /// <summary>A fraction of the way from baseline to target (0.1: ten percentage points of it).</summary>
    public decimal Tolerance { get; init; } = 0.1m;
}
