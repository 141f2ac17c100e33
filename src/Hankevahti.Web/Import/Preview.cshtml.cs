using Hankevahti.Web.Security;
using Microsoft.AspNetCore.Authorization;
using System.Globalization;
using Hankevahti.Import.Corrections;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Projects;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Hankevahti.Web.Plans;
using Hankevahti.Web.Shared;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;
using Hankevahti.Versions.Merge;

namespace Hankevahti.Web.Import;

/// <summary>
/// The preview of an upload kept under a token: what was read, how much was recognised, the findings
/// and the source line by line; and the two ways to save it, as a new project or as the next version
/// of an existing one. An unknown or expired token gets a page that says so and leads back to the upload.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class PreviewModel(PendingImports pending, HankevahtiDb db, RequestAccess access, PlanCache cache, IStringLocalizer<ImportText> text, IStringLocalizer<UiText> ui) : PageModel
{
    // How long a second press of Save waits for the first one before the page is shown again.
    private static readonly TimeSpan SaveWait = TimeSpan.FromSeconds(60);

    public const int NoteMax = 500;

    /// <summary>The longest title the correction form takes.</summary>
    public const int TitleMax = 300;

    /// <summary>The title as chosen: "" keeps the importer's, "typed" takes <see cref="TitleText"/>, anything else is a candidate's text.</summary>
    [BindProperty]
    public string? TitleChoice { get; set; }

    [BindProperty]
    public string? TitleText { get; set; }

    /// <summary>The name of the form field for what a table is.</summary>
    public static string KindField(TableKey key) => $"kind:{key}";

    /// <summary>The name of the form field for the role of a table's column.</summary>
    public static string ColumnField(TableKey key, int column) => $"col:{key}:{column.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The upload's token: in the address for the preview, in a hidden field for the saves.</summary>
    [BindProperty(SupportsGet = true, Name = "t")]
    public string? Token { get; set; }

    /// <summary>The project to add a version to, as typed (a select, but a post can hold anything).</summary>
    [BindProperty]
    public string? ProjectId { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    /// <summary>The upload with its plan; null when the token names none that can be shown (unknown, expired, waiting, failed).</summary>
    public PendingImport? Pending { get; private set; }

    /// <summary>The upload while it waits in the queue or is read: the page says so and refreshes itself.</summary>
    public PendingImport? InQueue { get; private set; }

    /// <summary>How many uploads are ahead of it in the queue.</summary>
    public int Ahead { get; private set; }

    /// <summary>Why an upload that waited in the queue gave no plan.</summary>
    public (string Message, string? Detail)? Failure { get; private set; }

    public IReadOnlyList<(int Id, string Name)> Projects { get; private set; } = [];

    /// <summary>Set by the merge's form: the user has seen the merge and saves it.</summary>
    [BindProperty]
    public bool Confirm { get; set; }

    /// <summary>The import merged with the chosen project's saved plan, while it is shown for a look and decisions.</summary>
    public ReimportMerge? Merge { get; private set; }

    /// <summary>The merge with the decisions of the form applied.</summary>
    public MergeResult? Decided { get; private set; }

    /// <summary>The name of the form field for a conflict's decision ("document" or "saved").</summary>
    public static string DecisionField(MergeConflict conflict) => $"merge:{conflict.Key}";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var entry = pending.Get(Token);
        switch (entry?.State)
        {
            case ImportState.Waiting or ImportState.Reading:
                InQueue = entry;
                Ahead = pending.Ahead(entry);
                return Page();
            case ImportState.Failed when entry.Preview is { } failed:
                Failure = ImportProblem.Describe(failed, text);
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                return Page();
            case ImportState.Saved when entry.SavedTo is { } address:
                return Redirect(address);
        }
        if (!Load())
        {
            return Gone();
        }
        await ApplyEarlierAsync(ct);
        Note ??= Pending!.File;
        await LoadProjectsAsync(ct);
        return Page();
    }

    /// <summary>
    /// The first time a preview is shown, the corrections saved with the newest earlier import of a file of
    /// the same name are applied to it, and the page says so: the next version of a document is read the way
    /// the user taught it without asking again.
    /// </summary>
    private async Task ApplyEarlierAsync(CancellationToken ct)
    {
        var entry = Pending!;
        if (entry.LookedForEarlier || entry.Preview!.Corrections is not null)
        {
            return;
        }
        entry.LookedForEarlier = true;
        if (await db.PreviousCorrectionsAsync(entry.File, within: await EditableAsync(ct), ct: ct) is not { } earlier)
        {
            return;
        }
        var name = await db.Projects.AsNoTracking().Where(p => p.Id == earlier.ProjectId).Select(p => p.Name).FirstOrDefaultAsync(ct) ?? "";
        await pending.ReimportAsync(entry, earlier.Corrections, new CorrectionsOrigin(earlier.ProjectId, name, earlier.VersionNumber), ct);
    }

    /// <summary>Imports the upload again with the corrections of the form and shows the preview again.</summary>
    [HandlerPolicy(Policies.SignedIn)]

    public async Task<IActionResult> OnPostApplyAsync(CancellationToken ct)
    {
        if (!Load())
        {
            return pending.Get(Token)?.SavedTo is { } address ? Redirect(address) : Gone();
        }
        var entry = Pending!;
        entry.LookedForEarlier = true;
        var title = TitleChoice switch
        {
            null or "" => null,
            "typed" => string.IsNullOrWhiteSpace(TitleText) ? null : TitleText.Trim(),
            var chosen => chosen.Trim(),
        };
        if (title is { Length: > TitleMax })
        {
            ModelState.AddModelError(nameof(TitleText), ui["TooLong", text["TitleLabel"].Value, TitleMax]);
        }
        else if (TitleChoice == "typed" && title is null)
        {
            ModelState.AddModelError(nameof(TitleText), text["TitleMissing"]);
        }
        if (!ModelState.IsValid)
        {
            await LoadProjectsAsync(ct);
            return Page();
        }
        var corrections = new ImportCorrections { Title = title };
        foreach (var table in entry.Preview!.Tables)
        {
            var kind = Request.Form[KindField(table.Key)].ToString();
            if (!TableKinds.IsKnown(kind))
            {
                continue;
            }
            var roles = ColumnRoles.For(kind);
            var columns = new Dictionary<int, string>();
            for (var c = 0; c < table.Columns; c++)
            {
                var role = Request.Form[ColumnField(table.Key, c)].ToString();
                if (roles.Contains(role))
                {
                    columns[c] = role;
                }
            }
            corrections = corrections.WithTable(table.Key, new TableCorrection { Treat = kind, Columns = columns });
        }
        // The blocks read are reused: this is the import again, not the reading.
        if (await pending.ReimportAsync(entry, corrections, null, ct) is null)
        {
            return pending.Get(Token)?.SavedTo is { } saved ? Redirect(saved) : Gone();
        }
        return Redirect($"/import/preview?t={Uri.EscapeDataString(entry.Token)}#corrections");
    }

    [HandlerPolicy(Policies.ProjectCreate)]
    public async Task<IActionResult> OnPostNewAsync(CancellationToken ct)
    {
        var (entry, answer) = await ClaimAsync(ct);
        if (entry is null)
        {
            return answer!;
        }
        try
        {
            var project = await db.AddProjectAsync(entry.Preview!.Plan!, "import", entry.File, new ImportSource(entry.File, entry.Preview.Corrections), ct);
            // The checks run here, in the request that saved, not in the first one to show the project.
            cache.Remember(project.Versions.Single());
            return Saved(entry, $"/projects/{project.Id}");
        }
        finally
        {
            pending.Release(entry);
        }
    }

    [HandlerPolicy(Policies.SignedIn)]
    public async Task<IActionResult> OnPostVersionAsync(CancellationToken ct)
    {
        if (!Load() && pending.Get(Token)?.State is not (ImportState.Saving or ImportState.Saved))
        {
            return Gone();
        }
        var note = string.IsNullOrWhiteSpace(Note) ? null : Note.Trim();
        if (note is { Length: > NoteMax })
        {
            ModelState.AddModelError(nameof(Note), ui["TooLong", text["NoteLabel"].Value, NoteMax]);
        }
        int? id = null;
        if (string.IsNullOrWhiteSpace(ProjectId))
        {
            ModelState.AddModelError(nameof(ProjectId), text["ChooseProject"]);
        }
        // A project the user may not change is answered as one that does not exist.
        else if (int.TryParse(ProjectId, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && await db.Projects.AnyAsync(p => p.Id == parsed, ct)
            && await access.AllowsAsync(Policies.PlanEdit, parsed, ct))
        {
            id = parsed;
        }
        else
        {
            ModelState.AddModelError(nameof(ProjectId), text["NoSuchProject"]);
        }
        if (id is null || !ModelState.IsValid)
        {
            await LoadProjectsAsync(ct);
            return Page();
        }
        // The document merged with what was saved since its last import (docs/reimport-merge.md): shown
        // when the web changed something, and saved only once every conflict is decided.
        ReimportMerge? merge = null;
        MergeResult? decided = null;
        if (Pending is not null && await db.MergeImportAsync(id.Value, Pending.Preview!.Plan!, ct) is { } merged)
        {
            merge = merged;
            decided = PlanMerge.Resolve(merged.Result, Decisions(merged.Result));
            if (NeedsLook(decided) && (!Confirm || !decided.IsResolved))
            {
                if (Confirm)
                {
                    ModelState.AddModelError(nameof(Merge), text["MergeDecide", decided.Undecided.Count()]);
                }
                return await ShowMergeAsync(merged, decided, ct);
            }
        }
        var (entry, answer) = await ClaimAsync(ct);
        if (entry is null)
        {
            return answer!;
        }
        try
        {
            var source = new ImportSource(entry.File, entry.Preview!.Corrections);
            PlanVersionRow? version;
            if (merge is not null)
            {
                var saved = await db.SaveMergeAsync(merge, decided!, "import", note, source, ct);
                if (saved.Outcome == VersionSaveOutcome.Conflict && await db.MergeImportAsync(id.Value, entry.Preview.Plan!, ct) is { } again)
                {
                    // Another version was saved after the merge was shown: it is merged again and shown again.
                    ModelState.AddModelError(nameof(Merge), text["MergeChangedMeanwhile"]);
                    Load();
                    return await ShowMergeAsync(again, again.Result, ct);
                }
                version = saved.Version;
            }
            else
            {
                version = await db.AddVersionAsync(id.Value, entry.Preview.Plan!, "import", note, source, ct);
            }
            if (version is null)
            {
                // Deleted between the check and the save.
                ModelState.AddModelError(nameof(ProjectId), text["NoSuchProject"]);
                Load();
                await LoadProjectsAsync(ct);
                return Page();
            }
            cache.Remember(version);
            return Saved(entry, $"/projects/{id}");
        }
        finally
        {
            pending.Release(entry);
        }
    }

    /// <summary>
    /// The upload to save, or the answer when this request is not the one to save it: the same upload
    /// sent twice at once (a double click, a retried post) made two projects; now the second waits for
    /// the first and is sent where it went.
    /// </summary>
    private async Task<(PendingImport? Entry, IActionResult? Answer)> ClaimAsync(CancellationToken ct)
    {
        var claim = pending.TryClaim(Token);
        if (claim.Kind == ClaimKind.UnderWay)
        {
            try
            {
                var address = await claim.Saving!.WaitAsync(SaveWait, ct);
                claim = address is null ? pending.TryClaim(Token) : claim with { Kind = ClaimKind.Saved, SavedTo = address };
            }
            catch (TimeoutException)
            {
                claim = claim with { Kind = ClaimKind.Gone };
            }
        }
        return claim.Kind switch
        {
            ClaimKind.Mine => (claim.Entry!, null),
            ClaimKind.Saved => (null, Redirect(claim.SavedTo!)),
            _ when Load() => (null, await ShowAsync(ct)),
            _ => (null, Gone()),
        };
    }

    private Dictionary<string, MergeSide> Decisions(MergeResult result)
    {
        var decisions = new Dictionary<string, MergeSide>(StringComparer.Ordinal);
        foreach (var conflict in result.Conflicts)
        {
            if (PlanMerge.ParseSide(Request.Form[DecisionField(conflict)].ToString()) is { } side)
            {
                decisions[conflict.Key] = side;
            }
        }
        return decisions;
    }

    // A merge that only takes the document (nothing of the web kept, no conflicts) is saved at once, as before.
    private static bool NeedsLook(MergeResult result) =>
        result.Conflicts.Count > 0 || result.Changes.Any(c => c.Change is ChangeKind.KeptFromSaved or ChangeKind.AddedBySaved or ChangeKind.RemovedBySaved);

    private async Task<IActionResult> ShowMergeAsync(ReimportMerge merge, MergeResult decided, CancellationToken ct)
    {
        Merge = merge;
        Decided = decided;
        await LoadProjectsAsync(ct);
        return Page();
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        await LoadProjectsAsync(ct);
        return Page();
    }

    private RedirectResult Saved(PendingImport entry, string address)
    {
        pending.Saved(entry, address);
        return Redirect(address);
    }

    private bool Load()
    {
        Pending = pending.Get(Token);
        // A plan is what the page needs: an upload still in the queue, failed or saved has none to show.
        if (Pending?.Preview?.Plan is null)
        {
            Pending = null;
        }
        return Pending is not null;
    }

    private PageResult Gone()
    {
        // The page says what happened; the status says it to anything that is not a person.
        Response.StatusCode = 404;
        Pending = null;
        return Page();
    }

    /// <summary>
    /// An upload is its uploader's: anyone else asking for its preview, or to save it, is told it is not there,
    /// as if the token were wrong (the token alone is no permission).
    /// </summary>
    [NonHandler]
    public override async Task OnPageHandlerExecutionAsync(Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutingContext context, Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutionDelegate next)
    {
        if (pending.Get(Token) is { } entry && entry.Owner != ImportOwner.Of(User))
        {
            context.Result = Gone();
            return;
        }
        await next();
    }

    /// <summary>The projects whose plan the user may change (null: all, for the local owner).</summary>
    private async Task<IReadOnlyCollection<int>?> EditableAsync(CancellationToken ct)
    {
        var user = await access.CurrentAsync(ct);
        return user.LocalOwner ? null
            : user.Memberships.Where(m => m.Value.Role is Hankevahti.People.ProjectRole.Manager or Hankevahti.People.ProjectRole.Editor).Select(m => m.Key).ToList();
    }

    private async Task LoadProjectsAsync(CancellationToken ct)
    {
        var editable = await EditableAsync(ct);
        var rows = await (editable is null ? db.Projects : db.Projects.Where(p => editable.Contains(p.Id))).AsNoTracking().Select(p => new { p.Id, p.Name }).ToListAsync(ct);
        Projects = rows.OrderBy(p => p.Name, StringComparer.Create(Fi.Culture, true)).ThenBy(p => p.Id).Select(p => (p.Id, p.Name)).ToList();
    }
}
