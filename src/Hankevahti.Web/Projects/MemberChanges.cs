using Hankevahti.People;
using Hankevahti.Storage.Audit;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.People;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Web.Projects;

/// <summary>How a change to a project's members went; anything but <see cref="Done"/> stored nothing.</summary>
public enum MemberOutcome
{
    Done,
    Unchanged,
    AlreadyMember,
    NotMember,
    OrganisationRequired,
    OrganisationNotForRole,
    OrganisationNotInPlan,
    /// <summary>The change would leave the project without a manager: nobody could manage its members again.</summary>
    LastManager,
}

/// <summary>
/// Adding, changing and removing a project's members, each in one transaction with its audit entry. The
/// members page's own minimal storage calls: the CLI's Memberships (branch h/peoplecli) does the same and
/// more, and this can give way to it once both are on main. The project's row is locked first (PostgreSQL;
/// SQLite's transactions take the write lock at the start), so that two managers demoting each other at the
/// same moment cannot leave the project without one.
/// </summary>
public static class MemberChanges
{
    /// <summary>Whether <paramref name="organisation"/> may go with <paramref name="role"/>; the plan's spelling of it when it may.</summary>
    public static (MemberOutcome Outcome, string? Organisation) CheckOrganisation(ProjectRole role, string? organisation, IEnumerable<string> planOrganisations)
    {
        organisation = string.IsNullOrWhiteSpace(organisation) ? null : organisation.Trim();
        if (role != ProjectRole.CoImplementer)
        {
            return (organisation is null ? MemberOutcome.Done : MemberOutcome.OrganisationNotForRole, null);
        }
        if (organisation is null)
        {
            return (MemberOutcome.OrganisationRequired, null);
        }
        var listed = planOrganisations.FirstOrDefault(o => string.Equals(o.Trim(), organisation, StringComparison.OrdinalIgnoreCase));
        return listed is null ? (MemberOutcome.OrganisationNotInPlan, organisation) : (MemberOutcome.Done, listed);
    }

    public static Task<MemberOutcome> AddAsync(HankevahtiDb db, int projectId, UserAccount user, ProjectRole role, string? organisation, CancellationToken ct) =>
        InTransactionAsync(db, projectId, async () =>
        {
            if (await db.ProjectMembers.AnyAsync(m => m.ProjectId == projectId && m.UserId == user.Id, ct))
            {
                return MemberOutcome.AlreadyMember;
            }
            db.ProjectMembers.Add(new ProjectMemberRow { ProjectId = projectId, UserId = user.Id, Role = RoleNames.Name(role), Organisation = organisation, AddedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync(ct);
            await AuditLog.AppendAsync(db, new AuditEvent("member.add", ProjectId: projectId, Item: user.Email ?? user.Id, After: Describe(RoleNames.Name(role), organisation)), ct);
            return MemberOutcome.Done;
        }, ct);

    public static Task<MemberOutcome> ChangeAsync(HankevahtiDb db, int projectId, string userId, ProjectRole role, string? organisation, CancellationToken ct) =>
        InTransactionAsync(db, projectId, async () =>
        {
            var member = await db.ProjectMembers.SingleOrDefaultAsync(m => m.ProjectId == projectId && m.UserId == userId, ct);
            if (member is null)
            {
                return MemberOutcome.NotMember;
            }
            var name = RoleNames.Name(role);
            if (member.Role == name && member.Organisation == organisation)
            {
                return MemberOutcome.Unchanged;
            }
            if (await IsLastManagerAsync(db, member, ct) && role != ProjectRole.Manager)
            {
                return MemberOutcome.LastManager;
            }
            var before = Describe(member.Role, member.Organisation);
            member.Role = name;
            member.Organisation = organisation;
            await db.SaveChangesAsync(ct);
            await AuditLog.AppendAsync(db, new AuditEvent("member.change", ProjectId: projectId, Item: await EmailAsync(db, userId, ct), Before: before, After: Describe(name, organisation)), ct);
            return MemberOutcome.Done;
        }, ct);

    public static Task<MemberOutcome> RemoveAsync(HankevahtiDb db, int projectId, string userId, CancellationToken ct) =>
        InTransactionAsync(db, projectId, async () =>
        {
            var member = await db.ProjectMembers.SingleOrDefaultAsync(m => m.ProjectId == projectId && m.UserId == userId, ct);
            if (member is null)
            {
                return MemberOutcome.NotMember;
            }
            if (await IsLastManagerAsync(db, member, ct))
            {
                return MemberOutcome.LastManager;
            }
            db.ProjectMembers.Remove(member);
            await db.SaveChangesAsync(ct);
            await AuditLog.AppendAsync(db, new AuditEvent("member.remove", ProjectId: projectId, Item: await EmailAsync(db, userId, ct), Before: Describe(member.Role, member.Organisation)), ct);
            return MemberOutcome.Done;
        }, ct);

    /// <summary>"co-implementer (Organisation)", "manager": the role as the audit trail and the CLI show it.</summary>
    public static string Describe(string role, string? organisation) => organisation is null ? role : $"{role} ({organisation})";

    private static async Task<bool> IsLastManagerAsync(HankevahtiDb db, ProjectMemberRow member, CancellationToken ct)
    {
        var manager = RoleNames.Name(ProjectRole.Manager);
        return member.Role == manager
            && !await db.ProjectMembers.AnyAsync(m => m.ProjectId == member.ProjectId && m.Id != member.Id && m.Role == manager, ct);
    }

    private static async Task<string> EmailAsync(HankevahtiDb db, string userId, CancellationToken ct) =>
        await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.Email).SingleOrDefaultAsync(ct) ?? userId;

    /// <summary>Runs <paramref name="change"/> in a transaction that is committed only when it is done; the tracked rows are dropped after.</summary>
    private static async Task<MemberOutcome> InTransactionAsync(HankevahtiDb db, int projectId, Func<Task<MemberOutcome>> change, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlInterpolatedAsync($"SELECT id FROM projects WHERE id = {projectId} FOR UPDATE", ct);
        }
        try
        {
            var outcome = await change();
            if (outcome == MemberOutcome.Done)
            {
                await tx.CommitAsync(ct);
            }
            else
            {
                await tx.RollbackAsync(ct);
            }
            return outcome;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }
}
