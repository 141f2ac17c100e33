using Hankevahti.Figures;
using Hankevahti.Plans;
using Hankevahti.Web.Shared;

namespace Hankevahti.Web.Plans;

/// <summary>A plan with the look-ups its page needs to link goals, indicators and work parts to each other.</summary>
public sealed class PlanView
{
    public PlanView(Plan plan)
    {
        Plan = plan;
        Goals = First(plan.Goals, g => g.Id, StringComparer.Ordinal);
        Indicators = First(plan.Indicators, i => i.Id, StringComparer.Ordinal);
        Parts = First(PlanFigures.Parts(plan), p => p.Code, StringComparer.OrdinalIgnoreCase);
        Budget = new BudgetSummary(plan);
    }

    public Plan Plan { get; }
    public IReadOnlyDictionary<string, Goal> Goals { get; }
    public IReadOnlyDictionary<string, Indicator> Indicators { get; }
    public IReadOnlyDictionary<string, WorkPart> Parts { get; }
    public BudgetSummary Budget { get; }

    /// <summary>"TP2 Palveluohjaus" for a known part code, the code alone for an unknown one.</summary>
    public string PartName(string? code) =>
        code is null ? Fi.Ui("WholeProject") : Parts.TryGetValue(code, out var part) ? $"{part.Code} {part.Title}".Trim() : code;

    /// <summary>The goals that use an indicator, for the indicator table.</summary>
    public IEnumerable<Goal> GoalsOf(Indicator indicator) => Plan.Goals.Where(g => g.IndicatorIds.Contains(indicator.Id));

    // A plan may repeat an id by mistake; the page links to the first, and a later check reports the rest.
    private static Dictionary<string, T> First<T>(IEnumerable<T> items, Func<T, string> key, StringComparer comparer)
    {
        var result = new Dictionary<string, T>(comparer);
        foreach (var item in items)
        {
            result.TryAdd(key(item), item);
        }
        return result;
    }
}
