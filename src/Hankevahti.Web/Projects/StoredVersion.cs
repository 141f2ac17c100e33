using Hankevahti.People;

namespace Hankevahti.Web.Projects;

/// <summary>
/// One stored version of a project's plan as the version lists show it (without its JSON), with where it stands
/// with the funder (docs/approval.md); <see cref="Plans.PlanCache.VersionsAsync"/> lists them.
/// </summary>
public sealed record StoredVersion(int Number, DateTimeOffset SavedAt, string Origin, string? Note,
    VersionStatus Status = VersionStatus.Draft, string? StatusReason = null, string? StatusBy = null, DateTimeOffset? StatusAt = null)
{
    /// <summary>The key of the origin's name in ProjectsText ("Origin.import"); unknown origins are shown as stored.</summary>
    public static readonly IReadOnlyList<string> KnownOrigins = ["demo", "import", "edit", "api", "restore"];

    /// <summary>
    /// What a rendering of the list has to be keyed by besides the newest number, so that a status move shows at
    /// once on a render-cached page: every move stamps its version with the time it was made, so the latest stamp
    /// changes with each move while the versions themselves stay.
    /// </summary>
    public static string StatusKey(IReadOnlyList<StoredVersion> versions) =>
        versions.Max(v => v.StatusAt)?.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-";
}
