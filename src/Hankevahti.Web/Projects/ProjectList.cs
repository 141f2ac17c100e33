using System.Globalization;
using Hankevahti.Plans;
using Hankevahti.Storage.Projects;
using Hankevahti.Web.Shared;

namespace Hankevahti.Web.Projects;

/// <summary>What the project list's form asks for; every value as the URL gives it, so that a bad one can be shown back.</summary>
public sealed record ProjectFilter(string? Query, string? Programme, string? Region, string? Status, int? Year, string Sort, bool Descending)
{
    public static readonly IReadOnlyList<string> Sorts = ["name", "start", "end", "updated"];

    public bool FiltersAnything =>
        !string.IsNullOrWhiteSpace(Query) || !string.IsNullOrEmpty(Programme) || !string.IsNullOrEmpty(Region) || !string.IsNullOrEmpty(Status) || Year is not null;
}

/// <summary>
/// Searching, filtering and sorting the project list. Done in memory on the rows' columns (there are
/// tens or hundreds of projects, not millions): the same Finnish comparison whatever the database,
/// where SQLite and PostgreSQL would differ in case folding and collation.
/// </summary>
public static class ProjectList
{
    private static readonly CompareInfo Compare = Fi.Culture.CompareInfo;
    private static readonly StringComparer Names = StringComparer.Create(Fi.Culture, ignoreCase: true);

    public static IReadOnlyList<ProjectSummary> Apply(IEnumerable<ProjectSummary> projects, ProjectFilter filter)
    {
        var words = (filter.Query ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var shown = projects.Where(p =>
            words.All(w => Contains(p.Name, w) || Contains(p.ShortName, w) || Contains(p.CaseNumber, w))
            && (string.IsNullOrEmpty(filter.Programme) || Names.Equals(p.Programme, filter.Programme))
            && (string.IsNullOrEmpty(filter.Region) || (p.Regions ?? []).Contains(filter.Region, Names))
            && (string.IsNullOrEmpty(filter.Status) || string.Equals(p.Status, filter.Status, StringComparison.OrdinalIgnoreCase))
            && (filter.Year is not { } year || RunsIn(p, year)));
        return Sort(shown, filter.Sort, filter.Descending).ToList();
    }

    /// <summary>
    /// A project runs in a year when its period overlaps the year. An open end (only a start or only
    /// an end known) is taken as open: the project may run on; a project with no period runs in no year.
    /// </summary>
    public static bool RunsIn(ProjectSummary p, int year) =>
        (p.PeriodStart is not null || p.PeriodEnd is not null)
        && (p.PeriodStart is not { } start || start.Year <= year)
        && (p.PeriodEnd is not { } end || end.Year >= year);

    private static bool Contains(string? text, string word) =>
        text is not null && Compare.IndexOf(text, word, CompareOptions.IgnoreCase) >= 0;

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

    /// <summary>The programmes the projects name, for the filter's choices.</summary>
    public static IReadOnlyList<string> Programmes(IEnumerable<ProjectSummary> projects) =>
        projects.Select(p => p.Programme).OfType<string>().Where(p => p.Length > 0).Distinct(Names).Order(Names).ToList();

    public static IReadOnlyList<string> Regions(IEnumerable<ProjectSummary> projects) =>
        projects.SelectMany(p => p.Regions ?? []).Distinct(Names).Order(Names).ToList();

    /// <summary>Every year some project runs in, for the year filter; none when no project has a period.</summary>
    public static IReadOnlyList<int> Years(IEnumerable<ProjectSummary> projects)
    {
        var years = projects.SelectMany(p => new[] { p.PeriodStart?.Year, p.PeriodEnd?.Year }).OfType<int>().ToList();
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
