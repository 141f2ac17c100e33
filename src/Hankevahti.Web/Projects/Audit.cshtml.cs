using Hankevahti.Storage.Audit;
using Hankevahti.Storage.Database;
using Hankevahti.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Web.Projects;

/// <summary>
/// A project's audit trail (/projects/{id}/audit): its rows newest first, 50 a page, for the project manager
/// and the funder officials of its programme. The whole trail is in /projects/{id}/audit.csv (<see cref="AuditExport"/>).
/// </summary>
[Authorize(Policy = Policies.AuditRead)]
public sealed class AuditModel(HankevahtiDb db) : PageModel
{
    public const int PageSize = 50;

    /// <summary>A value longer than this is shown shortened, the whole of it behind a details element.</summary>
    public const int ShortLength = 120;

    public int ProjectId { get; private set; }

    public string ProjectName { get; private set; } = "";

    public IReadOnlyList<AuditRow> Rows { get; private set; } = [];

    public int Total { get; private set; }

    /// <summary>1-based.</summary>
    public int PageNumber { get; private set; }

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    /// <param name="page">The page, 1 the newest; one past the last shows the last.</param>
    public async Task<IActionResult> OnGetAsync(int id, int? page, CancellationToken ct)
    {
        var name = await db.Projects.AsNoTracking().Where(p => p.Id == id).Select(p => p.Name).SingleOrDefaultAsync(ct);
        if (name is null)
        {
            return NotFound();
        }
        ProjectId = id;
        ProjectName = name;
        var rows = db.AuditLog.AsNoTracking().Where(r => r.ProjectId == id);
        Total = await rows.CountAsync(ct);
        PageNumber = Math.Clamp(page ?? 1, 1, Pages);
        Rows = await rows.OrderByDescending(r => r.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        return Page();
    }
}
