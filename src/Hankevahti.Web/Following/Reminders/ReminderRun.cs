using Hankevahti.Checks.Profiles;
using Hankevahti.Following.Reminders;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Following;

namespace Hankevahti.Web.Following.Reminders;

/// <summary>What one scan did: whether mail could be sent at all, and each reminder to each person.</summary>
/// <param name="Due">The reminders due (all of them, also those sent before), for the dry run and the app-only case.</param>
public sealed record ReminderRunResult(bool SmtpConfigured, bool DryRun, IReadOnlyList<Reminder> Due, IReadOnlyList<ReminderDelivery> Deliveries)
{
    public int Sent => Deliveries.Count(d => d.Outcome == ReminderOutcome.Sent);
    public int Failed => Deliveries.Count(d => d.Outcome == ReminderOutcome.Failed);
}

/// <summary>One reminder scan, as the background service and `hankevahti reminders send` run it.</summary>
public static class ReminderRun
{
    /// <summary>
    /// Sends the reminders due on <paramref name="today"/> that have not been sent; without SMTP sends nothing (the
    /// reminders show only in the app) and records nothing, so that they are mailed once SMTP is configured.
    /// </summary>
    public static async Task<ReminderRunResult> RunAsync(HankevahtiDb db, ReminderSettings settings, DateOnly today, bool dryRun = false,
        Func<string?, ProgrammeProfile>? profiles = null, CancellationToken ct = default)
    {
        if (settings.Smtp is not { } smtp)
        {
            var due = await Hankevahti.Storage.Following.Reminders.DueAsync(db, today, settings.DaysBefore, profiles: profiles, ct: ct);
            return new ReminderRunResult(false, dryRun, due, []);
        }
        await using var mailer = new ReminderMailer(smtp, settings.BaseUrl);
        var deliveries = await Hankevahti.Storage.Following.Reminders.SendDueAsync(db, today, settings.DaysBefore, mailer.SendAsync, dryRun, profiles, ct);
        return new ReminderRunResult(true, dryRun, deliveries.Select(d => d.Reminder).Distinct().ToList(), deliveries);
    }
}
