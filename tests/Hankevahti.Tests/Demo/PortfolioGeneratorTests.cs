using Hankevahti.Checks;
using Hankevahti.Checks.Profiles;
using Hankevahti.Demo.Portfolio;
using Hankevahti.Figures;
using Hankevahti.Following;
using Hankevahti.Json;
using Hankevahti.People;
using Hankevahti.Plans;

namespace Hankevahti.Tests.Demo;

/// <summary>
/// The demo portfolio generator (docs/demo-portfolio.md): a seed gives the same portfolio every time, and what it
/// makes is a plan the app and its checks take as a careful applicant's: sums as stated, shares as the programme's.
/// </summary>
public sealed class PortfolioGeneratorTests
{
    private static readonly DateOnly AsOf = new(2026, 12, 7);
    private static readonly PortfolioSpec Spec = new(60, 17, AsOf);
    private static readonly IReadOnlyList<GeneratedProject> Projects = PortfolioGenerator.Generate(Spec).ToList();

    [Fact]
    public void The_same_seed_gives_the_same_plans_and_follow_up()
    {
        var again = PortfolioGenerator.Generate(Spec).ToList();

        Assert.Equal(Projects.Select(p => PlanJson.Serialize(p.Plan)), again.Select(p => PlanJson.Serialize(p.Plan)));
        Assert.Equal(Projects.SelectMany(p => p.Values), again.SelectMany(p => p.Values));
        Assert.Equal(Projects.SelectMany(p => p.Costs), again.SelectMany(p => p.Costs));
        Assert.Equal(Projects.SelectMany(p => p.Progress), again.SelectMany(p => p.Progress));
        Assert.Equal(Projects.SelectMany(p => p.Reports), again.SelectMany(p => p.Reports));
    }

    // A project made alone is the one the stream makes at its place: the writer and a test may make either.
    [Fact]
    public void A_project_made_alone_equals_the_same_project_in_the_stream()
    {
        Assert.Equal(PlanJson.Serialize(Projects[41].Plan), PlanJson.Serialize(PortfolioGenerator.Project(Spec, 41).Plan));
    }

    [Fact]
    public void Another_seed_gives_other_plans()
    {
        var other = PortfolioGenerator.Generate(Spec with { Seed = 18 }).ToList();

        var same = Projects.Zip(other).Count(x => PlanJson.Serialize(x.First.Plan) == PlanJson.Serialize(x.Second.Plan));
        Assert.Equal(0, same);
        Assert.NotEqual(Projects.Select(p => p.Plan.Project.Name), other.Select(p => p.Plan.Project.Name));
    }

    [Fact]
    public void Budget_lines_sum_to_the_totals_the_plan_states()
    {
        foreach (var plan in Projects.Select(p => p.Plan))
        {
            var budget = plan.Budget;
            var total = Assert.Single(budget.StatedFigures, f => f.Kind == StatedFigureKind.Total);
            Assert.Equal(total.Value, budget.Lines.Sum(l => l.Amount));
            foreach (var subtotal in budget.StatedFigures.Where(f => f.Kind == StatedFigureKind.Subtotal))
            {
                Assert.Equal(subtotal.Value, budget.Lines.Where(l => l.Year == subtotal.Scope.Year).Sum(l => l.Amount));
            }
            Assert.Equal(budget.StatedFigures.Single(f => f.Kind == StatedFigureKind.Grant).Value, PlanFigures.Grant(budget));
            Assert.All(budget.Lines, l => Assert.True(l.Amount > 0 && l.PartCode is not null && l.Organisation is not null));
            // Every line's part and organisation are the plan's own.
            Assert.All(budget.Lines, l => Assert.Contains(l.PartCode, plan.Work.Select(w => w.Code)));
            Assert.All(budget.Lines, l => Assert.Contains(l.Organisation, plan.Organisations.Select(o => o.Name)));
        }
    }

    [Fact]
    public void Funding_shares_are_the_programmes()
    {
        foreach (var plan in Projects.Select(p => p.Plan))
        {
            var profile = ProfileCatalog.For(plan);
            var funding = plan.Budget.Funding;
            Assert.Equal(1m, funding.GrantShare + funding.OwnFundingShare);
            if (profile.Funding.GrantShare is { } fixedShare)
            {
                Assert.Equal(fixedShare, funding.GrantShare);
            }
            if (profile.Funding.MaxGrantShare is { } max)
            {
                Assert.True(funding.GrantShare <= max, $"{plan.Project.Name}: grant share {funding.GrantShare} over the ceiling {max}");
            }
        }
    }

    // Every shipped programme except the generic fallback appears, by its key and by an alias, so the catalogue's spellings are exercised.
    [Fact]
    public void Programmes_come_from_the_profiles_by_key_and_by_alias()
    {
        var keys = Projects.Select(p => p.Plan.Project.Programme!.Key).ToHashSet();
        var profiles = Projects.Select(p => ProfileCatalog.For(p.Plan).Key).ToHashSet();

        Assert.Equal(ProfileCatalog.All.Select(p => p.Key).Where(k => k != ProfileCatalog.GenericKey).Order(), profiles.Order());
        Assert.Contains(keys, k => ProfileCatalog.All.Any(p => p.Aliases.Contains(k)));
        Assert.All(Projects, p => Assert.Equal(ProfileCatalog.For(p.Plan).Name.Fi, p.Plan.Project.Programme!.Name));
    }

    [Fact]
    public void Every_indicator_has_a_baseline_and_a_target_within_the_project()
    {
        foreach (var plan in Projects.Select(p => p.Plan))
        {
            var (start, end) = (plan.Project.Period!.Start!.Value, plan.Project.Period.End!.Value);
            Assert.All(plan.Indicators, i =>
            {
                Assert.NotNull(i.Baseline);
                Assert.NotEmpty(i.Targets);
                Assert.All(i.Targets, t => Assert.InRange(t.Year!.Value, start.Year, end.Year));
                Assert.True(i.Targets[^1].Value is not null || i.Targets[^1].Achieved is true, $"{i.Name}: no final target");
            });
        }
    }

    [Fact]
    public void Actions_and_follow_up_stay_within_the_project_and_the_day_seen()
    {
        foreach (var project in Projects)
        {
            var plan = project.Plan;
            var (start, end) = (plan.Project.Period!.Start!.Value, plan.Project.Period.End!.Value);
            var periods = ReportingCalendar.For(ProfileCatalog.For(plan), plan.Project.Period).Periods.Select(p => p.Code).ToHashSet();
            Assert.All(PlanFigures.Actions(plan), a => Assert.All(a.Action.Schedule.Periods, p =>
            {
                Assert.InRange(p.Start!.Value, start, end);
                Assert.InRange(p.End!.Value, p.Start.Value, end);
            }));
            Assert.All(project.Values, v => Assert.Contains(v.PeriodCode, periods));
            Assert.All(project.Progress, v => Assert.Contains(v.PeriodCode, periods));
            Assert.All(project.Reports.Where(r => r.Kind != ReportKind.Final), r => Assert.Contains(r.PeriodCode, periods));
            Assert.All(project.Costs, c => Assert.InRange(c.BookedOn, start, AsOf));
            Assert.All(project.Values, v => Assert.Contains(v.IndicatorId, plan.Indicators.Select(i => i.Id)));
            // The ledger's key: a row is never there twice.
            Assert.Equal(project.Costs.Count, project.Costs.Select(c => (c.Organisation, c.Voucher, c.Line)).Distinct().Count());
        }
    }

    // The mix a portfolio page needs to have something to show: high risks, late actions, values and reports in every status.
    [Fact]
    public void The_portfolio_has_high_risks_late_actions_and_every_status()
    {
        Assert.Contains(Projects, p => p.Plan.Risks.Any(r => PlanFigures.Score(r)!.Min >= 15));
        Assert.Contains(Projects, p => p.Plan.Risks.All(r => PlanFigures.Score(r)!.Min < 15));
        var statuses = Projects.SelectMany(p => p.Values).GroupBy(v => v.Status).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(4, statuses.Count);
        // Of the periods that have ended most values are approved; a running project's current period is still in
        // drafts (docs/demo-portfolio.md), so drafts are left out of the share.
        var decided = statuses.Where(s => s.Key != VersionStatus.Draft).Sum(s => s.Value);
        Assert.True(statuses[VersionStatus.Approved] > decided / 2,
            $"most values of ended periods are approved: {string.Join(", ", statuses.Select(s => $"{s.Key} {s.Value}"))}");
        Assert.Contains(Projects, p => p.Reports.Any(r => r.Status == VersionStatus.Submitted));
        Assert.Contains(Projects, p => p.Reports.Any(r => r.Status == VersionStatus.Returned && r.Reason is not null));
        // Late: past the action's end and not done.
        Assert.Contains(Projects, p => PlanFigures.Actions(p.Plan).Any(a =>
            a.Action.Schedule.Periods[^1].End < AsOf && p.Progress.Where(x => x.ActionId == a.Action.Id).LastOrDefault()?.Status == ActionStatus.InProgress));
        Assert.Contains(Projects, p => p.Plan.Project.Status == ProjectStatus.Closed);
        // Every county leads or takes part somewhere in a portfolio of this size.
        var named = Projects.SelectMany(p => p.Plan.Organisations.Select(o => o.Name)).ToHashSet();
        Assert.True(PortfolioOrganisations.Counties.Count(c => named.Contains(c.Name)) >= 18);
    }

    // The checks find no error in a generated plan: the sums, shares, codes and links are all consistent.
    [Fact]
    public void The_checker_finds_no_errors()
    {
        foreach (var plan in Projects.Take(20).Select(p => p.Plan))
        {
            var report = PlanChecker.Check(plan);
            Assert.True(report.Errors == 0, $"{plan.Project.Name}: {string.Join("; ", report.Findings.Where(f => f.Severity == FindingSeverity.Error).Select(f => $"{f.Code} {f.Message.Fi}"))}");
        }
    }

    [Fact]
    public void Names_are_made_from_word_lists_and_mostly_distinct()
    {
        var names = PortfolioGenerator.Generate(Spec with { Projects = 500 }).Select(p => p.Plan.Project.Name).ToList();
        Assert.True(names.Distinct().Count() > 480, $"{names.Distinct().Count()} distinct names of 500");
    }
}
