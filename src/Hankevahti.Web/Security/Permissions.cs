using Hankevahti.People;

namespace Hankevahti.Web.Security;

/// <summary>What a user may do, by role: the one place that says which role a policy lets through.</summary>
public static class Permissions
{
    /// <summary>Whether <paramref name="access"/> meets a policy that is not about one project.</summary>
    public static bool Allows(string policy, UserAccess access) => policy switch
    {
        Policies.Public => true,
        Policies.SignedIn => access.SignedIn,
        Policies.ProjectCreate => access.LocalOwner || access.IsAdministrator || access.Memberships.Values.Any(m => m.Role == ProjectRole.Manager),
        Policies.Administer => access.LocalOwner || access.IsAdministrator,
        Policies.ModelEdit => AllowsModelEdit(access, null),
        Policies.ProgrammeTerms => AllowsProgrammeTerms(access, null),
        _ => false,
    };

    /// <summary>
    /// <see cref="Policies.ProgrammeTerms"/>: administrators, and the funder officials of <paramref name="programmeKey"/>
    /// (normalised as their programmes are, FunderProgrammes.Normalise); with no programme, administrators only.
    /// </summary>
    public static bool AllowsProgrammeTerms(UserAccess access, string? programmeKey) =>
        access.LocalOwner || access.IsAdministrator || (programmeKey is not null && access.FunderProgrammes.Contains(programmeKey));

    /// <summary>
    /// <see cref="Policies.ModelEdit"/>: administrators, and managers and editors of one of <paramref name="linkedProjects"/>
    /// (the model's); for no model yet (null), of any project.
    /// </summary>
    public static bool AllowsModelEdit(UserAccess access, IReadOnlyCollection<int>? linkedProjects) =>
        access.LocalOwner || access.IsAdministrator
        || access.Memberships.Any(m => (linkedProjects is null || linkedProjects.Contains(m.Key)) && m.Value.Role is ProjectRole.Manager or ProjectRole.Editor);

    /// <summary>
    /// Whether <paramref name="access"/> meets a project policy in a project of programme <paramref name="programmeKey"/>.
    /// An administrator who is not a member gets nothing here: administering users is not reading plans.
    /// </summary>
    public static bool Allows(string policy, UserAccess access, int projectId, string? programmeKey)
    {
        if (access.LocalOwner)
        {
            return true;
        }
        var role = access.Memberships.TryGetValue(projectId, out var member) ? member.Role : (ProjectRole?)null;
        var funder = programmeKey is not null && access.FunderProgrammes.Contains(programmeKey);
        return policy switch
        {
            Policies.ProjectRead => role is not null || funder,
            Policies.PlanEdit => role is ProjectRole.Manager or ProjectRole.Editor,
            Policies.ShareEdit => role is ProjectRole.Manager or ProjectRole.Editor or ProjectRole.CoImplementer,
            Policies.ProjectManage => role is ProjectRole.Manager,
            Policies.VersionDecide => funder,
            Policies.AuditRead => role is ProjectRole.Manager || funder,
            Policies.FollowRecord => role is ProjectRole.Manager or ProjectRole.Editor or ProjectRole.CoImplementer,
            Policies.FollowEdit => role is ProjectRole.Manager or ProjectRole.Editor,
            Policies.FollowDecide => funder,
            _ => Allows(policy, access),
        };
    }
}

/// <summary>A user's membership of one project.</summary>
public sealed record Membership(ProjectRole Role, string? Organisation);

/// <summary>
/// Who the request is for and what they hold: read once per request (<see cref="RequestAccess"/>).
/// <see cref="LocalOwner"/> is the one person of a database without accounts, on this machine only.
/// </summary>
public sealed record UserAccess(
    string? UserId,
    string? UserName,
    bool LocalOwner,
    bool IsAdministrator,
    IReadOnlySet<string> FunderProgrammes,
    IReadOnlyDictionary<int, Membership> Memberships)
{
    public static readonly UserAccess SignedOut = new(null, null, false, false, new HashSet<string>(), new Dictionary<int, Membership>());

    public static readonly UserAccess Local = new(null, "local", true, true, new HashSet<string>(), new Dictionary<int, Membership>());

    public bool SignedIn => LocalOwner || UserId is not null;

    /// <summary>A signed-in account holding no role at all: it sees nothing until someone adds it to a project.</summary>
    public bool HasNoRole => UserId is not null && !IsAdministrator && FunderProgrammes.Count == 0 && Memberships.Count == 0;
}
