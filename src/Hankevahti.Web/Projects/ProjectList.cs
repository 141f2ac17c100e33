using Hankevahti.Plans;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Portfolio;
using Hankevahti.Storage.Projects;
using Hankevahti.Storage.Query;
using Hankevahti.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Web.Projects;

/// <summary>What the project list's form asks for; every value as the URL gives it, so that a bad one can be shown back.</summary>
public sealed record ProjectFilter(string? Query, string? Programme, string? Region, string? Status, int? Year, string Sort, bool Descending)
{
    public static readonly IReadOnlyList<string> Sorts = ["name", "start", "end", "updated"];

    public bool FiltersAnything =>
        !string.IsNullOrWhiteSpace(Query) || !string.IsNullOrEmpty(Programme) || !string.IsNullOrEmpty(Region) || !string.IsNullOrEmpty(Status) || Year is not null;
}

/// <summary>The filters' choices and the number of projects, asked of the database.</summary>
public sealed record ProjectChoices(int Total, IReadOnlyList<ProgrammeChoice> Programmes, IReadOnlyList<string> Regions, IReadOnlyList<int> Years);

/// <summary>A programme of the filter: the catalogue's key (the value in the address) and its name in the reader's language.</summary>
public sealed record ProgrammeChoice(string Key, string Name);

/// <summary>
/// Searching, filtering and sorting the project list. The filtering is a query on the database: the
/// projects table and the query tables (docs/decisions/0008-query-tables.md), so that a list of
/// thousands of projects reads only the rows it shows. What SQLite and PostgreSQL would compare
/// differently is made equal before it gets there: the search looks in a column folded in C#
/// (<see cref="QueryRows.Fold"/>), and a programme or region chosen is matched, with the Finnish
/// comparison, to the names stored before the query. The few rows shown are sorted here, in Finnish order.
/// </summary>
public static class ProjectList
{
    private static readonly StringComparer Names = StringComparer.Create(Fi.Culture, ignoreCase: true);

    public static async Task<IReadOnlyList<ProjectSummary>> QueryAsync(HankevahtiDb db, ProjectFilter filter, Security.ProjectScope scope, CancellationToken ct = default)
    {
        var query = scope.Apply(db.Projects.AsNoTracking());
        foreach (var word in (filter.Query ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var folded = QueryRows.Fold(word);
            query = query.Where(p => p.SearchText != null && p.SearchText.Contains(folded));
        }
        if (!string.IsNullOrEmpty(filter.Programme))
        {
            // One programme of the catalogue, whatever its spelling in the plans: every stored key and name that is it.
            var stored = await ProgrammesAsync(query, ct);
            var chosen = ChosenKey(stored, filter.Programme);
            // A profiled programme is its keys; any other is its name (or its key when the plan gives no name).
            var matching = stored.Where(p => Catalogue(p).Key == chosen).ToList();
            var profiled = stored.Where(p => Catalogue(p).Known).Select(p => p.Key!).Distinct().ToList();
            var keys = matching.Where(p => Catalogue(p).Known).Select(p => p.Key!).Distinct().ToList();
            var names = matching.Where(p => !Catalogue(p).Known && p.Name is not null).Select(p => p.Name!).Distinct().ToList();
            var bare = matching.Where(p => !Catalogue(p).Known && p.Name is null).Select(p => p.Key!).Distinct().ToList();
            query = query.Where(p => (p.ProgrammeKey != null && keys.Contains(p.ProgrammeKey))
                || (p.Programme != null && names.Contains(p.Programme) && (p.ProgrammeKey == null || !profiled.Contains(p.ProgrammeKey)))
                || (p.Programme == null && p.ProgrammeKey != null && bare.Contains(p.ProgrammeKey)));
        }
        if (!string.IsNullOrEmpty(filter.Region))
        {
            var names = Matching(await LatestRegions(db, query).Select(r => r.Region).Distinct().ToListAsync(ct), filter.Region);
            var regions = LatestRegions(db, query);
            query = query.Where(p => regions.Any(r => r.ProjectId == p.Id && names.Contains(r.Region)));
        }
        if (!string.IsNullOrEmpty(filter.Status))
        {
            // The column holds the JSON's names, all lower case ("running"): the same as ignoring case.
            var status = filter.Status.ToLowerInvariant();
            query = query.Where(p => p.Status == status);
        }
        if (filter.Year is { } year)
        {
            // Runs in the year: the period overlaps it; an open end is taken as open, no period runs in no year.
            var first = new DateOnly(year, 1, 1);
            var last = new DateOnly(year, 12, 31);
            query = query.Where(p => (p.PeriodStart != null || p.PeriodEnd != null)
                && (p.PeriodStart == null || p.PeriodStart <= last)
                && (p.PeriodEnd == null || p.PeriodEnd >= first));
        }
        return Sort(await ProjectSummary.ReadAsync(query, ct), filter.Sort, filter.Descending).ToList();
    }

    /// <summary>The programmes and regions the projects name, the years some project runs in, and how many projects there are.</summary>
    public static async Task<ProjectChoices> ChoicesAsync(HankevahtiDb db, Security.ProjectScope scope, CancellationToken ct = default)
    {
        var projects = scope.Apply(db.Projects.AsNoTracking());
        var total = await projects.CountAsync(ct);
        var language = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var programmes = (await ProgrammesAsync(projects, ct)).Select(Catalogue)
            .Where(p => p.Key != ProgrammeCatalogue.None)
            .DistinctBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => new ProgrammeChoice(p.Key, p.Name(language)))
            .OrderBy(p => p.Name, Names).ToList();
        var regions = (await LatestRegions(db, projects).Select(r => r.Region).Distinct().ToListAsync(ct)).Distinct(Names).Order(Names).ToList();
        var ends = new List<DateOnly?>
        {
            await projects.Where(p => p.PeriodStart != null).OrderBy(p => p.PeriodStart).Select(p => p.PeriodStart).FirstOrDefaultAsync(ct),
            await projects.Where(p => p.PeriodStart != null).OrderByDescending(p => p.PeriodStart).Select(p => p.PeriodStart).FirstOrDefaultAsync(ct),
            await projects.Where(p => p.PeriodEnd != null).OrderBy(p => p.PeriodEnd).Select(p => p.PeriodEnd).FirstOrDefaultAsync(ct),
            await projects.Where(p => p.PeriodEnd != null).OrderByDescending(p => p.PeriodEnd).Select(p => p.PeriodEnd).FirstOrDefaultAsync(ct),
        };
        return new ProjectChoices(total, programmes, regions, Years(ends.OfType<DateOnly>().Select(d => d.Year).ToList()));
    }

    // The regions of each project's newest version: the list filters by what the plan says now.
    // Of the projects in scope only: a list never names a region or programme of a project the user may not see.
    private static IQueryable<PlanRegionRow> LatestRegions(HankevahtiDb db, IQueryable<ProjectRow> projects) =>
        db.PlanRegions.Where(r => r.VersionNumber == db.PlanVersions.Where(v => v.ProjectId == r.ProjectId).Max(v => v.Number)
            && projects.Any(p => p.Id == r.ProjectId));

    private sealed record StoredProgramme(string? Key, string? Name);

    // The programme keys and names the projects store, each pair once: few, however many projects there are.
    private static async Task<List<StoredProgramme>> ProgrammesAsync(IQueryable<ProjectRow> projects, CancellationToken ct) =>
        (await projects.Where(p => p.Programme != null || p.ProgrammeKey != null).Select(p => new { p.ProgrammeKey, p.Programme }).Distinct().ToListAsync(ct))
            .Select(p => new StoredProgramme(p.ProgrammeKey, p.Programme)).ToList();

    private static CatalogueProgramme Catalogue(StoredProgramme p) => ProgrammeCatalogue.Of(p.Key, p.Name);

    /// <summary>
    /// The catalogue key a chosen programme stands for: a key as the filter gives it, or (an address from before the
    /// catalogue) a programme's name as a plan wrote it, compared as the list compares names.
    /// </summary>
    private static string ChosenKey(IEnumerable<StoredProgramme> stored, string chosen)
    {
        var list = stored.ToList();
        var key = chosen.Trim();
        var byKey = list.Select(Catalogue).FirstOrDefault(c => string.Equals(c.Key, key, StringComparison.OrdinalIgnoreCase));
        if (byKey is not null)
        {
            return byKey.Key;
        }
        var byName = list.FirstOrDefault(p => p.Name is not null && Names.Equals(p.Name, key));
        return byName is not null ? Catalogue(byName).Key : ProgrammeCatalogue.Of(key, null).Key;
    }

    // The stored names a chosen one stands for, compared as the list compares names (Finnish, ignoring case).
    private static List<string> Matching(IEnumerable<string> stored, string chosen) => stored.Where(n => Names.Equals(n, chosen)).ToList();

    private static IEnumerable<ProjectSummary> Sort(IEnumerable<ProjectSummary> projects, string sort, bool descending)
    {
        // Dates missing go last in both directions: "no end known" is neither the earliest nor the latest.
        IOrderedEnumerable<ProjectSummary> ordered = sort switch
        {
            "start" => ByDate(projects, p => p.PeriodStart, descending),
            "end" => ByDate(projects, p => p.PeriodEnd, descending),
            "updated" => descending ? projects.OrderByDescending(p => p.UpdatedAt) : projects.OrderBy(p => p.UpdatedAt),
            _ => descending ? projects.OrderByDescending(p => p.Name, Names) : projects.OrderBy(p => p.Name, Names),
        };
        // Equal keys keep one order whatever came first: by name, then id.
        return ordered.ThenBy(p => p.Name, Names).ThenBy(p => p.Id);
    }

    private static IOrderedEnumerable<ProjectSummary> ByDate(IEnumerable<ProjectSummary> projects, Func<ProjectSummary, DateOnly?> date, bool descending)
    {
        var missingLast = projects.OrderBy(p => date(p) is null);
        return descending ? missingLast.ThenByDescending(date) : missingLast.ThenBy(date);
    }

    /// <summary>Every year from the earliest to the latest some project's period names; none when no project has a period.</summary>
    private static IReadOnlyList<int> Years(IReadOnlyList<int> years)
    {
        if (years.Count == 0)
        {
            return [];
        }
        // A typo such as 2205 in one plan must not make a list of a century of years.
        var first = years.Min();
        var last = Math.Min(years.Max(), first + 30);
        return Enumerable.Range(first, last - first + 1).ToList();
    }

    /// <summary>The statuses in the model's order, with the name the status column stores.</summary>
    public static IReadOnlyList<(string Name, ProjectStatus Status)> Statuses { get; } =
        Enum.GetValues<ProjectStatus>().Select(s => (ProjectPlans.StatusName(s), s)).ToList();
}
