using Hankevahti.Storage.Database;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hankevahti.Web.Projects;

/// <summary>The front page: every project with its programme and period.</summary>
public sealed class IndexModel(HankevahtiDb db) : PageModel
{
    public IReadOnlyList<ProjectSummary> Projects { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Projects = await ProjectSummary.ListAsync(db, ct);
}
