using System.Security.Cryptography;
using Hankevahti.Checks.Profiles;
using Hankevahti.Following;
using Hankevahti.Following.Values;
using Hankevahti.Limits;
using Hankevahti.People;
using Hankevahti.Plans;
using Hankevahti.Storage.Audit;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Projects;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Storage.Following;

/// <summary>What became of a save or a move of a measured value.</summary>
public enum ValueOutcome
{
    Saved,
    Moved,
    ProjectNotFound,
    /// <summary>The project's plan cannot be read or gives no periods (<see cref="ValueResult.Detail"/> says why).</summary>
    NoPeriods,
    /// <summary>The indicator, period, organisation, value or comment was refused (<see cref="ValueResult.Entry"/>).</summary>
    BadEntry,
    /// <summary>An evidence file was refused (<see cref="ValueResult.Evidence"/>).</summary>
    BadEvidence,
    ValueNotFound,
    /// <summary>The value was changed by someone else since the form was read: nothing was stored.</summary>
    ChangedMeanwhile,
    /// <summary>The value's status does not allow it: a submitted or approved value is not edited, nor a draft approved.</summary>
    NotAllowed,
    ReasonMissing,
}

/// <summary>The outcome of a save or move, the value's id and revision after it, and what was refused.</summary>
public sealed record ValueResult(ValueOutcome Outcome, int? ValueId = null, int? Revision = null, EntryProblem? Entry = null,
    EvidenceProblem? Evidence = null, VersionStatus? Current = null, string? Detail = null)
{
    public bool Ok => Outcome is ValueOutcome.Saved or ValueOutcome.Moved;

    /// <summary>The outcome as one English sentence for the CLI and logs.</summary>
    public string English => Outcome switch
    {
        ValueOutcome.Saved => "saved",
        ValueOutcome.Moved => $"now {VersionStatuses.Name(Current ?? VersionStatus.Draft)}",
        ValueOutcome.ProjectNotFound => "no such project",
        ValueOutcome.NoPeriods => Detail ?? "the project has no reporting periods",
        ValueOutcome.BadEntry => Entry?.English ?? "refused",
        ValueOutcome.BadEvidence => Evidence?.English ?? "the evidence file was refused",
        ValueOutcome.ValueNotFound => "no such value",
        ValueOutcome.ChangedMeanwhile => "the value was changed meanwhile by someone else; read it again",
        ValueOutcome.NotAllowed => $"a {VersionStatuses.Name(Current ?? VersionStatus.Draft)} value cannot be changed so",
        ValueOutcome.ReasonMissing => "a returned value needs a reason",
        _ => Outcome.ToString(),
    };
}

/// <summary>An evidence file offered with a save: its name as uploaded and its bytes (checked before anything is stored).</summary>
public sealed record EvidenceUpload(string FileName, byte[] Content);

/// <summary>An evidence file's facts without its bytes, for listing.</summary>
public sealed record EvidenceInfo(int Id, int ValueId, string FileName, string ContentType, long Size, string? UploadedBy, DateTimeOffset UploadedAt);

/// <summary>A stored value with its revision and evidence, for the pages.</summary>
public sealed record StoredValue(int Id, MeasuredValue Value, int Revision, string? UpdatedBy, DateTimeOffset UpdatedAt,
    string? StatusBy, DateTimeOffset? StatusAt, IReadOnlyList<EvidenceInfo> Evidence);

/// <summary>What a project's values are checked against: its latest plan and its periods (or why there are none).</summary>
public sealed record ValueContext(Plan Plan, ProgrammeProfile Profile, ReportingCalendarResult Calendar);

/// <summary>
/// Measured values of a project's indicators (docs/following.md): saved as drafts, submitted, approved or
/// returned with a reason by the funder, with evidence files. Every change checks the value against the latest
/// plan version (the indicator is in it, the period is one of the project's) and the revision the form was read
/// at, runs in one transaction with the project's row locked, and writes its audit row in the same transaction:
/// of two saves of one value at once, one is stored and the other told "changed meanwhile", never half of each.
/// Whether the user may record an organisation's value is the caller's (the web's policy) to decide.
/// </summary>
public static class IndicatorValues
{
    /// <summary>The longest comment: a description's limit.</summary>
    public static readonly int MaxComment = new FieldLimits().Text.Description;

    public static async Task<ValueContext?> ContextAsync(HankevahtiDb db, int projectId, CancellationToken ct = default)
    {
        var stored = await db.LatestPlanAsync(projectId, ct);
        if (stored?.Plan is not { } plan)
        {
            return null;
        }
        var profile = await ReportingTerms.ProfileAsync(db, plan, ct);
        return new ValueContext(plan, profile, ReportingCalendar.For(profile, plan.Project.Period));
    }

    /// <summary>
    /// Saves a value (a new draft, or a change of a draft or returned one) and its new evidence files.
    /// <paramref name="revision"/> is the revision the form showed, null for a value not yet stored.
    /// A returned value stays returned, its reason visible, until it is submitted again.
    /// </summary>
    public static async Task<ValueResult> SaveAsync(HankevahtiDb db, int projectId, string? indicator, string? period, string? organisation,
        string? value, string? comment, int? revision, IReadOnlyList<EvidenceUpload>? evidence = null, CancellationToken ct = default)
    {
        var context = await ContextAsync(db, projectId, ct);
        if (context is null)
        {
            return new(await db.Projects.AnyAsync(p => p.Id == projectId, ct) ? ValueOutcome.NoPeriods : ValueOutcome.ProjectNotFound,
                Detail: "the project's plan cannot be read");
        }
        if (context.Calendar.Problem is { } problem)
        {
            return new(ValueOutcome.NoPeriods, Detail: problem);
        }
        var (entry, entryProblem) = ValueEntries.Check(context.Plan, context.Calendar.Periods, indicator, period, organisation, value, comment, MaxComment);
        if (entry is null)
        {
            return new(ValueOutcome.BadEntry, Entry: entryProblem);
        }
        var files = new List<EvidenceFile>();
        foreach (var upload in evidence ?? [])
        {
            var (file, fileProblem) = EvidenceFiles.Check(upload.FileName, upload.Content);
            if (file is null)
            {
                return new(ValueOutcome.BadEvidence, Evidence: fileProblem);
            }
            files.Add(file);
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (!await VersionApprovals.LockProjectAsync(db, projectId, ct))
        {
            return new(ValueOutcome.ProjectNotFound);
        }
        var result = await WriteAsync(db, projectId, entry, revision, ct);
        if (!result.Ok)
        {
            await tx.RollbackAsync(ct);
            return result;
        }
        await AddEvidenceAsync(db, result.ValueId!.Value, files, ct);
        await tx.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return result;
    }

    /// <summary>
    /// Stores many values as drafts in one transaction, all or nothing (the CLI's import): the entries are checked
    /// by the caller; a value already submitted or approved refuses the whole set with its index.
    /// </summary>
    public static async Task<(int Stored, int? RefusedAt, ValueResult? Refusal)> ImportAsync(HankevahtiDb db, int projectId,
        IReadOnlyList<ValueEntry> entries, CancellationToken ct = default)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (!await VersionApprovals.LockProjectAsync(db, projectId, ct))
        {
            return (0, null, new ValueResult(ValueOutcome.ProjectNotFound));
        }
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            var existing = await FindAsync(db, projectId, e.IndicatorId, e.PeriodCode, e.Organisation, ct);
            // An import writes over a draft or returned value as the file says: the file is the newer word.
            var result = await WriteAsync(db, projectId, e, existing?.Revision, ct);
            if (!result.Ok)
            {
                await tx.RollbackAsync(ct);
                db.ChangeTracker.Clear();
                return (0, i, result);
            }
        }
        await tx.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return (entries.Count, null, null);
    }

    /// <summary>
    /// Moves a value: submit (draft or returned → submitted), approve or return (submitted → approved / returned,
    /// a return with its reason). <paramref name="revision"/>, when given, must be the value's current one.
    /// </summary>
    public static async Task<ValueResult> MoveAsync(HankevahtiDb db, int projectId, int valueId, VersionStatus to, string? reason, int? revision,
        CancellationToken ct = default)
    {
        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (!await VersionApprovals.LockProjectAsync(db, projectId, ct))
        {
            return new(ValueOutcome.ProjectNotFound);
        }
        var row = await db.IndicatorValues.AsNoTracking().SingleOrDefaultAsync(v => v.Id == valueId && v.ProjectId == projectId, ct);
        if (row is null)
        {
            return new(ValueOutcome.ValueNotFound);
        }
        var from = VersionStatuses.Parse(row.Status);
        if (revision is { } expected && expected != row.Revision)
        {
            return new(ValueOutcome.ChangedMeanwhile, row.Id, row.Revision, Current: from);
        }
        if (!VersionStatuses.CanMove(from, to))
        {
            return new(ValueOutcome.NotAllowed, row.Id, row.Revision, Current: from);
        }
        if (to == VersionStatus.Returned && reason is null)
        {
            return new(ValueOutcome.ReasonMissing, row.Id, row.Revision, Current: from);
        }
        if (reason is not null && reason.Length > MaxComment)
        {
            reason = reason[..MaxComment];
        }
        var now = SqlValues.Now();
        var by = db.Actor.UserName;
        var newRevision = row.Revision + 1;
        var changed = await db.IndicatorValues.Where(v => v.Id == valueId && v.Revision == row.Revision)
            .ExecuteUpdateAsync(s => s
                .SetProperty(v => v.Status, VersionStatuses.Name(to))
                // A reason belongs to a return; a later move clears it so an old reason is never shown as current.
                .SetProperty(v => v.StatusReason, to == VersionStatus.Returned ? reason : null)
                .SetProperty(v => v.StatusBy, by)
                .SetProperty(v => v.StatusAt, now)
                .SetProperty(v => v.Revision, newRevision), ct);
        if (changed != 1)
        {
            await tx.RollbackAsync(ct);
            return new(ValueOutcome.ChangedMeanwhile, row.Id, row.Revision, Current: from);
        }
        await AuditLog.AppendAsync(db, new AuditEvent(ActionOf(to), ProjectId: projectId, Item: ItemOf(row.IndicatorId, row.PeriodCode, row.Organisation),
            Before: VersionStatuses.Name(from), After: to == VersionStatus.Returned ? $"returned: {reason}" : VersionStatuses.Name(to)), ct);
        await tx.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return new(ValueOutcome.Moved, row.Id, newRevision, Current: to);
    }

    /// <summary>Removes an evidence file of a draft or returned value (audited); false when there is no such file or the value is not editable.</summary>
    public static async Task<ValueResult> RemoveEvidenceAsync(HankevahtiDb db, int projectId, int evidenceId, CancellationToken ct = default)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (!await VersionApprovals.LockProjectAsync(db, projectId, ct))
        {
            return new(ValueOutcome.ProjectNotFound);
        }
        var found = await (from f in db.ValueEvidence
                           join v in db.IndicatorValues on f.ValueId equals v.Id
                           where f.Id == evidenceId && v.ProjectId == projectId
                           select new { f.FileName, f.Sha256, Value = v }).SingleOrDefaultAsync(ct);
        if (found is null)
        {
            return new(ValueOutcome.ValueNotFound);
        }
        var status = VersionStatuses.Parse(found.Value.Status);
        if (status is not (VersionStatus.Draft or VersionStatus.Returned))
        {
            return new(ValueOutcome.NotAllowed, found.Value.Id, found.Value.Revision, Current: status);
        }
        await db.ValueEvidence.Where(f => f.Id == evidenceId).ExecuteDeleteAsync(ct);
        var newRevision = found.Value.Revision + 1;
        await db.IndicatorValues.Where(v => v.Id == found.Value.Id).ExecuteUpdateAsync(s => s.SetProperty(v => v.Revision, newRevision), ct);
        await AuditLog.AppendAsync(db, new AuditEvent("value.evidence.remove", ProjectId: projectId,
            Item: ItemOf(found.Value.IndicatorId, found.Value.PeriodCode, found.Value.Organisation), Before: $"{found.FileName} sha256:{found.Sha256}"), ct);
        await tx.CommitAsync(ct);
        return new(ValueOutcome.Saved, found.Value.Id, newRevision, Current: status);
    }

    /// <summary>A project's stored values with their evidence files' facts (not their bytes).</summary>
    public static async Task<IReadOnlyList<StoredValue>> ListAsync(HankevahtiDb db, int projectId, CancellationToken ct = default)
    {
        var rows = await db.IndicatorValues.AsNoTracking().Where(v => v.ProjectId == projectId)
            .OrderBy(v => v.IndicatorId).ThenBy(v => v.PeriodCode).ThenBy(v => v.Organisation).ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var files = await db.ValueEvidence.AsNoTracking().Where(f => ids.Contains(f.ValueId))
            .Select(f => new EvidenceInfo(f.Id, f.ValueId, f.FileName, f.ContentType, f.Size, f.UploadedBy, f.UploadedAt)).ToListAsync(ct);
        var byValue = files.GroupBy(f => f.ValueId).ToDictionary(g => g.Key, g => (IReadOnlyList<EvidenceInfo>)g.OrderBy(f => f.Id).ToList());
        return rows.Select(r => new StoredValue(r.Id,
            new MeasuredValue(r.IndicatorId, r.PeriodCode, r.Organisation, r.NumberValue, r.YesNo, r.Comment, VersionStatuses.Parse(r.Status), r.StatusReason),
            r.Revision, r.UpdatedBy, r.UpdatedAt, r.StatusBy, r.StatusAt, byValue.GetValueOrDefault(r.Id) ?? [])).ToList();
    }

    /// <summary>An evidence file with its bytes, if it belongs to the project; with the value's organisation for the caller's check.</summary>
    public static async Task<(ValueEvidenceRow File, string Organisation)?> EvidenceAsync(HankevahtiDb db, int projectId, int evidenceId, CancellationToken ct = default)
    {
        var found = await (from f in db.ValueEvidence.AsNoTracking()
                           join v in db.IndicatorValues on f.ValueId equals v.Id
                           where f.Id == evidenceId && v.ProjectId == projectId
                           select new { File = f, v.Organisation }).SingleOrDefaultAsync(ct);
        return found is null ? null : (found.File, found.Organisation);
    }

    /// <summary>The audit action of a move: "value.submit", "value.approve", "value.return".</summary>
    public static string ActionOf(VersionStatus to) => to switch
    {
        VersionStatus.Submitted => "value.submit",
        VersionStatus.Approved => "value.approve",
        VersionStatus.Returned => "value.return",
        _ => "value.save",
    };

    /// <summary>The audit item of a value: "indicator/period/organisation" ('' organisation: the project as a whole).</summary>
    public static string ItemOf(string indicatorId, string periodCode, string organisation) =>
        organisation.Length == 0 ? $"{indicatorId}/{periodCode}" : $"{indicatorId}/{periodCode}/{organisation}";

    private static Task<IndicatorValueRow?> FindAsync(HankevahtiDb db, int projectId, string indicatorId, string periodCode, string organisation, CancellationToken ct) =>
        db.IndicatorValues.AsNoTracking().SingleOrDefaultAsync(v => v.ProjectId == projectId && v.IndicatorId == indicatorId
            && v.PeriodCode == periodCode && v.Organisation == organisation, ct);

    // Inside the caller's transaction with the project locked: insert a new draft, or update a draft or returned
    // value whose revision is the one the caller read.
    private static async Task<ValueResult> WriteAsync(HankevahtiDb db, int projectId, ValueEntry e, int? revision, CancellationToken ct)
    {
        var existing = await FindAsync(db, projectId, e.IndicatorId, e.PeriodCode, e.Organisation, ct);
        var now = SqlValues.Now();
        var by = db.Actor.UserName;
        var item = ItemOf(e.IndicatorId, e.PeriodCode, e.Organisation);
        var after = Describe(e.Value, e.Comment);
        if (existing is null)
        {
            if (revision is not null)
            {
                // The form showed a stored value that is no longer there.
                return new(ValueOutcome.ChangedMeanwhile);
            }
            var row = new IndicatorValueRow
            {
                ProjectId = projectId, IndicatorId = e.IndicatorId, PeriodCode = e.PeriodCode, Organisation = e.Organisation,
                NumberValue = e.Value.Number, YesNo = e.Value.YesNo, Comment = e.Comment, Status = VersionStatuses.Name(VersionStatus.Draft),
                UpdatedBy = by, UpdatedAt = now, Revision = 1,
            };
            db.IndicatorValues.Add(row);
            await db.SaveChangesAsync(ct);
            await AuditLog.AppendAsync(db, new AuditEvent("value.save", ProjectId: projectId, Item: item, After: after), ct);
            return new(ValueOutcome.Saved, row.Id, row.Revision, Current: VersionStatus.Draft);
        }
        var status = VersionStatuses.Parse(existing.Status);
        if (revision != existing.Revision)
        {
            return new(ValueOutcome.ChangedMeanwhile, existing.Id, existing.Revision, Current: status);
        }
        if (status is not (VersionStatus.Draft or VersionStatus.Returned))
        {
            return new(ValueOutcome.NotAllowed, existing.Id, existing.Revision, Current: status);
        }
        var newRevision = existing.Revision + 1;
        var changed = await db.IndicatorValues.Where(v => v.Id == existing.Id && v.Revision == existing.Revision)
            .ExecuteUpdateAsync(s => s
                .SetProperty(v => v.NumberValue, e.Value.Number)
                .SetProperty(v => v.YesNo, e.Value.YesNo)
                .SetProperty(v => v.Comment, e.Comment)
                .SetProperty(v => v.UpdatedBy, by)
                .SetProperty(v => v.UpdatedAt, now)
                .SetProperty(v => v.Revision, newRevision), ct);
        if (changed != 1)
        {
            return new(ValueOutcome.ChangedMeanwhile, existing.Id, existing.Revision, Current: status);
        }
        await AuditLog.AppendAsync(db, new AuditEvent("value.save", ProjectId: projectId, Item: item,
            Before: Describe(new ReadValue(existing.NumberValue, existing.YesNo), existing.Comment), After: after), ct);
        return new(ValueOutcome.Saved, existing.Id, newRevision, Current: status);
    }

    private static async Task AddEvidenceAsync(HankevahtiDb db, int valueId, IReadOnlyList<EvidenceFile> files, CancellationToken ct)
    {
        if (files.Count == 0)
        {
            return;
        }
        var now = SqlValues.Now();
        foreach (var file in files)
        {
            db.ValueEvidence.Add(new ValueEvidenceRow
            {
                ValueId = valueId, FileName = file.FileName, ContentType = file.ContentType, Size = file.Content.Length,
                Sha256 = Convert.ToHexStringLower(SHA256.HashData(file.Content)), Content = file.Content,
                UploadedBy = db.Actor.UserName, UploadedAt = now,
            });
        }
        await db.SaveChangesAsync(ct);
        var value = await db.IndicatorValues.AsNoTracking().SingleAsync(v => v.Id == valueId, ct);
        foreach (var file in files)
        {
            await AuditLog.AppendAsync(db, new AuditEvent("value.evidence.add", ProjectId: value.ProjectId,
                Item: ItemOf(value.IndicatorId, value.PeriodCode, value.Organisation),
                After: $"{file.FileName} ({file.ContentType}, {file.Content.Length} bytes) sha256:{Convert.ToHexStringLower(SHA256.HashData(file.Content))}"), ct);
        }
    }

    private static string Describe(ReadValue value, string? comment) =>
        (value.YesNo is { } yes ? (yes ? "yes" : "no") : value.Number?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "")
        + (comment is null ? "" : $" — {comment}");
}
