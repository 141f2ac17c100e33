namespace Hankevahti.Models;

/// <summary>
/// An operating model (toimintamalli) as Innokylä describes one: a name, the description fields a reader needs to
/// judge whether it fits them, and its parts — a common core that every adopter takes and modules chosen as needed.
/// </summary>
public sealed record OperatingModel(int Id, string Name, ModelDescription Description, IReadOnlyList<ModelModule> Modules, int Revision = 1)
{
    /// <summary>The core first, then the modules in the order they were given.</summary>
    public IEnumerable<ModelModule> CoreFirst => Modules.OrderByDescending(m => m.IsCore).ThenBy(m => m.Ordinal);
}

/// <summary>
/// The description fields of Innokylä's form for an operating model: core idea (ydinidea), target group
/// (kohderyhmä), conditions for adoption (käyttöönoton edellytykset) and evidence of effect (vaikuttavuus / näyttö).
/// Each is free text; an empty one is shown as not described.
/// </summary>
public sealed record ModelDescription(string? CoreIdea, string? TargetGroup, string? Conditions, string? Evidence)
{
    public static readonly ModelDescription Empty = new(null, null, null, null);
}

/// <summary>A part of a model: the core (<see cref="IsCore"/>) or a module. Adoption is recorded per part.</summary>
public sealed record ModelModule(int Id, string Name, bool IsCore, int Ordinal, string? Description = null);

/// <summary>How a project works on a model: develops it, or spreads it to new organisations.</summary>
public enum ModelLinkKind { Develops, Spreads }

public static class ModelLinkKinds
{
    public static string Name(ModelLinkKind kind) => kind == ModelLinkKind.Develops ? "develops" : "spreads";

    public static bool TryParse(string? name, out ModelLinkKind kind)
    {
        kind = name?.Trim().ToLowerInvariant() == "develops" ? ModelLinkKind.Develops : ModelLinkKind.Spreads;
        return name?.Trim().ToLowerInvariant() is "develops" or "spreads";
    }
}
