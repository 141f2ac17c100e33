namespace Hankevahti.People;

/// <summary>
/// A person's role in one project (docs/security.md has what each may do). The words are the ones the
/// CLI and the database use: <see cref="RoleNames"/>.
/// </summary>
public enum ProjectRole
{
    /// <summary>Projektipäällikkö: everything in the project, its members, submitting versions.</summary>
    Manager,
    /// <summary>Muokkaaja: the plan.</summary>
    Editor,
    /// <summary>Osatoteuttaja: its own organisation's budget lines and actions; reads the rest.</summary>
    CoImplementer,
    /// <summary>Ohjausryhmän jäsen: reads.</summary>
    SteeringGroup,
    /// <summary>Lukija: reads.</summary>
    Reader,
}

/// <summary>Roles across projects.</summary>
public enum GlobalRole
{
    /// <summary>Ylläpitäjä: users and programmes; no project content unless also a member.</summary>
    Administrator,
    /// <summary>Rahoittajan virkailija: reads every project of the programmes assigned, approves or returns versions.</summary>
    FunderOfficial,
}

/// <summary>The roles' words as the CLI takes them and the database keeps them.</summary>
public static class RoleNames
{
    private static readonly (string Name, ProjectRole Role)[] Project =
    [
        ("manager", ProjectRole.Manager),
        ("editor", ProjectRole.Editor),
        ("co-implementer", ProjectRole.CoImplementer),
        ("steering", ProjectRole.SteeringGroup),
        ("reader", ProjectRole.Reader),
    ];

    private static readonly (string Name, GlobalRole Role)[] Global =
    [
        (AdministratorName, GlobalRole.Administrator),
        (FunderName, GlobalRole.FunderOfficial),
    ];

    /// <summary>"admin", for queries.</summary>
    public const string AdministratorName = "admin";

    /// <summary>"funder", for queries.</summary>
    public const string FunderName = "funder";

    public static IReadOnlyList<string> ProjectRoleNames { get; } = Project.Select(p => p.Name).ToList();

    public static IReadOnlyList<string> GlobalRoleNames { get; } = Global.Select(p => p.Name).ToList();

    public static string Name(ProjectRole role) => Project.First(p => p.Role == role).Name;

    public static string Name(GlobalRole role) => Global.First(p => p.Role == role).Name;

    public static bool TryProjectRole(string? name, out ProjectRole role)
    {
        foreach (var (n, r) in Project)
        {
            if (string.Equals(n, name?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                role = r;
                return true;
            }
        }
        role = default;
        return false;
    }

    public static bool TryGlobalRole(string? name, out GlobalRole role)
    {
        foreach (var (n, r) in Global)
        {
            if (string.Equals(n, name?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                role = r;
                return true;
            }
        }
        role = default;
        return false;
    }
}
