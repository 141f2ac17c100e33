using System.Globalization;
using Hankevahti.Following;
using Hankevahti.Following.Actions;
using Hankevahti.Storage.Database;

namespace Hankevahti.Storage.Following;

/// <summary>
/// Saves what is said of actions per period (action_progress): status, percent done and a note, one row per action
/// and period, replaced when said again; all or nothing, audited (<see cref="PeriodRecordSave"/>).
/// </summary>
public static class ActionProgressStore
{
    public const string AuditAction = "action.progress";

    private static readonly PeriodRecordKind<ActionProgress, ActionProgressRow> Kind = new(
        AuditAction,
        db => db.ActionProgress,
        plan => PlannedActions.Of(plan).Select(a => a.Id),
        ProgressRules.Check,
        r => r.ActionId,
        r => r.PeriodCode,
        r => r.Note,
        (r, note) => Describe(FollowUpNames.Action(r.Status), r.PercentDone, note),
        row => Describe(row.Status, row.PercentDone, row.Note),
        (projectId, item, period) => new ActionProgressRow { ProjectId = projectId, ActionId = item, PeriodCode = period },
        (row, r, note) =>
        {
            row.Status = FollowUpNames.Action(r.Status);
            row.PercentDone = r.PercentDone;
            row.Note = note;
        });

    public static Task<ProgressSave> SaveActionProgressAsync(this HankevahtiDb db, int projectId, IReadOnlyList<ActionProgress> records, CancellationToken ct = default) =>
        PeriodRecordSave.SaveAsync(db, projectId, records, Kind, ct);

    /// <summary>"in_progress 40%: the note", as the audit log shows a record.</summary>
    public static string Describe(string status, int? percent, string? note) =>
        status + (percent is { } p ? " " + p.ToString(CultureInfo.InvariantCulture) + "%" : "") + (note is null ? "" : ": " + note);
}
