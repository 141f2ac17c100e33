using Hankevahti.Following.Reminders;
using Hankevahti.Storage.Database;
using Hankevahti.Web.Security;

namespace Hankevahti.Web.Following.Reminders;

/// <summary>A reminder in the app, and whether it has also gone to the person by e-mail.</summary>
public sealed record ReminderItem(Reminder Reminder, bool Emailed);

/// <summary>
/// What _RemindersOverview.cshtml shows: the reminders due today that concern the signed-in person (all of them
/// for the local owner of a database without accounts), in one project or in all. Without SMTP these are the
/// only reminders there are, and the partial says so.
/// </summary>
public sealed record RemindersOverviewModel(IReadOnlyList<ReminderItem> Items, bool EmailOn, int? ProjectId)
{
    public static async Task<RemindersOverviewModel> LoadAsync(HankevahtiDb db, UserAccess user, ReminderSettings settings, TimeProvider time,
        int? projectId = null, CancellationToken ct = default)
    {
        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        IReadOnlyList<Reminder> reminders = user switch
        {
            { LocalOwner: true } => await Storage.Following.Reminders.DueAsync(db, today, settings.DaysBefore, projectId, ct: ct),
            { UserId: { } id } => await Storage.Following.Reminders.ForPersonAsync(db, id, today, settings.DaysBefore, projectId, ct: ct),
            _ => [],
        };
        var sent = await Storage.Following.Reminders.SentAsync(db, reminders.Select(r => r.ProjectId).Distinct().ToList(), ct);
        var items = reminders.Select(r => new ReminderItem(r, user.UserId is { } me && sent.Contains((r.ProjectId, r.KindName, r.Subject, me)))).ToList();
        return new RemindersOverviewModel(items, settings.Smtp is not null, projectId);
    }
}
