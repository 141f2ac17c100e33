using Hankevahti.Storage.Database;
using Hankevahti.Storage.Models;
using Hankevahti.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hankevahti.Web.Models;

/// <summary>
/// The catalogue of operating models (/models): each with its number of parts, the projects that develop or spread
/// it (only those the reader may see) and the organisations where a part of it is in use now.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class IndexModel(HankevahtiDb db, RequestAccess access) : PageModel
{
    public IReadOnlyList<ModelSummary> Models { get; private set; } = [];

    public bool CanCreate { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var visible = await ModelForms.VisibleProjectIdsAsync(db, access, ct);
        Models = (await OperatingModels.ListAsync(db, ct))
            .Select(m => m with { Projects = m.Projects.Where(p => visible.Contains(p.ProjectId)).DistinctBy(p => p.ProjectId).ToList() }).ToList();
        CanCreate = await access.AllowsModelEditAsync(null, ct);
    }
}
