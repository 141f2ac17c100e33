namespace Hankevahti.Storage.Projects;

/// <summary>
/// A project as stored. Name, programme and period are copied from the latest plan version on
/// every save so that lists need not parse JSON; the plan JSON stays the source of truth.
/// </summary>
public sealed class ProjectRow
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public string? ShortName { get; set; }
    public string? Programme { get; set; }
    public DateOnly? PeriodStart { get; set; }
    public DateOnly? PeriodEnd { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public List<PlanVersionRow> Versions { get; set; } = [];
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
}
