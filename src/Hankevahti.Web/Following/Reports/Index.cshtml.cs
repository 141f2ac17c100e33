using Hankevahti.Storage.Database;
using Hankevahti.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Web.Following.Reports;

/// <summary>The project's reporting periods with due dates and status, and links to each report.</summary>
[Authorize(Policy = Policies.ProjectRead)]
public sealed class IndexModel(HankevahtiDb db, TimeProvider time) : PageModel
{
    public ReportsOverviewModel Reports { get; private set; } = null!;

    public string ProjectName { get; private set; } = "";

    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        Today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        var project = await db.Projects.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        if (project is null || await ReportsOverviewModel.LoadAsync(db, id, Today, ct) is not { } reports)
        {
            return NotFound();
        }
        ProjectName = project.Name;
        Reports = reports;
        return Page();
    }
}
