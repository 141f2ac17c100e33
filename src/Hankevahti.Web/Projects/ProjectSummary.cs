using Hankevahti.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Web.Projects;

/// <summary>A project as lists show it: the web list, GET /api/projects and `hankevahti projects --format json`.</summary>
public sealed record ProjectSummary(
    int Id,
    string Name,
    string? ShortName,
    string? Programme,
    DateOnly? PeriodStart,
    DateOnly? PeriodEnd,
    int Versions)
{
    /// <summary>All projects by name, then id, with how many plan versions each has.</summary>
    public static async Task<IReadOnlyList<ProjectSummary>> ListAsync(HankevahtiDb db, CancellationToken ct = default)
    {
        var rows = await db.Projects.AsNoTracking()
            .Select(p => new ProjectSummary(p.Id, p.Name, p.ShortName, p.Programme, p.PeriodStart, p.PeriodEnd, p.Versions.Count))
            .ToListAsync(ct);
        // Sorted here rather than in SQL so that SQLite and PostgreSQL order names the same way.
        return rows.OrderBy(p => p.Name, StringComparer.Create(Shared.Fi.Culture, ignoreCase: true)).ThenBy(p => p.Id).ToList();
    }
}
