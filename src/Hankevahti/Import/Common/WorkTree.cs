using Hankevahti.Plans;

namespace Hankevahti.Import.Common;

/// <summary>Finds parts and actions of the work structure by their code, wherever in the tree they are.</summary>
public static class WorkTree
{
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

    public static WorkPart? FindPart(Plan plan, string code, WorkPartKind? kind = null) =>
        AllParts(plan.Work).FirstOrDefault(p => string.Equals(p.Code, code, StringComparison.OrdinalIgnoreCase) && (kind is null || p.Kind == kind));

    public static WorkAction? FindAction(Plan plan, string code) =>
        AllActions(plan).FirstOrDefault(a => string.Equals(a.Code, code, StringComparison.OrdinalIgnoreCase));
}
