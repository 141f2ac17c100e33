using System.Globalization;
using System.Text.Json;
using Hankevahti.Following;
using Hankevahti.Following.Reports;
using Hankevahti.People;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Following;
using Hankevahti.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Hankevahti.Web.Following.Reports;

/// <summary>
/// One report (a period's status report, a payment claim, the final report): the report as computed now, or as
/// submitted once it is with the funder; the narrative form; submit, approve, return; the .docx and .xlsx.
/// </summary>
[Authorize(Policy = Policies.ProjectRead)]
public sealed class ReportModel(HankevahtiDb db, TimeProvider time, RequestAccess access, IStringLocalizer<ReportsText> text) : PageModel
{
    /// <summary>Longest narrative field kept: a report is read by a person, ten pages is plenty.</summary>
    public const int MaxLength = 20_000;

    public int ProjectId { get; private set; }
    public ReportKind Kind { get; private set; }
    public string? Period { get; private set; }
    public ReportDocument? Document { get; private set; }
    public string? Problem { get; private set; }
    public PeriodReportRow? Stored { get; private set; }
    /// <summary>The stored narrative when a save was refused as stale: shown beside what the user typed.</summary>
    public PeriodReportRow? Newer { get; private set; }
    public bool ShowsSnapshot { get; private set; }
    public bool CanEdit { get; private set; }
    public bool CanSubmit { get; private set; }
    public bool CanDecide { get; private set; }

    [BindProperty] public string? Done { get; set; }
    [BindProperty] public string? Deviations { get; set; }
    [BindProperty] public string? NextPeriod { get; set; }
    [BindProperty] public int Revision { get; set; }
    [BindProperty] public string? Reason { get; set; }

    [TempData] public string? StatusMessage { get; set; }

    public VersionStatus Status => Stored is null ? VersionStatus.Draft : VersionStatuses.Parse(Stored.Status);

    public string Path => $"/projects/{ProjectId}/reports/{PeriodReports.KindName(Kind)}" + (string.IsNullOrEmpty(Period) ? "" : "/" + Period);

    public async Task<IActionResult> OnGetAsync(int id, string kind, string? period, CancellationToken ct)
    {
        if (await LoadAsync(id, kind, period, ct) is { } missing)
        {
            return missing;
        }
        Done = Stored?.DoneText;
        Deviations = Stored?.Deviations;
        NextPeriod = Stored?.NextPeriod;
        Revision = Stored?.Revision ?? 0;
        return Page();
    }

    /// <summary>The report as a Word document or its tables as a workbook, as an attachment.</summary>
    public async Task<IActionResult> OnGetDownloadAsync(int id, string kind, string? period, string? format, CancellationToken ct)
    {
        if (await LoadAsync(id, kind, period, ct) is { } missing)
        {
            return missing;
        }
        if (Document is not { } document)
        {
            return BadRequest(string.Format(CultureInfo.CurrentUICulture, text["Page.NoReport"], Problem));
        }
        return format switch
        {
            "docx" => File(DocxWriter.Bytes(document), "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                ReportMaker.FileName(Kind, id, Period, "docx")),
            "xlsx" => File(XlsxWriter.Bytes(document), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                ReportMaker.FileName(Kind, id, Period, "xlsx")),
            _ => BadRequest("format: docx or xlsx expected"),
        };
    }

    [HandlerPolicy(Policies.FollowEdit)]
    public async Task<IActionResult> OnPostSaveAsync(int id, string kind, string? period, CancellationToken ct)
    {
        if (await LoadAsync(id, kind, period, ct) is { } missing)
        {
            return missing;
        }
        foreach (var (name, value) in new[] { (nameof(Done), Done), (nameof(Deviations), Deviations), (nameof(NextPeriod), NextPeriod) })
        {
            if (value?.Length > MaxLength)
            {
                ModelState.AddModelError(name, string.Format(CultureInfo.CurrentUICulture, text["Page.TooLong"], MaxLength));
            }
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var saved = await PeriodReports.SaveNarrativeAsync(db, id, Kind, Period, new Narrative(Done, Deviations, NextPeriod), Revision, ct);
        switch (saved.Outcome)
        {
            case ReportChangeOutcome.Done:
                StatusMessage = text["Page.Saved"];
                return Redirect(Path);
            case ReportChangeOutcome.Stale:
                // What the user typed stays in the fields; the stored text is shown to merge with, and the next
                // save is made on the stored revision.
                Newer = saved.Report;
                ModelState.Remove(nameof(Revision));
                Revision = saved.Report?.Revision ?? 0;
                ModelState.AddModelError("", text["Page.Stale"]);
                return Page();
            default:
                ModelState.AddModelError("", text["Page.Locked"]);
                return Page();
        }
    }

    [HandlerPolicy(Policies.ProjectManage)]
    public Task<IActionResult> OnPostSubmitAsync(int id, string kind, string? period, CancellationToken ct) => MoveAsync(id, kind, period, VersionStatus.Submitted, ct);

    [HandlerPolicy(Policies.FollowDecide)]
    public Task<IActionResult> OnPostApproveAsync(int id, string kind, string? period, CancellationToken ct) => MoveAsync(id, kind, period, VersionStatus.Approved, ct);

    [HandlerPolicy(Policies.FollowDecide)]
    public Task<IActionResult> OnPostReturnAsync(int id, string kind, string? period, CancellationToken ct) => MoveAsync(id, kind, period, VersionStatus.Returned, ct);

    private async Task<IActionResult> MoveAsync(int id, string kind, string? period, VersionStatus to, CancellationToken ct)
    {
        if (await LoadAsync(id, kind, period, ct) is { } missing)
        {
            return missing;
        }
        string? snapshot = null;
        if (to == VersionStatus.Submitted)
        {
            // The report as it is now, computed afresh (not a snapshot shown), is what the funder receives.
            var source = await ReportSources.LoadAsync(db, id, Today, ct);
            var made = source.Input is { } input ? ReportMaker.Make(input, Kind, Period, NarrativeOf(Stored), ReportWordsIn.Current) : null;
            if (made?.Model is null)
            {
                ModelState.AddModelError("", string.Format(CultureInfo.CurrentUICulture, text["Page.NoReport"], made?.Problem ?? source.Problem));
                return Page();
            }
            snapshot = JsonSerializer.Serialize(new Snapshot(Kind, made.Document!), SnapshotOptions);
        }
        var moved = await PeriodReports.MoveAsync(db, id, Kind, Period, to, Reason, snapshot, ct);
        switch (moved.Outcome)
        {
            case ReportChangeOutcome.Done:
                StatusMessage = text[$"Page.Moved.{VersionStatuses.Name(to)}"];
                return Redirect(Path);
            case ReportChangeOutcome.ReasonMissing:
                ModelState.AddModelError(nameof(Reason), text["Page.ReasonMissing"]);
                return Page();
            default:
                ModelState.AddModelError("", string.Format(CultureInfo.CurrentUICulture, text["Page.MoveNotAllowed"],
                    text[$"Status.{VersionStatuses.Name(moved.Report is { } r ? VersionStatuses.Parse(r.Status) : VersionStatus.Draft)}"]));
                return Page();
        }
    }

    /// <summary>What is stored when a report is submitted: its layout as sent, in the language of the one who sent it.</summary>
    public sealed record Snapshot(ReportKind Kind, ReportDocument Document);

    private static readonly JsonSerializerOptions SnapshotOptions = new(JsonSerializerDefaults.Web);

    private DateOnly Today => DateOnly.FromDateTime(time.GetLocalNow().DateTime);

    private static Narrative NarrativeOf(PeriodReportRow? row) => row is null ? Narrative.Empty : new Narrative(row.DoneText, row.Deviations, row.NextPeriod);

    private async Task<IActionResult?> LoadAsync(int id, string kind, string? period, CancellationToken ct)
    {
        if (PeriodReports.ParseKind(kind) is not { } reportKind || (reportKind == ReportKind.Final && !string.IsNullOrEmpty(period)))
        {
            return NotFound();
        }
        (ProjectId, Kind, Period) = (id, reportKind, string.IsNullOrWhiteSpace(period) ? null : period.Trim());
        var source = await ReportSources.LoadAsync(db, id, Today, ct);
        if (source.NotFound)
        {
            return NotFound();
        }
        if (Period is not null && source.Input?.Calendar.Find(Period) is { } found)
        {
            // The code as the calendar writes it, so "2026-h2" and "2026-H2" are one report.
            Period = found.Code;
        }
        Stored = await PeriodReports.FindAsync(db, id, Kind, Period, ct);
        CanEdit = await access.AllowsAsync(Policies.FollowEdit, id, ct);
        CanSubmit = await access.AllowsAsync(Policies.ProjectManage, id, ct);
        CanDecide = await access.AllowsAsync(Policies.FollowDecide, id, ct);
        if (Status is VersionStatus.Submitted or VersionStatus.Approved && Stored?.SnapshotJson is { } json && ReadSnapshot(json) is { } shot)
        {
            Document = shot.Document;
            ShowsSnapshot = true;
            return null;
        }
        if (source.Input is not { } input)
        {
            Problem = source.Problem;
            return null;
        }
        var made = ReportMaker.Make(input, Kind, Period, NarrativeOf(Stored), ReportWordsIn.Current);
        (Document, Problem) = (made.Document, made.Problem);
        return null;
    }

    private static Snapshot? ReadSnapshot(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<Snapshot>(json, SnapshotOptions);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
