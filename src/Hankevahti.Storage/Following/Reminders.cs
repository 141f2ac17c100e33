using Hankevahti.Checks.Profiles;
using Hankevahti.Following;
using Hankevahti.Following.Reminders;
using Hankevahti.People;
using Hankevahti.Plans;
using Hankevahti.Storage.Audit;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Hankevahti.Storage.Following;

/// <summary>What a scan did with one reminder to one person.</summary>
public enum ReminderOutcome
{
    /// <summary>Sent now (or, in a dry run, would be).</summary>
    Sent,
    /// <summary>The sender failed; the claim was given back, so the next scan tries again.</summary>
    Failed,
}

/// <summary>One reminder to one person in a scan, with the sender's message when it failed.</summary>
public sealed record ReminderDelivery(Reminder Reminder, Recipient To, ReminderOutcome Outcome, string? Problem = null);

/// <summary>
/// The reminders' data: gathers what <see cref="ReminderScan"/> needs from the database (projects and their periods,
/// reports and values waiting or returned, managers, funder officials of the programme) and records the ones sent
/// in reminders_sent, so that each goes once per person however many processes scan at once.
/// </summary>
public static class Reminders
{
    /// <summary>The reminders due on <paramref name="today"/> in every project, or one project's.</summary>
    /// <param name="profiles">The programme profile of a programme key; the effective one (<see cref="ReportingTerms"/>: the shipped profile with the funder's due dates) unless a test gives its own.</param>
    public static async Task<IReadOnlyList<Reminder>> DueAsync(HankevahtiDb db, DateOnly today, int daysBefore = ReminderScan.DefaultDaysBefore,
        int? projectId = null, Func<string?, ProgrammeProfile>? profiles = null, CancellationToken ct = default) =>
        ReminderScan.Due(await FactsAsync(db, projectId, profiles, ct), today, daysBefore);

    /// <summary>The reminders due that concern one person (the in-app list): those the person is a recipient of.</summary>
    public static async Task<IReadOnlyList<Reminder>> ForPersonAsync(HankevahtiDb db, string userId, DateOnly today, int daysBefore = ReminderScan.DefaultDaysBefore,
        int? projectId = null, Func<string?, ProgrammeProfile>? profiles = null, CancellationToken ct = default) =>
        (await DueAsync(db, today, daysBefore, projectId, profiles, ct)).Where(r => r.Concerns(userId)).ToList();

    /// <summary>
    /// One scan: every reminder due to every recipient not yet sent it is claimed in reminders_sent (with an audit row),
    /// then handed to <paramref name="send"/>. A claim is an insert that does nothing when the row is there, so two
    /// scans at once send each reminder once. When <paramref name="send"/> throws, the claim is deleted and the failure
    /// audited: the next scan tries again. A dry run claims nothing and sends nothing, and lists what would go.
    /// </summary>
    public static async Task<IReadOnlyList<ReminderDelivery>> SendDueAsync(HankevahtiDb db, DateOnly today, int daysBefore,
        Func<Reminder, Recipient, CancellationToken, Task> send, bool dryRun = false, Func<string?, ProgrammeProfile>? profiles = null, CancellationToken ct = default)
    {
        var due = await DueAsync(db, today, daysBefore, null, profiles, ct);
        var sent = await SentAsync(db, due.Select(r => r.ProjectId).Distinct().ToList(), ct);
        var deliveries = new List<ReminderDelivery>();
        foreach (var reminder in due)
        {
            foreach (var to in reminder.Recipients)
            {
                if (sent.Contains((reminder.ProjectId, reminder.KindName, reminder.Subject, to.UserId)))
                {
                    continue;
                }
                if (dryRun)
                {
                    deliveries.Add(new(reminder, to, ReminderOutcome.Sent));
                    continue;
                }
                if (!await ClaimAsync(db, reminder, to, ct))
                {
                    // Another scan claimed it since this one read reminders_sent: it sends it.
                    continue;
                }
                try
                {
                    await send(reminder, to, ct);
                    deliveries.Add(new(reminder, to, ReminderOutcome.Sent));
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    await ReleaseAsync(db, reminder, to, ex.Message, ct);
                    deliveries.Add(new(reminder, to, ReminderOutcome.Failed, ex.Message));
                }
            }
        }
        return deliveries;
    }

    /// <summary>
    /// Records that <paramref name="reminder"/> goes to <paramref name="to"/>; false when it is already recorded (sent
    /// before, or claimed by another scan just now). The audit row is written in the same transaction.
    /// </summary>
    public static async Task<bool> ClaimAsync(HankevahtiDb db, Reminder reminder, Recipient to, CancellationToken ct = default)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await using (var cmd = db.Database.GetDbConnection().CreateCommand())
            {
                cmd.Transaction = tx.GetDbTransaction();
                cmd.CommandText = "INSERT INTO reminders_sent (project_id, kind, subject, recipient, sent_at) VALUES (@p, @k, @s, @r, @at) " +
                    "ON CONFLICT (project_id, kind, subject, recipient) DO NOTHING";
                SqlValues.Add(cmd, "@p", reminder.ProjectId);
                SqlValues.Add(cmd, "@k", reminder.KindName);
                SqlValues.Add(cmd, "@s", reminder.Subject);
                SqlValues.Add(cmd, "@r", to.UserId);
                SqlValues.Add(cmd, "@at", SqlValues.Timestamp(db, SqlValues.Now()));
                if (await cmd.ExecuteNonQueryAsync(ct) != 1)
                {
                    await tx.RollbackAsync(ct);
                    return false;
                }
            }
            await AuditLog.AppendAsync(db, new AuditEvent("reminder.send", ProjectId: reminder.ProjectId, Item: $"{reminder.KindName} {reminder.Subject}", After: to.Email), ct);
            await tx.CommitAsync(ct);
            return true;
        });
    }

    /// <summary>Gives a claim back after the sender failed, so that the next scan tries again; the failure is audited.</summary>
    private static async Task ReleaseAsync(HankevahtiDb db, Reminder reminder, Recipient to, string problem, CancellationToken ct)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await db.RemindersSent.Where(r => r.ProjectId == reminder.ProjectId && r.Kind == reminder.KindName && r.Subject == reminder.Subject && r.Recipient == to.UserId)
                .ExecuteDeleteAsync(ct);
            await AuditLog.AppendAsync(db, new AuditEvent("reminder.send", AuditOutcomes.Failed, reminder.ProjectId, Item: $"{reminder.KindName} {reminder.Subject}",
                After: $"{to.Email}: {ReminderTexts.OneLine(problem)}"), ct);
            await tx.CommitAsync(ct);
        });
    }

    /// <summary>The (project, kind, subject, recipient) of the reminders already sent in the projects.</summary>
    public static async Task<HashSet<(int ProjectId, string Kind, string Subject, string Recipient)>> SentAsync(HankevahtiDb db, IReadOnlyCollection<int> projectIds, CancellationToken ct = default)
    {
        var rows = await db.RemindersSent.AsNoTracking().Where(r => projectIds.Contains(r.ProjectId))
            .Select(r => new { r.ProjectId, r.Kind, r.Subject, r.Recipient }).ToListAsync(ct);
        return rows.Select(r => (r.ProjectId, r.Kind, r.Subject, r.Recipient)).ToHashSet();
    }

    /// <summary>The projects as <see cref="ReminderScan"/> sees them.</summary>
    public static async Task<IReadOnlyList<ReminderProject>> FactsAsync(HankevahtiDb db, int? projectId = null, Func<string?, ProgrammeProfile>? profiles = null, CancellationToken ct = default)
    {
        // The programmes' profiles with the due dates their funders set (reporting_terms): those make reports overdue.
        profiles ??= (await ReportingTerms.LoadAsync(db, ct)).ProfileFor;
        var projects = await db.Projects.AsNoTracking().Where(p => projectId == null || p.Id == projectId)
            .Select(p => new { p.Id, p.Name, p.Status, p.ProgrammeKey, p.PeriodStart, p.PeriodEnd }).OrderBy(p => p.Id).ToListAsync(ct);
        var ids = projects.Select(p => p.Id).ToList();
        var reports = (await db.PeriodReports.AsNoTracking().Where(r => ids.Contains(r.ProjectId))
            .Select(r => new { r.ProjectId, r.Kind, r.PeriodCode, r.Status, r.Revision, r.StatusReason }).ToListAsync(ct))
            .ToLookup(r => r.ProjectId, r => new ReportState(r.Kind, r.PeriodCode, VersionStatuses.Parse(r.Status), r.Revision, r.StatusReason));
        // Drafts and approved values remind nobody: only the ones waiting or returned are read.
        var values = (await db.IndicatorValues.AsNoTracking().Where(v => ids.Contains(v.ProjectId) && (v.Status == "submitted" || v.Status == "returned"))
            .Select(v => new { v.ProjectId, v.IndicatorId, v.PeriodCode, v.Organisation, v.Status, v.Revision, v.StatusReason }).ToListAsync(ct))
            .ToLookup(v => v.ProjectId, v => new ValueState(v.IndicatorId, v.PeriodCode, v.Organisation, VersionStatuses.Parse(v.Status), v.Revision, v.StatusReason));
        var manager = RoleNames.Name(ProjectRole.Manager);
        var managers = (await (from m in db.ProjectMembers.AsNoTracking()
                               join u in db.Users.AsNoTracking() on m.UserId equals u.Id
                               where ids.Contains(m.ProjectId) && m.Role == manager && u.DisabledAt == null && u.Email != null
                               select new { m.ProjectId, u.Id, u.Email, u.DisplayName }).ToListAsync(ct))
            .ToLookup(m => m.ProjectId, m => new Recipient(m.Id, m.Email!, m.DisplayName));
        var funders = (await (from g in db.GlobalRoles.AsNoTracking()
                              join u in db.Users.AsNoTracking() on g.UserId equals u.Id
                              where g.Role == RoleNames.FunderName && g.ProgrammeKey != null && u.DisabledAt == null && u.Email != null
                              select new { g.ProgrammeKey, u.Id, u.Email, u.DisplayName }).ToListAsync(ct))
            .ToLookup(f => FunderProgrammes.Normalise(f.ProgrammeKey), f => new Recipient(f.Id, f.Email!, f.DisplayName));

        return projects.Select(p => new ReminderProject(
                p.Id,
                p.Name,
                p.Status,
                ReportingCalendar.For(profiles(p.ProgrammeKey), new DateRange { Start = p.PeriodStart, End = p.PeriodEnd }).Periods,
                reports[p.Id].ToList(),
                values[p.Id].ToList(),
                Distinct(managers[p.Id]),
                FunderProgrammes.Normalise(p.ProgrammeKey) is { } programme ? Distinct(funders[programme]) : []))
            .ToList();
    }

    // A person with two roles that both qualify is reminded once.
    private static IReadOnlyList<Recipient> Distinct(IEnumerable<Recipient> people) =>
        people.GroupBy(p => p.UserId).Select(g => g.First()).OrderBy(p => p.Email, StringComparer.Ordinal).ToList();
}
