namespace Hankevahti.Import.Corrections;

/// <summary>What the user can say a table is: one of the plan's parts, or "exclude" (keep it as text, read nothing from it).</summary>
public static class TableKinds
{
    public const string Exclude = "exclude";
    public const string Budget = "budget";
    public const string Indicators = "indicators";
    public const string Risks = "risks";
    public const string Actions = "actions";
    public const string Schedule = "schedule";
    public const string Organisations = "organisations";

    /// <summary>The kinds a table can be told to be, in the order the preview offers them.</summary>
    public static IReadOnlyList<string> All { get; } = [Budget, Indicators, Risks, Actions, Schedule, Organisations];

    /// <summary>The kinds a column map is read for today; a table told to be another kind is left to the importer, with a note.</summary>
    public static IReadOnlyList<string> Mapped { get; } = [Budget, Risks, Organisations];

    public static bool IsKnown(string? kind) => kind == Exclude || All.Contains(kind);
}

/// <summary>The roles a column can have, per kind of table. An empty role (or none) means the column is ignored.</summary>
public static class ColumnRoles
{
    // Budget: the row's label (its cost category read from it), a category column, the part the row is for,
    // amounts (planned; a year or period in the heading is kept), actual, forecast, a derived total, person-years.
    public const string Label = "label";
    public const string Category = "category";
    public const string Part = "part";
    public const string Amount = "amount";
    public const string Actual = "actual";
    public const string Forecast = "forecast";
    public const string Total = "total";
    public const string PersonYears = "personYears";

    // Risks.
    public const string Title = "title";
    public const string Description = "description";
    public const string Likelihood = "likelihood";
    public const string Impact = "impact";
    public const string Preparedness = "preparedness";
    public const string Owner = "owner";

    // Indicators, actions, schedule: the roles are offered and stored so that the map is kept, though only
    // budget, risk and organisation tables are read by their map today. Organisations: name, role, responsibilities
    // (description), grant.
    public const string Name = "name";
    public const string Baseline = "baseline";
    public const string Target = "target";
    public const string Start = "start";
    public const string End = "end";
    public const string Role = "role";
    public const string Grant = "grant";

    public static IReadOnlyList<string> For(string? kind) => kind switch
    {
        TableKinds.Budget => [Label, Category, Part, Amount, Actual, Forecast, Total, PersonYears],
        TableKinds.Risks => [Title, Description, Likelihood, Impact, Preparedness, Owner],
        TableKinds.Indicators => [Name, Baseline, Target, Description],
        TableKinds.Actions => [Title, Description, Part, Owner],
        TableKinds.Schedule => [Title, Start, End, Part],
        TableKinds.Organisations => [Name, Role, Description, Grant],
        _ => [],
    };
}
