using Hankevahti.Storage.Database;
using Hankevahti.Storage.Models;

namespace Hankevahti.Web.Models;

/// <summary>
/// "Operating models this project develops or spreads", for the project overview (_ProjectModels.cshtml). Include it with
/// <c>@await Html.PartialAsync("/Models/_ProjectModels.cshtml", await ProjectModels.LoadAsync(db, projectId))</c>.
/// </summary>
public sealed record ProjectModels(int ProjectId, IReadOnlyList<LinkedProject> Links)
{
    public static async Task<ProjectModels> LoadAsync(HankevahtiDb db, int projectId, CancellationToken ct = default) =>
        new(projectId, await OperatingModels.OfProjectAsync(db, projectId, ct));
}
