using Hankevahti.Web.Security;
using System.Globalization;
using System.Text;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Projects;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Web.Projects;

/// <summary>The "download JSON" link: the newest version's canonical JSON as a file.</summary>
public static class PlanDownload
{
    public static IEndpointRouteBuilder MapPlanDownload(this IEndpointRouteBuilder app)
    {
        // As stored, byte for byte, like GET /api/projects/{id}/plan; only the headers make it a download.
        app.MapGet("/projects/{id:int}/plan.json", async (int id, HankevahtiDb db, CancellationToken ct) =>
        {
            var shortName = await db.Projects.AsNoTracking().Where(p => p.Id == id).Select(p => new { p.ShortName }).SingleOrDefaultAsync(ct);
            if (shortName is null || await db.LatestVersionAsync(id, ct) is not { } version)
            {
                return Results.NotFound();
            }
            return Results.File(Encoding.UTF8.GetBytes(version.PlanJson), "application/json; charset=utf-8", FileName(shortName.ShortName, id, version.Number));
        }).RequireAuthorization(Policies.ProjectRead);
        return app;
    }

    /// <summary>
    /// "SUPA-v3.json": the short name in ASCII letters, digits and hyphens (ä → a, spaces → -), or
    /// "hanke-5" when the short name leaves nothing; every browser and file system takes it as it is.
    /// </summary>
    public static string FileName(string? shortName, int projectId, int version)
    {
        var ascii = new StringBuilder();
        foreach (var c in (shortName ?? "").Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                ascii.Append(c);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                // The dots of ä and ö and the ring of å, left over from the decomposition above.
                continue;
            }
            else if (ascii.Length > 0 && ascii[^1] != '-')
            {
                ascii.Append('-');
            }
        }
        var name = ascii.ToString().TrimEnd('-');
        if (name.Length > 60)
        {
            name = name[..60].TrimEnd('-');
        }
        return string.Create(CultureInfo.InvariantCulture, $"{(name.Length == 0 ? $"hanke-{projectId}" : name)}-v{version}.json");
    }
}
