using System.Globalization;
using Hankevahti.Demo;
using Hankevahti.Figures;
using Hankevahti.Plans;

namespace Hankevahti.Tests.Demo;

/// <summary>
/// The demo must be a plan a checker finds nothing wrong with; these are the facts such a checker
/// will look at, asserted here so that editing the demo cannot quietly break them.
/// </summary>
public class DemoPlanConsistencyTests
{
    private static readonly Plan Plan = DemoPlan.Load();
    private static readonly DateOnly Start = Plan.Project.Period!.Start!.Value;
    private static readonly DateOnly End = Plan.Project.Period!.End!.Value;

    [Fact]
    public void Period_and_budget_are_the_documented_ones()
    {
        Assert.Equal(new DateOnly(2026, 1, 1), Start);
        Assert.Equal(new DateOnly(2027, 12, 31), End);
        Assert.Equal(1_336_000m, PlanFigures.Total(Plan.Budget));
        Assert.Equal(0.20m, Plan.Budget.Funding.OwnFundingShare);
        Assert.Equal(0.80m, Plan.Budget.Funding.GrantShare);
    }

    [Fact]
    public void Every_stated_figure_equals_the_derived_one()
    {
        var wrong = Plan.Budget.StatedFigures
            .Select(f => (Figure: f, Derived: Derive(f)))
            .Where(x => x.Derived != x.Figure.Value)
            .Select(x => $"{x.Figure.Kind} {x.Figure.Text}: derived {x.Derived?.ToString(CultureInfo.InvariantCulture) ?? "nothing"}");

        Assert.Empty(wrong);
    }

    [Fact]
    public void Grant_transfers_are_the_grant_share_of_the_co_implementers_costs()
    {
        foreach (var organisation in Plan.Organisations.Where(o => o.GrantTransfer is not null))
        {
            var costs = PlanFigures.Total(Plan.Budget, organisation: organisation.Name);
            Assert.Equal(costs * Plan.Budget.Funding.GrantShare, organisation.GrantTransfer);
        }
        Assert.True(PlanFigures.GrantTransfers(Plan) <= PlanFigures.Grant(Plan.Budget));
    }

    [Fact]
    public void Every_risk_is_complete_and_its_stated_score_is_likelihood_times_impact()
    {
        Assert.All(Plan.Risks, risk =>
        {
            Assert.False(string.IsNullOrWhiteSpace(risk.Owner), risk.Title);
            Assert.NotEmpty(risk.Mitigations);
            Assert.Equal(PlanFigures.Score(risk)! with { Text = null }, risk.StatedScore! with { Text = null });
        });
    }

    [Fact]
    public void Every_goal_has_indicators_that_exist()
    {
        var ids = Plan.Indicators.Select(i => i.Id).ToHashSet();

        Assert.All(Plan.Goals, goal =>
        {
            Assert.NotEmpty(goal.IndicatorIds);
            Assert.All(goal.IndicatorIds, id => Assert.Contains(id, ids));
        });
    }

    [Fact]
    public void Every_indicator_has_a_baseline_and_targets_within_the_period()
    {
        Assert.All(Plan.Indicators, indicator =>
        {
            Assert.NotNull(indicator.Baseline);
            Assert.NotEmpty(indicator.Targets);
            Assert.All(indicator.Targets, t => Assert.InRange(t.Year ?? 0, Start.Year, End.Year));
            if (indicator.Kind == IndicatorKind.YesNo)
            {
                Assert.All(indicator.Targets.Append(indicator.Baseline!), v => Assert.NotNull(v.Achieved));
            }
        });
    }

    [Fact]
    public void Every_action_has_a_schedule_within_the_period()
    {
        Assert.All(PlanFigures.Actions(Plan), item =>
        {
            var schedule = item.Action.Schedule;
            Assert.NotEqual(ScheduleStatus.None, schedule.Status);
            Assert.Equal(schedule.Status == ScheduleStatus.Known, schedule.Periods.Count > 0);
            Assert.All(schedule.Periods, p =>
            {
                Assert.InRange(p.Start!.Value, Start, End);
                Assert.InRange(p.End!.Value, p.Start.Value, End);
            });
        });
    }

    [Fact]
    public void Every_governance_member_is_named()
    {
        Assert.All(Plan.Governance.SelectMany(g => g.Members), m => Assert.False(string.IsNullOrWhiteSpace(m.Name)));
        Assert.Contains(Plan.Governance, g => g.Kind == GovernanceKind.SteeringGroup
            && g.Members.Any(m => m.Role == MemberRole.Chair) && g.Members.Any(m => m.Role == MemberRole.Secretary));
    }

    [Fact]
    public void References_point_to_things_the_plan_has()
    {
        var codes = PlanFigures.Parts(Plan).Select(p => p.Code)
            .Concat(PlanFigures.Actions(Plan).Select(a => a.Action.Code))
            .ToHashSet();
        var organisations = Plan.Organisations.Select(o => o.Name).ToHashSet();
        var goals = Plan.Goals.Select(g => g.Id).ToHashSet();

        Assert.All(Plan.Budget.Lines, l => Assert.Contains(l.PartCode!, codes));
        Assert.All(Plan.Budget.Lines, l => Assert.Contains(l.Organisation!, organisations));
        Assert.All(Plan.Budget.Transfers, t => { Assert.Contains(t.FromPartCode!, codes); Assert.Contains(t.ToPartCode!, codes); });
        Assert.All(Plan.Goals.Where(g => g.PartCode is not null), g => Assert.Contains(g.PartCode!, codes));
        Assert.All(Plan.Outcomes.SelectMany(o => o.PartCodes), c => Assert.Contains(c, codes));
        Assert.All(Plan.Outcomes.SelectMany(o => o.GoalIds), id => Assert.Contains(id, goals));
        Assert.All(Plan.Indicators.SelectMany(i => i.WorkCodes), c => Assert.Contains(c, codes));
    }

    [Theory]
    // Placeholders of the official templates, which mark an unfinished plan.
    [InlineData("pp.kk.vvvv")]
    [InlineData("x.xx")]
    [InlineData("<")]
    [InlineData(">")]
    [InlineData("TODO")]
    public void Has_no_template_leftovers(string leftover)
    {
        Assert.DoesNotContain(leftover, DemoPlan.Json, StringComparison.OrdinalIgnoreCase);
    }

    private static decimal? Derive(StatedFigure figure)
    {
        var scope = figure.Scope;
        var kind = scope.Kind ?? FigureKind.Planned;
        var lines = Plan.Budget.Lines.Where(l => l.Kind == kind && (scope.Period is null || l.Period == scope.Period));
        var budget = Plan.Budget with { Lines = lines.ToList() };
        return figure.Kind switch
        {
            StatedFigureKind.Total or StatedFigureKind.Subtotal or StatedFigureKind.PartTotal or StatedFigureKind.CategoryTotal =>
                PlanFigures.Total(budget, kind, scope.PartCode, scope.Year, scope.Category, scope.Organisation),
            StatedFigureKind.OwnFunding => PlanFigures.OwnFunding(budget, kind),
            StatedFigureKind.Grant => PlanFigures.Grant(budget, kind),
            StatedFigureKind.OwnFundingShare => budget.Funding.OwnFundingShare,
            StatedFigureKind.GrantShare => budget.Funding.GrantShare,
            StatedFigureKind.PersonYears => lines.Sum(l => l.PersonYears ?? 0m),
            _ => null,
        };
    }
}
