using Hankevahti.People;
using Hankevahti.Storage.Audit;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Projects;
using Hankevahti.Vocabulary;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Hankevahti.Storage.People;

/// <summary>
/// Who is what in which project, and across projects: members and their roles, administrators, funder officials
/// and their programmes. Each change is written in one transaction with its audit entry, so that a change is
/// never stored without its record nor recorded without being stored. Refusals are results, not exceptions.
/// </summary>
public static class Memberships
{
    /// <summary>
    /// Makes <paramref name="userId"/> a member of <paramref name="projectId"/> in <paramref name="role"/>, or changes
    /// the role (and organisation) of a member. A co-implementer's <paramref name="organisation"/> must be one of the
    /// latest plan's organisations, by name or short name; the plan's name for it is stored. Two adds of the same
    /// member at once leave one row: the insert turns into an update on the (project_id, user_id) index.
    /// </summary>
    public static async Task<PeopleResult> SetMemberAsync(this HankevahtiDb db, int projectId, string userId, ProjectRole role, string? organisation, CancellationToken ct = default)
    {
        organisation = string.IsNullOrWhiteSpace(organisation) ? null : organisation.Trim();
        if (role != ProjectRole.CoImplementer && organisation is not null)
        {
            return PeopleResult.Of(PeopleOutcome.OrganisationNotForRole, $"only a co-implementer is bound to an organisation; {RoleNames.Name(role)} takes none");
        }
        if (role == ProjectRole.CoImplementer && organisation is null)
        {
            return PeopleResult.Of(PeopleOutcome.OrganisationRequired, "a co-implementer needs the organisation whose budget lines and actions it may change (one of the plan's organisations)");
        }
        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new { u.Id, u.Email }).SingleOrDefaultAsync(ct);
        if (user is null)
        {
            return PeopleResult.Of(PeopleOutcome.NoSuchUser, $"no user with id {userId}");
        }
        if (!await db.Projects.AsNoTracking().AnyAsync(p => p.Id == projectId, ct))
        {
            return PeopleResult.Of(PeopleOutcome.NoSuchProject, $"no project with id {projectId}");
        }
        if (organisation is not null)
        {
            var latest = await db.LatestPlanAsync(projectId, ct);
            var organisations = latest?.Plan?.Organisations ?? [];
            var key = Key(organisation);
            var listed = organisations.FirstOrDefault(o => Key(o.Name) == key || (o.ShortName is { } s && Key(s) == key));
            if (listed is null)
            {
                var names = string.Join(", ", organisations.Select(o => o.ShortName is { Length: > 0 } s ? $"{o.Name} ({s})" : o.Name));
                return PeopleResult.Of(PeopleOutcome.OrganisationNotInPlan,
                    names.Length == 0
                        ? $"'{organisation}' is not an organisation of project {projectId}'s plan: the plan lists none"
                        : $"'{organisation}' is not an organisation of project {projectId}'s plan; it lists {names}");
            }
            organisation = listed.Name;
        }

        var after = Describe(role, organisation);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var before = await db.ProjectMembers.AsNoTracking()
            .Where(m => m.ProjectId == projectId && m.UserId == userId)
            .Select(m => new { m.Role, m.Organisation })
            .SingleOrDefaultAsync(ct);
        var beforeText = before is null ? null : Describe(before.Role, before.Organisation);
        if (beforeText == after)
        {
            await tx.RollbackAsync(ct);
            return PeopleResult.Of(PeopleOutcome.Unchanged, $"{user.Email} already is {after} in project {projectId}");
        }
        await using (var cmd = db.Database.GetDbConnection().CreateCommand())
        {
            cmd.Transaction = tx.GetDbTransaction();
            cmd.CommandText =
                "INSERT INTO project_members (project_id, user_id, role, organisation, added_at) VALUES (@p, @u, @r, @o, @t) " +
                "ON CONFLICT (project_id, user_id) DO UPDATE SET role = excluded.role, organisation = excluded.organisation";
            SqlValues.Add(cmd, "@p", projectId);
            SqlValues.Add(cmd, "@u", userId);
            SqlValues.Add(cmd, "@r", RoleNames.Name(role));
            SqlValues.Add(cmd, "@o", (object?)organisation ?? DBNull.Value);
            SqlValues.Add(cmd, "@t", SqlValues.Timestamp(db, SqlValues.Now()));
            await cmd.ExecuteNonQueryAsync(ct);
        }
        await AuditLog.AppendAsync(db, new AuditEvent(before is null ? "member.add" : "member.change", ProjectId: projectId, Item: user.Email ?? userId, Before: beforeText, After: after), ct);
        await tx.CommitAsync(ct);
        return PeopleResult.Of(PeopleOutcome.Done, $"{user.Email} is {after} in project {projectId}");
    }

    /// <summary>Takes <paramref name="userId"/> out of <paramref name="projectId"/>.</summary>
    public static async Task<PeopleResult> RemoveMemberAsync(this HankevahtiDb db, int projectId, string userId, CancellationToken ct = default)
    {
        var email = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.Email).SingleOrDefaultAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var member = await db.ProjectMembers.AsNoTracking().SingleOrDefaultAsync(m => m.ProjectId == projectId && m.UserId == userId, ct);
        if (member is null)
        {
            await tx.RollbackAsync(ct);
            return PeopleResult.Of(PeopleOutcome.NoSuchMember, $"{email ?? userId} is not a member of project {projectId}");
        }
        var removed = await db.ProjectMembers.Where(m => m.Id == member.Id).ExecuteDeleteAsync(ct);
        if (removed == 0)
        {
            // Removed by someone else between the read and the delete (PostgreSQL): already as asked.
            await tx.RollbackAsync(ct);
            return PeopleResult.Of(PeopleOutcome.Unchanged, $"{email ?? userId} is no longer a member of project {projectId}");
        }
        await AuditLog.AppendAsync(db, new AuditEvent("member.remove", ProjectId: projectId, Item: email ?? userId, Before: Describe(member.Role, member.Organisation)), ct);
        await tx.CommitAsync(ct);
        return PeopleResult.Of(PeopleOutcome.Done, $"{email ?? userId} removed from project {projectId}");
    }

    /// <summary>A project's members with their e-mail addresses, by e-mail.</summary>
    public static async Task<IReadOnlyList<ProjectMember>> MembersAsync(this HankevahtiDb db, int projectId, CancellationToken ct = default)
    {
        var rows = await (from m in db.ProjectMembers.AsNoTracking()
                          join u in db.Users.AsNoTracking() on m.UserId equals u.Id
                          where m.ProjectId == projectId
                          select new { m.UserId, u.Email, u.DisplayName, m.Role, m.Organisation, m.AddedAt, u.DisabledAt })
            .ToListAsync(ct);
        return rows
            .Select(r => new ProjectMember(r.UserId, r.Email ?? "", r.DisplayName, ParseRole(r.Role), r.Organisation, r.AddedAt, r.DisabledAt is not null))
            .OrderBy(m => m.Email, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    /// <summary>
    /// Gives <paramref name="userId"/> a role across projects: administrator (no programme), or funder official of
    /// <paramref name="programme"/> (a programme's key, alias or name, or a stored project's programme key;
    /// <see cref="FunderProgrammes"/>). A user may be a funder official of several programmes.
    /// </summary>
    public static async Task<PeopleResult> AddGlobalRoleAsync(this HankevahtiDb db, string userId, GlobalRole role, string? programme, CancellationToken ct = default)
    {
        var (key, refusal) = await ProgrammeForAsync(db, role, programme, ct);
        if (refusal is not null)
        {
            return refusal;
        }
        var email = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.Email).SingleOrDefaultAsync(ct);
        if (email is null && !await db.Users.AnyAsync(u => u.Id == userId, ct))
        {
            return PeopleResult.Of(PeopleOutcome.NoSuchUser, $"no user with id {userId}");
        }
        var text = Describe(role, key);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (!await InsertGlobalRoleAsync(db, userId, role, key, ct))
        {
            await tx.RollbackAsync(ct);
            return PeopleResult.Of(PeopleOutcome.Unchanged, $"{email} already is {text}");
        }
        await AuditLog.AppendAsync(db, new AuditEvent("role.add", Item: email ?? userId, After: text), ct);
        await tx.CommitAsync(ct);
        return PeopleResult.Of(PeopleOutcome.Done, $"{email} is {text}");
    }

    /// <summary>Takes a role across projects away; a funder official's programme as <see cref="AddGlobalRoleAsync"/> takes it.</summary>
    public static async Task<PeopleResult> RemoveGlobalRoleAsync(this HankevahtiDb db, string userId, GlobalRole role, string? programme, CancellationToken ct = default)
    {
        var key = role == GlobalRole.FunderOfficial ? FunderProgrammes.Normalise(programme) : null;
        if (role == GlobalRole.FunderOfficial && key is null)
        {
            return PeopleResult.Of(PeopleOutcome.ProgrammeRequired, "say which programme's funder official role to remove");
        }
        var email = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.Email).SingleOrDefaultAsync(ct);
        var name = RoleNames.Name(role);
        var text = Describe(role, key);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var removed = await db.GlobalRoles.Where(r => r.UserId == userId && r.Role == name && r.ProgrammeKey == key).ExecuteDeleteAsync(ct);
        if (removed == 0)
        {
            await tx.RollbackAsync(ct);
            return PeopleResult.Of(PeopleOutcome.NoSuchMember, $"{email ?? userId} is not {text}");
        }
        await AuditLog.AppendAsync(db, new AuditEvent("role.remove", Item: email ?? userId, Before: text), ct);
        await tx.CommitAsync(ct);
        return PeopleResult.Of(PeopleOutcome.Done, $"{email ?? userId} is no longer {text}");
    }

    /// <summary>What <paramref name="userId"/> may be asked to do: roles across projects and the role in each project.</summary>
    public static async Task<AccountAccess> UserAccessAsync(this HankevahtiDb db, string userId, CancellationToken ct = default)
    {
        var global = await db.GlobalRoles.AsNoTracking().Where(r => r.UserId == userId).ToListAsync(ct);
        var members = await db.ProjectMembers.AsNoTracking().Where(m => m.UserId == userId).ToListAsync(ct);
        var admin = RoleNames.Name(GlobalRole.Administrator);
        var funder = RoleNames.Name(GlobalRole.FunderOfficial);
        return new AccountAccess(
            userId,
            global.Any(r => r.Role == admin),
            global.Where(r => r.Role == funder && r.ProgrammeKey is not null).Select(r => r.ProgrammeKey!).ToHashSet(StringComparer.Ordinal),
            members.ToDictionary(m => m.ProjectId, m => new ProjectMembership(ParseRole(m.Role), m.Organisation)));
    }

    /// <summary>A stored role word as the role; an unknown word is read as a reader, the role that may do least.</summary>
    public static ProjectRole ParseRole(string? name) => RoleNames.TryProjectRole(name, out var role) ? role : ProjectRole.Reader;

    internal static async Task<(string? Key, PeopleResult? Refusal)> ProgrammeForAsync(HankevahtiDb db, GlobalRole role, string? programme, CancellationToken ct)
    {
        if (role == GlobalRole.Administrator)
        {
            return string.IsNullOrWhiteSpace(programme)
                ? (null, null)
                : (null, PeopleResult.Of(PeopleOutcome.ProgrammeNotForRole, "an administrator's role is across every programme: give no programme"));
        }
        if (string.IsNullOrWhiteSpace(programme))
        {
            return (null, PeopleResult.Of(PeopleOutcome.ProgrammeRequired, $"a funder official needs a programme: one of {string.Join(", ", FunderProgrammes.Known)}, or a stored project's programme key"));
        }
        var key = await FunderProgrammes.ResolveAsync(db, programme, ct);
        return key is null
            ? (null, PeopleResult.Of(PeopleOutcome.UnknownProgramme, $"unknown programme '{programme.Trim()}'; expected one of {string.Join(", ", FunderProgrammes.Known)}, or a stored project's programme key"))
            : (key, null);
    }

    /// <summary>Inserts a global role; false when the user already had it (the unique index, also against an add at the same moment).</summary>
    internal static async Task<bool> InsertGlobalRoleAsync(HankevahtiDb db, string userId, GlobalRole role, string? programmeKey, CancellationToken ct)
    {
        await using var cmd = db.Database.GetDbConnection().CreateCommand();
        cmd.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        cmd.CommandText = "INSERT INTO global_roles (user_id, role, programme_key, added_at) VALUES (@u, @r, @k, @t) ON CONFLICT DO NOTHING";
        SqlValues.Add(cmd, "@u", userId);
        SqlValues.Add(cmd, "@r", RoleNames.Name(role));
        SqlValues.Add(cmd, "@k", (object?)programmeKey ?? DBNull.Value);
        SqlValues.Add(cmd, "@t", SqlValues.Timestamp(db, SqlValues.Now()));
        return await cmd.ExecuteNonQueryAsync(ct) > 0;
    }

    /// <summary>"funder rrf", "admin": the role as the audit log and the CLI show it.</summary>
    public static string Describe(GlobalRole role, string? programmeKey) =>
        programmeKey is null ? RoleNames.Name(role) : $"{RoleNames.Name(role)} {programmeKey}";

    private static string Describe(ProjectRole role, string? organisation) =>
        organisation is null ? RoleNames.Name(role) : $"{RoleNames.Name(role)} ({organisation})";

    private static string Describe(string role, string? organisation) => Describe(ParseRole(role), organisation);

    private static string Key(string text) => CleanText.Key(text).Trim();
}

/// <summary>A member of a project as the members list shows it.</summary>
public sealed record ProjectMember(string UserId, string Email, string? DisplayName, ProjectRole Role, string? Organisation, DateTimeOffset AddedAt, bool Disabled);

/// <summary>A user's role in one project; a co-implementer's organisation (the plan's name for it).</summary>
public sealed record ProjectMembership(ProjectRole Role, string? Organisation);

/// <summary>What a user is: administrator or not, funder official of which programmes (normalised keys), member of which projects.</summary>
public sealed record AccountAccess(string UserId, bool IsAdministrator, IReadOnlySet<string> FunderProgrammes, IReadOnlyDictionary<int, ProjectMembership> Projects)
{
    /// <summary>Whether the user is a funder official of the programme of a project whose programme_key is <paramref name="projectProgrammeKey"/>.</summary>
    public bool FundsProgramme(string? projectProgrammeKey) =>
        People.FunderProgrammes.Normalise(projectProgrammeKey) is { } key && FunderProgrammes.Contains(key);

    public ProjectMembership? In(int projectId) => Projects.GetValueOrDefault(projectId);
}
