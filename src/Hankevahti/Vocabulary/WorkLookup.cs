using Hankevahti.Plans;

namespace Hankevahti.Vocabulary;

/// <summary>
/// The one lookup of the work structure by code: parts and actions wherever they are in the tree, codes
/// compared by <see cref="WorkCode.Key"/>. Import uses it while building the tree and checks on the finished plan.
/// </summary>
public static class WorkLookup
{
    /// <summary>Every part, depth first, a part before its children.</summary>
    public static IEnumerable<WorkPart> AllParts(IEnumerable<WorkPart> parts)
    {
        foreach (var p in parts)
        {
            yield return p;
            foreach (var c in AllParts(p.Children))
            {
                yield return c;
            }
        }
    }

    public static IEnumerable<WorkAction> AllActions(Plan plan) => AllParts(plan.Work).SelectMany(p => p.Actions);

    /// <summary>The first part with this code (and kind, when given), or null.</summary>
    public static WorkPart? FindPart(Plan plan, string? code, WorkPartKind? kind = null) => FindPart(plan.Work, code, kind);

    /// <inheritdoc cref="FindPart(Plan, string?, WorkPartKind?)"/>
    public static WorkPart? FindPart(IEnumerable<WorkPart> parts, string? code, WorkPartKind? kind = null)
    {
        var key = WorkCode.KeyOf(code);
        return key.Length == 0 ? null
            : AllParts(parts).FirstOrDefault(p => WorkCode.KeyOf(p.Code) == key && (kind is null || p.Kind == kind));
    }

    /// <summary>The first action with this code, or null.</summary>
    public static WorkAction? FindAction(Plan plan, string? code)
    {
        var key = WorkCode.KeyOf(code);
        return key.Length == 0 ? null : AllActions(plan).FirstOrDefault(a => WorkCode.KeyOf(a.Code) == key);
    }

    /// <summary>The parts above the first part with this code, outermost first; empty when there is none or it is at the top.</summary>
    public static IReadOnlyList<WorkPart> AncestorsOf(IEnumerable<WorkPart> parts, string? code) => AncestorsOf(parts, WorkCode.KeyOf(code), []) ?? [];

    private static IReadOnlyList<WorkPart>? AncestorsOf(IEnumerable<WorkPart> parts, string key, IReadOnlyList<WorkPart> above)
    {
        foreach (var p in parts)
        {
            if (WorkCode.KeyOf(p.Code) == key)
            {
                return above;
            }
            if (AncestorsOf(p.Children, key, [.. above, p]) is { } found)
            {
                return found;
            }
        }
        return null;
    }
}
