namespace Hankevahti.Models;

/// <summary>
/// Where an organisation or unit stands with a module: planned → piloting → in use → established (juurrutettu, part
/// of the ordinary work), or given up. Any status may follow any other: a pilot may be given up, a given-up module taken up again.
/// </summary>
public enum AdoptionStatus { Planned, Piloting, InUse, Established, GivenUp }

/// <summary>The stored names of <see cref="AdoptionStatus"/> (snake case, as every status in the database is written).</summary>
public static class AdoptionStatuses
{
    public static readonly IReadOnlyList<AdoptionStatus> All = Enum.GetValues<AdoptionStatus>();

    public static string Name(AdoptionStatus status) => status switch
    {
        AdoptionStatus.Planned => "planned",
        AdoptionStatus.Piloting => "piloting",
        AdoptionStatus.InUse => "in_use",
        AdoptionStatus.Established => "established",
        AdoptionStatus.GivenUp => "given_up",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static bool TryParse(string? name, out AdoptionStatus status)
    {
        foreach (var s in All)
        {
            if (string.Equals(Name(s), name?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                status = s;
                return true;
            }
        }
        status = default;
        return false;
    }

    public static AdoptionStatus Parse(string name) =>
        TryParse(name, out var s) ? s : throw new FormatException($"adoption status '{name}': expected one of {string.Join(", ", All.Select(Name))}");

    /// <summary>Whether the module is in use in the organisation: in use or established.</summary>
    public static bool IsInUse(AdoptionStatus status) => status is AdoptionStatus.InUse or AdoptionStatus.Established;
}
