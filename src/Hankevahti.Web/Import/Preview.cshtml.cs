using System.Globalization;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Projects;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Hankevahti.Web.Shared;
using Microsoft.Extensions.Localization;

namespace Hankevahti.Web.Import;

/// <summary>
/// The preview of an upload kept under a token: what was read, how much was recognised, the findings
/// and the source line by line; and the two ways to save it, as a new project or as the next version
/// of an existing one. An unknown or expired token gets a page that says so and leads back to the upload.
/// </summary>
public sealed class PreviewModel(PendingImports pending, HankevahtiDb db, IStringLocalizer<ImportText> text, IStringLocalizer<UiText> ui) : PageModel
{
    public const int NoteMax = 500;

    /// <summary>The upload's token: in the address for the preview, in a hidden field for the saves.</summary>
    [BindProperty(SupportsGet = true, Name = "t")]
    public string? Token { get; set; }

    /// <summary>The project to add a version to, as typed (a select, but a post can hold anything).</summary>
    [BindProperty]
    public string? ProjectId { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    /// <summary>The upload; null when the token names none (unknown, expired, already saved).</summary>
    public PendingImport? Pending { get; private set; }

    public IReadOnlyList<(int Id, string Name)> Projects { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!Load())
        {
            return Gone();
        }
        Note ??= Pending!.File;
        await LoadProjectsAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostNewAsync(CancellationToken ct)
    {
        if (!Load())
        {
            return Gone();
        }
        var project = await db.AddProjectAsync(Pending!.Preview.Plan!, "import", Pending.File, ct);
        pending.Remove(Pending.Token);
        return Redirect($"/projects/{project.Id}");
    }

    public async Task<IActionResult> OnPostVersionAsync(CancellationToken ct)
    {
        if (!Load())
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
        else if (int.TryParse(ProjectId, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && await db.Projects.AnyAsync(p => p.Id == parsed, ct))
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
        var version = await db.AddVersionAsync(id.Value, Pending!.Preview.Plan!, "import", note, ct);
        if (version is null)
        {
            // Deleted between the check and the save.
            ModelState.AddModelError(nameof(ProjectId), text["NoSuchProject"]);
            await LoadProjectsAsync(ct);
            return Page();
        }
        pending.Remove(Pending.Token);
        return Redirect($"/projects/{id}");
    }

    private bool Load()
    {
        Pending = pending.Get(Token);
        // Only uploads that imported are kept, but a plan is what the page needs.
        return Pending?.Preview.Plan is not null;
    }

    private PageResult Gone()
    {
        // The page says what happened; the status says it to anything that is not a person.
        Response.StatusCode = 404;
        Pending = null;
        return Page();
    }

    private async Task LoadProjectsAsync(CancellationToken ct)
    {
        var rows = await db.Projects.AsNoTracking().Select(p => new { p.Id, p.Name }).ToListAsync(ct);
        Projects = rows.OrderBy(p => p.Name, StringComparer.Create(Fi.Culture, true)).ThenBy(p => p.Id).Select(p => (p.Id, p.Name)).ToList();
    }
}
