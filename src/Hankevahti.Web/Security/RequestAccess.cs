using System.Security.Claims;
using Hankevahti.People;
using Hankevahti.Storage.Database;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Web.Security;

/// <summary>
/// The signed-in user's roles, read from the database once per request (a role given or taken away counts
/// from the next request, and a disabled account holds nothing), and the checks of <see cref="Permissions"/> on them.
/// </summary>
public sealed class RequestAccess(IHttpContextAccessor http, HankevahtiDb db)
{
    private UserAccess? current;
    private readonly Dictionary<int, (bool Exists, string? Programme)> projects = [];

    public async Task<UserAccess> CurrentAsync(CancellationToken ct = default) => current ??= await LoadAsync(http.HttpContext?.User, ct);

    /// <summary>Whether the user meets <paramref name="policy"/>, in project <paramref name="projectId"/> when the policy is about one.</summary>
    public async Task<bool> AllowsAsync(string policy, int? projectId, CancellationToken ct = default)
    {
        var access = await CurrentAsync(ct);
        if (!Policies.IsProjectPolicy(policy))
        {
            return Permissions.Allows(policy, access);
        }
        if (projectId is not { } id)
        {
            return false;
        }
        if (!projects.TryGetValue(id, out var project))
        {
            var row = await db.Projects.AsNoTracking().Where(p => p.Id == id).Select(p => new { p.ProgrammeKey }).SingleOrDefaultAsync(ct);
            // Normalised as a funder's programmes are: a plan may name its programme by an alias of the profile's key.
            projects[id] = project = (row is not null, Storage.People.FunderProgrammes.Normalise(row?.ProgrammeKey));
        }
        // A project that does not exist is refused like one that is not theirs: the answer tells nothing.
        return (project.Exists || access.LocalOwner) && Permissions.Allows(policy, access, id, project.Programme);
    }

    /// <summary><see cref="Policies.ModelEdit"/> for a model (null: a new one), by the projects linked to it.</summary>
    public async Task<bool> AllowsModelEditAsync(int? modelId, CancellationToken ct = default)
    {
        var access = await CurrentAsync(ct);
        return modelId is { } id
            ? Permissions.AllowsModelEdit(access, await Storage.Models.OperatingModels.LinkedProjectIdsAsync(db, id, ct))
            : Permissions.AllowsModelEdit(access, null);
    }

    /// <summary><see cref="Policies.ProgrammeTerms"/> for a programme as the address names it (a key or an alias of its profile).</summary>
    public async Task<bool> AllowsProgrammeTermsAsync(string? programme, CancellationToken ct = default) =>
        Permissions.AllowsProgrammeTerms(await CurrentAsync(ct), Storage.People.FunderProgrammes.Normalise(programme));

    /// <summary>The projects the user may see in lists.</summary>
    public async Task<ProjectScope> VisibleProjectsAsync(CancellationToken ct = default) => ProjectScope.Of(await CurrentAsync(ct));

    /// <summary>The user's membership of a project, or null (not a member, or the local owner).</summary>
    public async Task<Membership?> MembershipAsync(int projectId, CancellationToken ct = default) =>
        (await CurrentAsync(ct)).Memberships.TryGetValue(projectId, out var m) ? m : null;

    private async Task<UserAccess> LoadAsync(ClaimsPrincipal? user, CancellationToken ct)
    {
        if (user?.HasClaim(c => c.Type == LocalOwner.ClaimType) == true)
        {
            return UserAccess.Local;
        }
        if (user?.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId)
        {
            return UserAccess.SignedOut;
        }
        var account = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new { u.UserName, u.DisabledAt }).SingleOrDefaultAsync(ct);
        if (account is null || account.DisabledAt is not null)
        {
            return UserAccess.SignedOut;
        }
        var roles = await db.GlobalRoles.AsNoTracking().Where(r => r.UserId == userId).Select(r => new { r.Role, r.ProgrammeKey }).ToListAsync(ct);
        var members = await db.ProjectMembers.AsNoTracking().Where(m => m.UserId == userId).Select(m => new { m.ProjectId, m.Role, m.Organisation }).ToListAsync(ct);
        var memberships = new Dictionary<int, Membership>();
        foreach (var m in members)
        {
            if (RoleNames.TryProjectRole(m.Role, out var role))
            {
                memberships[m.ProjectId] = new Membership(role, m.Organisation);
            }
        }
        var funder = RoleNames.Name(GlobalRole.FunderOfficial);
        return new UserAccess(
            userId,
            account.UserName,
            LocalOwner: false,
            IsAdministrator: roles.Any(r => r.Role == RoleNames.Name(GlobalRole.Administrator)),
            FunderProgrammes: roles.Where(r => r.Role == funder && r.ProgrammeKey is not null).Select(r => Storage.People.FunderProgrammes.Normalise(r.ProgrammeKey)!).ToHashSet(StringComparer.Ordinal),
            Memberships: memberships);
    }
}
