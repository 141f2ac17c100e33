using Hankevahti.Storage.Database;
using Hankevahti.Storage.Projects;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Web.Projects;

/// <summary>A project as lists show it: the web list, GET /api/projects and `hankevahti projects --format json`.</summary>
/// <param name="Status">The plan's status as its JSON writes it ("running"); null on a row not saved since the status was stored.</param>
/// <param name="UpdatedAt">When the newest version was saved.</param>
public sealed record ProjectSummary(
    int Id,
    string Name,
    string? ShortName,
    string? Programme,
    DateOnly? PeriodStart,
    DateOnly? PeriodEnd,
    int Versions,
    string? Status = null,
    IReadOnlyList<string>? Regions = null,
    string? CaseNumber = null,
    DateTimeOffset UpdatedAt = default)
{
    /// <summary>All projects by name, then id, with how many plan versions each has.</summary>
    public static Task<IReadOnlyList<ProjectSummary>> ListAsync(HankevahtiDb db, CancellationToken ct = default) =>
        ListAsync(db, Security.ProjectScope.All, ct);

    /// <summary>The projects of a scope (those a user may see), by name.</summary>
    public static async Task<IReadOnlyList<ProjectSummary>> ListAsync(HankevahtiDb db, Security.ProjectScope scope, CancellationToken ct = default) =>
        // Sorted here rather than in SQL so that SQLite and PostgreSQL order names the same way.
        (await ReadAsync(scope.Apply(db.Projects.AsNoTracking()), ct))
            .OrderBy(p => p.Name, StringComparer.Create(Shared.Fi.Culture, ignoreCase: true)).ThenBy(p => p.Id)
            .ToList();

    /// <summary>The projects a query selects, in no particular order.</summary>
    public static async Task<IReadOnlyList<ProjectSummary>> ReadAsync(IQueryable<ProjectRow> projects, CancellationToken ct = default)
    {
        var rows = await projects
            .Select(p => new { p.Id, p.Name, p.ShortName, p.Programme, p.ProgrammeKey, p.PeriodStart, p.PeriodEnd, Versions = p.Versions.Count, p.Status, p.Regions, p.CaseNumber, p.UpdatedAt })
            .ToListAsync(ct);
        // The programme as the catalogue names it (one name whatever the plan's spelling), in the reader's language.
        var language = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        return rows
            .Select(p => new ProjectSummary(p.Id, p.Name, p.ShortName, ProgrammeName(p.ProgrammeKey, p.Programme, language), p.PeriodStart, p.PeriodEnd, p.Versions,
                p.Status, ProjectRow.SplitRegions(p.Regions), p.CaseNumber, p.UpdatedAt))
            .ToList();
    }

    private static string? ProgrammeName(string? key, string? name, string language) =>
        Hankevahti.Storage.Portfolio.ProgrammeCatalogue.Of(key, name) is { Key: not Hankevahti.Storage.Portfolio.ProgrammeCatalogue.None } p ? p.Name(language) : null;
}
