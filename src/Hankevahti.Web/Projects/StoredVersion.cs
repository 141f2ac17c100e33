namespace Hankevahti.Web.Projects;

/// <summary>One stored version of a project's plan as the version lists show it (without its JSON); <see cref="Plans.PlanCache.VersionsAsync"/> lists them.</summary>
public sealed record StoredVersion(int Number, DateTimeOffset SavedAt, string Origin, string? Note)
{
    /// <summary>The key of the origin's name in ProjectsText ("Origin.import"); unknown origins are shown as stored.</summary>
    public static readonly IReadOnlyList<string> KnownOrigins = ["demo", "import", "edit", "api", "restore"];
}
