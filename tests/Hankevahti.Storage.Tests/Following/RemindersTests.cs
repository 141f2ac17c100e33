using System.Collections.Concurrent;
using Hankevahti.Checks.Profiles;
using Hankevahti.Following.Reminders;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Following;
using Hankevahti.Storage.People;
using Hankevahti.Storage.Projects;
using Hankevahti.Storage.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Storage.Tests.Following;

/// <summary>Reminders' data from the database, and each reminder sent once per person, also by scans at once.</summary>
public class RemindersTests
{
    private static readonly DateTimeOffset At = new(2026, 9, 1, 8, 0, 0, TimeSpan.Zero);
    // 1.9.2026: the 2026-H1 report (due 31 days after 30.6.) is overdue; 2026-H2 is not yet due.
    private static readonly DateOnly Today = new(2026, 9, 1);

    // The shipped profiles set no due dates (docs/checks.md): the test's half-years are due 31 days after the end.
    private static ProgrammeProfile Profiles(string? key) => ProfileCatalog.For(key) with
    {
        ReportingPeriods =
        [
            new ReportingPeriod { Name = new LocalizedText { Fi = "H1", En = "H1" }, From = "01-01", To = "06-30", ReportDueDays = 31 },
            new ReportingPeriod { Name = new LocalizedText { Fi = "H2", En = "H2" }, From = "07-01", To = "12-31", ReportDueDays = 31 },
        ],
    };

    private sealed record World(int ProjectId, string Manager, string Funder);

    // A running project of programme rrf (written by its alias), a manager, an editor, a funder official of rrf, one of
    // another programme and a disabled one; one value waiting, one returned, the 2026-H1 report not submitted.
    private static async Task<World> WorldAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        var project = await db.AddProjectAsync(TestPlans.Summary("Hoivahanke", "Kestävän kasvun ohjelma", null, null), "test");
        project.ProgrammeKey = "kestavan-kasvun-ohjelma";
        project.PeriodStart = new DateOnly(2026, 1, 1);
        project.PeriodEnd = new DateOnly(2027, 12, 31);
        project.Status = "running";
        var manager = User(db, "manager@example.fi", "Maija");
        var editor = User(db, "editor@example.fi", null);
        var funder = User(db, "funder@example.fi", "Frans");
        var otherFunder = User(db, "other@example.fi", null);
        var disabled = User(db, "gone@example.fi", null);
        disabled.DisabledAt = At;
        db.ProjectMembers.AddRange(
            new ProjectMemberRow { ProjectId = project.Id, UserId = manager.Id, Role = "manager", AddedAt = At },
            new ProjectMemberRow { ProjectId = project.Id, UserId = editor.Id, Role = "editor", AddedAt = At },
            new ProjectMemberRow { ProjectId = project.Id, UserId = disabled.Id, Role = "manager", AddedAt = At });
        db.GlobalRoles.AddRange(
            new GlobalRoleRow { UserId = funder.Id, Role = "funder", ProgrammeKey = "rrf", AddedAt = At },
            new GlobalRoleRow { UserId = otherFunder.Id, Role = "funder", ProgrammeKey = "hyvan-tyon-ohjelma", AddedAt = At },
            new GlobalRoleRow { UserId = disabled.Id, Role = "funder", ProgrammeKey = "rrf", AddedAt = At });
        db.IndicatorValues.AddRange(
            new IndicatorValueRow { ProjectId = project.Id, IndicatorId = "i1", PeriodCode = "2026-H1", NumberValue = 3, Status = "submitted", Revision = 2, UpdatedAt = At },
            new IndicatorValueRow { ProjectId = project.Id, IndicatorId = "i2", PeriodCode = "2026-H1", NumberValue = 4, Status = "returned", StatusReason = "väärä yksikkö", Revision = 3, UpdatedAt = At },
            new IndicatorValueRow { ProjectId = project.Id, IndicatorId = "i3", PeriodCode = "2026-H1", NumberValue = 5, Status = "draft", UpdatedAt = At });
        await db.SaveChangesAsync();
        return new World(project.Id, manager.Id, funder.Id);
    }

    private static UserAccount User(HankevahtiDb db, string email, string? name)
    {
        var user = new UserAccount
        {
            Id = Guid.NewGuid().ToString(), UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email,
            NormalizedEmail = email.ToUpperInvariant(), SecurityStamp = Guid.NewGuid().ToString(), DisplayName = name, CreatedAt = At,
        };
        db.Users.Add(user);
        return user;
    }

    private static string Describe(IEnumerable<Reminder> reminders) =>
        string.Join(" | ", reminders.Select(r => $"{r.KindName} {r.Subject} → {string.Join(", ", r.Recipients.Select(p => p.Email))}"));

    // The managers (not editors, not disabled accounts) and the funder officials of the project's programme, found
    // through the alias the plan uses (not the other programme's).
    [Theory, BothProviders]
    public async Task Reminders_go_to_the_managers_and_the_funder_officials_of_the_programme(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var world = await WorldAsync(database);

        await using var db = database.NewContext();
        var due = await Reminders.DueAsync(db, Today, profiles: Profiles);

        Assert.Equal(
            "report_due status:2026-H1:overdue → manager@example.fi | value_waiting value:i1:2026-H1:@2 → funder@example.fi | " +
            "value_returned value:i2:2026-H1:@3 → manager@example.fi",
            Describe(due));
        Assert.Equal("väärä yksikkö", due.Single(r => r.Kind == ReminderKind.ValueReturned).Reason);
        Assert.Equal(["value_waiting"], (await Reminders.ForPersonAsync(db, world.Funder, Today, profiles: Profiles)).Select(r => r.KindName));
    }

    // Without a test's own profiles the reminders read the programme's deadlines set by its funder (reporting_terms):
    // the same half-years due 31 days after their end give the same reminders as the test's profile above.
    [Theory, BothProviders]
    public async Task Reminders_follow_the_deadlines_the_funder_set(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await WorldAsync(database);
        await using var db = database.NewContext();
        Assert.DoesNotContain(await Reminders.DueAsync(db, Today), r => r.Subject.EndsWith(":overdue", StringComparison.Ordinal));

        Assert.Equal(ReportingTermsOutcome.Saved, (await ReportingTerms.SaveAsync(db, "rrf", [new(1, null, "31"), new(2, null, "31")])).Outcome);

        Assert.Equal(Describe(await Reminders.DueAsync(db, Today, profiles: Profiles)), Describe(await Reminders.DueAsync(db, Today)));
        Assert.Contains(await Reminders.DueAsync(db, Today), r => r.Subject == "status:2026-H1:overdue");
    }

    // A scan sends each reminder once; the next sends nothing; a failed send is given back and tried by the next scan.
    [Theory, BothProviders]
    public async Task A_second_scan_sends_nothing_and_a_failed_send_is_tried_again(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await WorldAsync(database);
        var mails = new List<string>();
        var smtpDown = true;
        Task Send(Reminder r, Recipient to, CancellationToken ct)
        {
            if (r.Kind == ReminderKind.ValueReturned && smtpDown)
            {
                throw new InvalidOperationException("SMTP said no");
            }
            mails.Add($"{r.KindName} {to.Email}");
            return Task.CompletedTask;
        }

        await using (var db = database.NewContext())
        {
            var dry = await Reminders.SendDueAsync(db, Today, 14, Send, dryRun: true, profiles: Profiles);
            Assert.Equal(3, dry.Count);
            Assert.Empty(mails);
            Assert.Equal(0, await db.RemindersSent.CountAsync());

            var first = await Reminders.SendDueAsync(db, Today, 14, Send, profiles: Profiles);
            Assert.Equal(["Sent", "Sent", "Failed"], first.Select(d => d.Outcome.ToString()));
            Assert.Equal("SMTP said no", first[2].Problem);
            Assert.Equal(2, await db.RemindersSent.CountAsync());
        }
        Assert.Equal(["report_due manager@example.fi", "value_waiting funder@example.fi"], mails);
        smtpDown = false;
        await using (var db = database.NewContext())
        {
            var second = await Reminders.SendDueAsync(db, Today, 14, Send, profiles: Profiles);
            Assert.Equal("value_returned manager@example.fi", Assert.Single(second).Reminder.KindName + " " + second[0].To.Email);
            Assert.Empty(await Reminders.SendDueAsync(db, Today, 14, Send, profiles: Profiles));
            Assert.Equal(3, await db.RemindersSent.CountAsync());
            var audit = await db.AuditLog.Where(a => a.Action == "reminder.send").Select(a => a.Outcome).ToListAsync();
            // Four claims (the failed one's too, written before sending) and the failure that gave one back.
            Assert.Equal(["done", "done", "done", "done", "failed"], audit.Order(StringComparer.Ordinal).ToList());
        }
    }

    // Two processes scanning at once: each reminder reaches each person once, whichever process sends it.
    [Theory, BothProviders]
    public async Task Concurrent_scans_send_each_reminder_once(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await WorldAsync(database);
        var mails = new ConcurrentBag<string>();

        async Task<int> ScanAsync()
        {
            await using var db = database.NewContext();
            var sent = await Reminders.SendDueAsync(db, Today, 14, async (r, to, ct) =>
            {
                // A slow SMTP server: the other scan runs meanwhile.
                await Task.Delay(20, ct);
                mails.Add($"{r.KindName} {r.Subject} {to.Email}");
            }, profiles: Profiles);
            return sent.Count;
        }

        var counts = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(ScanAsync)));

        Assert.Equal(3, counts.Sum());
        Assert.Equal(3, mails.Count);
        Assert.Equal(3, mails.Distinct().Count());
        Assert.Equal(3, await database.CountAsync("SELECT COUNT(*) FROM reminders_sent"));
    }
}
