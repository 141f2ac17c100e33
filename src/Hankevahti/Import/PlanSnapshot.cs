using Hankevahti.Plans;

namespace Hankevahti.Import;

/// <summary>
/// The plan as it was before a recogniser ran, cheap enough to take before every recogniser: the
/// record itself (scalar parts are replaced with <c>with</c>, so the old record keeps them) and the
/// length of every list recognisers append to. Restoring cuts the lists back. Items a recogniser
/// added inside existing parts (an action under a work package) are not undone; their blocks stay
/// claimed by nobody, so at worst they appear both structured and as text — never lost.
/// </summary>
internal sealed class PlanSnapshot
{
    private readonly Plan plan;
    private readonly List<(System.Collections.IList List, int Count)> lengths;

    private PlanSnapshot(Plan plan, List<(System.Collections.IList, int)> lengths)
    {
        this.plan = plan;
        this.lengths = lengths;
    }

    public static PlanSnapshot Take(Plan plan)
    {
        System.Collections.IList[] lists =
        [
            plan.Versions, plan.Sections, plan.Needs, plan.TargetGroups, plan.Goals, plan.Work, plan.Outcomes,
            plan.Indicators, plan.Organisations, plan.Governance, plan.Resources, plan.RelatedProjects, plan.Risks,
            plan.Project.Regions, plan.Budget.Lines, plan.Budget.Transfers, plan.Budget.StatedFigures, plan.Budget.Funding.OtherIncome,
        ];
        return new PlanSnapshot(plan, lists.Select(l => (l, l.Count)).ToList());
    }

    public Plan Restore()
    {
        foreach (var (list, count) in lengths)
        {
            while (list.Count > count)
            {
                list.RemoveAt(list.Count - 1);
            }
        }
        return plan;
    }
}
