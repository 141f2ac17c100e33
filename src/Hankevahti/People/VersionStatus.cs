namespace Hankevahti.People;

/// <summary>
/// Where a saved version stands with the funder. Every version starts as a draft; the project manager
/// submits one, a funder official approves it or returns it with a reason. An approved version is never
/// changed: a change to the plan after it is a new draft (a change request).
/// </summary>
public enum VersionStatus { Draft, Submitted, Approved, Returned }

/// <summary>The moves between statuses and their words in the database.</summary>
public static class VersionStatuses
{
    public static string Name(VersionStatus status) => status switch
    {
        VersionStatus.Submitted => "submitted",
        VersionStatus.Approved => "approved",
        VersionStatus.Returned => "returned",
        _ => "draft",
    };

    /// <summary>The status a stored word stands for; an unknown word is read as a draft, the status that allows least.</summary>
    public static VersionStatus Parse(string? name) => name switch
    {
        "submitted" => VersionStatus.Submitted,
        "approved" => VersionStatus.Approved,
        "returned" => VersionStatus.Returned,
        _ => VersionStatus.Draft,
    };

    /// <summary>
    /// Whether a version in <paramref name="from"/> may move to <paramref name="to"/>: a draft or a returned
    /// version may be submitted (a returned one again, after the reason is dealt with), a submitted one approved
    /// or returned. Nothing leaves approved.
    /// </summary>
    public static bool CanMove(VersionStatus from, VersionStatus to) => (from, to) switch
    {
        (VersionStatus.Draft, VersionStatus.Submitted) => true,
        (VersionStatus.Returned, VersionStatus.Submitted) => true,
        (VersionStatus.Submitted, VersionStatus.Approved) => true,
        (VersionStatus.Submitted, VersionStatus.Returned) => true,
        _ => false,
    };
}
