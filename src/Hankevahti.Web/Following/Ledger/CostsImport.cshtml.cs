using System.Globalization;
using Hankevahti.Following.Ledger;
using Hankevahti.People;
using Hankevahti.Plans;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Following;
using Hankevahti.Storage.Projects;
using Hankevahti.Vocabulary;
using Hankevahti.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Hankevahti.Web.Following.Ledger;

/// <summary>
/// Importing a ledger export as actual costs (/projects/{id}/costs/import; docs/following.md, "Ledger import"):
/// upload a CSV or .xlsx of one of the plan's organisations, see the rows added, the cost centres that map to
/// no work part with their sums and a form to map each, or the rows that refused the file with their numbers.
/// A co-implementer imports and maps only its own organisation's ledger: another is refused 403 and audited.
/// </summary>
[Authorize(Policy = Policies.FollowRecord)]
[RequestSizeLimit(RequestLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = RequestLimit)]
public sealed class CostsImportModel(HankevahtiDb db, RequestAccess access, IStringLocalizer<LedgerText> text) : PageModel
{
    /// <summary>A ledger of a few hundred thousand rows is some tens of megabytes as CSV.</summary>
    public const long FileLimit = 50L * 1024 * 1024;
    public const long RequestLimit = FileLimit + 1024 * 1024;

    public int ProjectId { get; private set; }
    public string ProjectName { get; private set; } = "";

    /// <summary>The organisations whose ledger the user may import: all of the plan's, a co-implementer's own.</summary>
    public IReadOnlyList<string> Organisations { get; private set; } = [];

    /// <summary>The plan's work parts (code, title) for the mapping form.</summary>
    public IReadOnlyList<(string Code, string Title)> Parts { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public string? Organisation { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public string? CostCentre { get; set; }

    [BindProperty]
    public string? PartCode { get; set; }

    /// <summary>What the last upload did; null before one.</summary>
    public LedgerImportResult? Result { get; private set; }

    /// <summary>The selected organisation's stored rows that map to no work part, with their sums.</summary>
    public IReadOnlyList<UnmappedCostCentre> Unmapped { get; private set; } = [];

    public IReadOnlyList<Hankevahti.Storage.Following.LedgerImportRow> Imports { get; private set; } = [];

    public string? Error { get; private set; }

    [TempData]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    [HandlerPolicy(Policies.FollowRecord)]
    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        if (await RefuseOtherOrganisationAsync() is { } refused)
        {
            return refused;
        }
        if (Upload is null || Upload.Length == 0)
        {
            return Problem(nameof(Upload), text["NoFile"]);
        }
        var file = Path.GetFileName(Upload.FileName.Replace('\\', '/'));
        if (Upload.Length > FileLimit)
        {
            return Problem(nameof(Upload), string.Format(CultureInfo.CurrentUICulture, text["TooLarge"], file, FileLimit / 1024 / 1024));
        }
        await using var stream = new MemoryStream((int)Upload.Length);
        await Upload.CopyToAsync(stream, ct);
        stream.Position = 0;
        Result = await LedgerImports.ImportAsync(db, id, Organisation, file, stream, null, ct);
        switch (Result.Outcome)
        {
            case LedgerImportOutcome.NotFound:
                return NotFound();
            case LedgerImportOutcome.UnknownOrganisation:
                return Problem(nameof(Organisation), string.Format(CultureInfo.CurrentUICulture, text["UnknownOrganisation"], string.Join("; ", Organisations)));
            case LedgerImportOutcome.Refused:
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                return Problem(nameof(Upload), string.Format(CultureInfo.CurrentUICulture, text["Refused"], file));
        }
        Organisation = Result.Organisation;
        await LoadAsync(id, ct);
        return Page();
    }

    [HandlerPolicy(Policies.FollowRecord)]
    public async Task<IActionResult> OnPostMapAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        if (await RefuseOtherOrganisationAsync() is { } refused)
        {
            return refused;
        }
        var centre = CostCentre?.Trim() ?? "";
        var part = Parts.FirstOrDefault(p => p.Code == PartCode?.Trim()).Code;
        if (part is null)
        {
            return Problem(nameof(PartCode), text["PartRequired"]);
        }
        var moved = await CostMappings.SaveCostCentreAsync(db, id, Organisation!, centre, part, ct);
        Done = string.Format(CultureInfo.CurrentUICulture, text["Mapped"], centre.Length == 0 ? text["NoCostCentre"] : centre, part, moved);
        return RedirectToPage(new { id, organisation = Organisation });
    }

    /// <summary>The localised line of one refused row.</summary>
    public string Describe(LedgerError e) => e.Problem == LedgerProblem.MissingColumn
        ? string.Format(CultureInfo.CurrentUICulture, text["Problem.MissingColumn"], e.Row, text["Column." + e.Value], LedgerColumnNames.Examples(e.Value))
        : string.Format(CultureInfo.CurrentUICulture, text["Problem." + e.Problem], e.Row, e.Value);

    // A co-implementer records its own organisation's costs only: another is refused as a forbidden request.
    private async Task<IActionResult?> RefuseOtherOrganisationAsync()
    {
        if (await access.MembershipAsync(ProjectId) is { Role: ProjectRole.CoImplementer } member
            && !Organisations.Contains(Organisation ?? "", StringComparer.OrdinalIgnoreCase))
        {
            await RefusalLog.WriteAsync(HttpContext, Policies.FollowRecord);
            Response.StatusCode = StatusCodes.Status403Forbidden;
            Error = string.Format(CultureInfo.CurrentUICulture, text["OtherOrganisation"], member.Organisation);
            Organisation = Organisations.FirstOrDefault();
            return Page();
        }
        return null;
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var stored = await db.LatestPlanAsync(id, ct);
        if (stored?.Plan is not { } plan)
        {
            return false;
        }
        ProjectId = id;
        ProjectName = plan.Project.Name;
        var all = plan.Organisations.Select(o => o.Name).Where(n => n.Length > 0).ToList();
        var member = await access.MembershipAsync(id, ct);
        Organisations = member is { Role: ProjectRole.CoImplementer }
            ? all.Where(n => OwnOrganisation(plan, n, member.Organisation)).ToList()
            : all;
        // No organisation chosen: a co-implementer's own, else the lead applicant's (the CLI's default too).
        Organisation = string.IsNullOrWhiteSpace(Organisation)
            ? member is { Role: ProjectRole.CoImplementer } ? Organisations.FirstOrDefault() : LedgerImports.OrganisationOf(plan, null)
            : LedgerImports.OrganisationOf(plan, Organisation) ?? Organisation;
        Parts = WorkLookup.AllParts(plan.Work).Where(p => p.Code.Length > 0).Select(p => (p.Code, p.Title)).DistinctBy(p => p.Code).ToList();
        if (Organisation is not null && Organisations.Contains(Organisation))
        {
            Unmapped = await LedgerImports.UnmappedAsync(db, id, Organisation, ct);
        }
        Imports = (await LedgerImports.ListAsync(db, id, ct)).Where(i => Organisations.Contains(i.Organisation)).Take(10).ToList();
        return true;
    }

    private static bool OwnOrganisation(Plan plan, string name, string? own) =>
        own is not null && LedgerImports.OrganisationOf(plan, own) is { } canonical && canonical == name;

    private PageResult Problem(string field, string message)
    {
        ModelState.AddModelError(field, message);
        Error = message;
        return Page();
    }
}
