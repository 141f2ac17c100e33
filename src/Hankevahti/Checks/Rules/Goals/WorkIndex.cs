using Hankevahti.Checks.Rules.Codes;
using Hankevahti.Plans;

namespace Hankevahti.Checks.Rules.Goals;

/// <summary>
/// Finds the work part a code belongs to. Plans link indicators and goals to work by code, some to a
/// part ("1.1" work package), some to an action ("1.1" action of work package 1), so both are looked up.
/// </summary>
internal sealed class WorkIndex
{
    private readonly Dictionary<string, WorkEntry> parts = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, WorkEntry> actionOwners = new(StringComparer.OrdinalIgnoreCase);

    public WorkIndex(CheckContext context)
    {
        foreach (var entry in context.Work)
        {
            parts.TryAdd(CodeText.Key(entry.Part.Code), entry);
            foreach (var action in entry.Part.Actions ?? [])
            {
                actionOwners.TryAdd(CodeText.Key(action?.Code), entry);
            }
        }
        parts.Remove("");
        actionOwners.Remove("");
    }

    /// <summary>The part with this code, or the part holding the action with this code; a part's own code wins.</summary>
    public WorkEntry? PartOf(string? code)
    {
        var key = CodeText.Key(code);
        if (key.Length == 0)
        {
            return null;
        }
        return parts.GetValueOrDefault(key) ?? actionOwners.GetValueOrDefault(key);
    }

    /// <summary>The part of the first of the codes that names one.</summary>
    public WorkEntry? PartOf(IEnumerable<string>? codes) => (codes ?? []).Select(PartOf).FirstOrDefault(p => p is not null);

    /// <summary>Whether a code is the part's own, one of its sub-parts' or one of the actions under it.</summary>
    public bool IsUnder(string? code, WorkEntry part)
    {
        var owner = PartOf(code);
        return owner is not null && (ReferenceEquals(owner.Part, part.Part) || owner.Ancestors.Any(a => ReferenceEquals(a, part.Part)));
    }

    /// <summary>"1.1." and "1.1" are the same code in a list and in a heading.</summary>
    /// <summary>A code as messages show it: trimmed, without a closing dot or bracket. Lookups use <see cref="CodeText.Key"/>.</summary>
    public static string Normalise(string? code) => (code ?? "").Trim().TrimEnd('.', ':', ')').Trim();
}
