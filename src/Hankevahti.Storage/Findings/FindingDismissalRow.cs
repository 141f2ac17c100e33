namespace Hankevahti.Storage.Findings;

/// <summary>
/// A finding a user dismissed ("not an error: …"), stored under its key (Checks/FindingKey) so that it
/// holds on later versions while the finding's place and words stay the same. One per project and key.
/// </summary>
public sealed class FindingDismissalRow
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    /// <summary><see cref="Hankevahti.Checks.FindingKey"/> of the finding.</summary>
    public string FindingKey { get; set; } = "";
    /// <summary>The finding's rule ("HV-RISK-001"), to list and count dismissals without checking the plan.</summary>
    public string RuleCode { get; set; } = "";
    /// <summary>Why it is not an error, as the user wrote it (at most <see cref="FindingDismissals.MaxReasonLength"/> characters).</summary>
    public string Reason { get; set; } = "";
    /// <summary>Who dismissed it; null until there are accounts.</summary>
    public string? DismissedBy { get; set; }
    public DateTimeOffset DismissedAt { get; set; }
    /// <summary>The number of the version the finding was dismissed on.</summary>
    public int VersionNumber { get; set; }
}
