namespace Hankevahti.Storage.Projects;

/// <summary>
/// A project as stored. Name, programme, period, status, regions and case number are copied from the
/// latest plan version on every save so that lists can search and filter without parsing JSON; the
/// plan JSON stays the source of truth.
/// </summary>
public sealed class ProjectRow
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public string? ShortName { get; set; }
    public string? Programme { get; set; }
    public DateOnly? PeriodStart { get; set; }
    public DateOnly? PeriodEnd { get; set; }
    /// <summary>The plan's status as its JSON writes it ("running"); null on rows not saved since the column came.</summary>
    public string? Status { get; set; }
    /// <summary>The plan's regions, one per line (see <see cref="RegionList"/>); null when it names none or on old rows.</summary>
    public string? Regions { get; set; }
    public string? CaseNumber { get; set; }
    /// <summary>The programme's stable key ("rrf"), for questions across projects by programme.</summary>
    public string? ProgrammeKey { get; set; }
    /// <summary>Name, short name and case number folded for the list's search (<c>QueryRows.SearchText</c>).</summary>
    public string? SearchText { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public List<PlanVersionRow> Versions { get; set; } = [];

    /// <summary>The separator of <see cref="Regions"/>: a region's name never holds a line break.</summary>
    public const char RegionSeparator = '\n';

    public static string? JoinRegions(IEnumerable<string> regions)
    {
        var names = regions.Select(r => r.ReplaceLineEndings(" ").Trim()).Where(r => r.Length > 0).ToList();
        return names.Count == 0 ? null : string.Join(RegionSeparator, names);
    }

    public static IReadOnlyList<string> SplitRegions(string? regions) =>
        string.IsNullOrEmpty(regions) ? [] : regions.Split(RegionSeparator, StringSplitOptions.RemoveEmptyEntries);

    public IReadOnlyList<string> RegionList() => SplitRegions(Regions);
}

/// <summary>One saved version of a project's plan, as canonical JSON. Versions are never overwritten.</summary>
public sealed class PlanVersionRow
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    /// <summary>1, 2, 3… per project, in the order saved.</summary>
    public int Number { get; set; }
    public DateTimeOffset SavedAt { get; set; }
    /// <summary>How the version came to be: "demo", "import", "edit", "api".</summary>
    public string Origin { get; set; } = "";
    public string? Note { get; set; }
    public string PlanJson { get; set; } = "";
    /// <summary>The file name of the document the version was imported from; null when it was not imported.</summary>
    public string? SourceFile { get; set; }
    /// <summary>The user's corrections of the import (<c>ImportCorrections</c> as JSON); null when none were made.</summary>
    public string? ImportCorrections { get; set; }
    /// <summary>The document's plan as imported when <see cref="PlanJson"/> is it merged with the web's changes (a re-import); else null.</summary>
    public string? ImportPlanJson { get; set; }
    /// <summary>Where the version stands with the funder: "draft", "submitted", "approved" or "returned" (<see cref="Hankevahti.People.VersionStatuses"/>).</summary>
    public string Status { get; set; } = "draft";
    /// <summary>Why the funder returned the version.</summary>
    public string? StatusReason { get; set; }
    /// <summary>Who last moved the version's status (the account's user name).</summary>
    public string? StatusBy { get; set; }
    public DateTimeOffset? StatusAt { get; set; }
}
