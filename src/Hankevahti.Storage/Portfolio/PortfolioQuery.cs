using Hankevahti.Following;
using Hankevahti.Following.Costs;
using Hankevahti.Following.Values;
using Hankevahti.Following.Actions;
using Hankevahti.People;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Projects;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Storage.Portfolio;

/// <summary>What a portfolio view narrows to, every value as the address gives it, already checked (<see cref="PortfolioFilterText"/>).</summary>
/// <param name="Programme">A catalogue key (<see cref="CatalogueProgramme.Key"/>).</param>
/// <param name="Region">A region's name as the plans write it (compared ignoring case).</param>
/// <param name="Organisation">An organisation's name as the plans and ledgers write it (compared ignoring case).</param>
/// <param name="Year">Money of that year only, of the projects that run or have money in it.</param>
public sealed record PortfolioFilter(string? Programme = null, string? Region = null, string? Organisation = null, int? Year = null)
{
    public static readonly PortfolioFilter None = new();
}

/// <summary>A project as the portfolio lists it.</summary>
public sealed record PortfolioProject(int Id, string Name, CatalogueProgramme Programme, IReadOnlyList<string> Regions, DateOnly? Start, DateOnly? End);

/// <summary>A project's figures in one group: its whole figures, or its share of money of one organisation or year.</summary>
public sealed record PortfolioRow(PortfolioProject Project, string Group, PortfolioFigures Figures);

/// <summary>A group's figures: the sum of its rows (<see cref="PortfolioResult.RowsOf"/>), so a drill-down always adds up to its group.</summary>
public sealed record PortfolioGroup(string Group, PortfolioFigures Figures);

/// <summary>The rows of a view, grouped, with the whole portfolio's figures (each project once).</summary>
public sealed record PortfolioResult(PortfolioDimension Dimension, IReadOnlyList<PortfolioRow> Rows, PortfolioFigures Total, PortfolioChoices Choices)
{
    public IReadOnlyList<PortfolioGroup> Groups { get; } =
        Rows.GroupBy(r => r.Group, StringComparer.Ordinal)
            .Select(g => new PortfolioGroup(g.Key, PortfolioFigures.Sum(g.Select(r => r.Figures))))
            .ToList();

    /// <summary>The rows behind one group's figure: the projects whose share of it is not zero (every project of the group for the count of projects).</summary>
    public IReadOnlyList<PortfolioRow> RowsOf(string? group, PortfolioFigure figure) =>
        Rows.Where(r => (group is null || string.Equals(r.Group, group, StringComparison.Ordinal)) && r.Figures.Value(figure) != 0m).ToList();
}

/// <summary>What the filters may choose among: the values of the projects in scope, before any filter.</summary>
public sealed record PortfolioChoices(IReadOnlyList<CatalogueProgramme> Programmes, IReadOnlyList<string> Regions, IReadOnlyList<string> Organisations, IReadOnlyList<int> Years);

/// <summary>The database's change stamp (<see cref="DatabaseChanges"/>) taken before a portfolio query, and the database it is of.</summary>
public sealed record PortfolioStamp(DatabaseSettings Settings, string Stamp);

/// <summary>
/// The portfolio's figures across the projects a user may see. Money is summed by the database (SQL GROUP BY per
/// project × organisation × year over the query tables and the recorded costs); what needs the plan's rules (an
/// indicator on track, an action late by its date, a report overdue by the programme's calendar, findings) is
/// computed per project in C# from <see cref="PlanFacts"/>, which parses each stored version once per process.
/// Every group's figure is the sum of its projects' rows, so a drill-down adds up to the figure it came from.
/// </summary>
public static class PortfolioQuery
{
    public const string NoGroup = "-";

    /// <summary>
    /// The view of the projects in scope. With <paramref name="stamp"/> (the database's change stamp taken before this
    /// call, <see cref="DatabaseChanges"/>) the whole database's facts are kept between calls until the stamp or the
    /// day moves (<see cref="PortfolioSnapshots"/>); without it every fact in scope is read afresh.
    /// </summary>
    public static async Task<PortfolioResult> RunAsync(HankevahtiDb db, IQueryable<ProjectRow> scope, PortfolioDimension dimension,
        PortfolioFilter filter, DateOnly today, CancellationToken ct = default, PortfolioStamp? stamp = null)
    {
        if (stamp is not null)
        {
            var ids = await PortfolioSnapshots.IdsAsync(scope, ct);
            var snapshot = await PortfolioSnapshots.GetAsync(stamp.Settings, stamp.Stamp, today);
            var sorted = ids.Order().ToArray();
            return snapshot.View(sorted, dimension, filter, () => Compute(snapshot.Entries.Where(e => ids.Contains(e.Project.Id)).ToList(), dimension, filter, today));
        }
        return Compute(PortfolioSnapshot.Of(await PortfolioFactsReader.ReadAsync(db, scope, ct), today).Entries.ToList(), dimension, filter, today);
    }

    /// <summary>
    /// Reads the whole database's facts for the stamp and day, as the first portfolio page would, so that it need not:
    /// at national scale that first read takes half a minute or more (docs/portfolio.md, "Scale").
    /// </summary>
    public static Task WarmAsync(PortfolioStamp stamp, DateOnly today) => PortfolioSnapshots.GetAsync(stamp.Settings, stamp.Stamp, today);

    /// <summary>Whether the facts of this stamp and day are kept and read: a page asking now is answered without reading them.</summary>
    public static bool IsKept(PortfolioStamp stamp, DateOnly today) => PortfolioSnapshots.IsRead(stamp.Settings, stamp.Stamp, today);

    private static PortfolioResult Compute(List<PortfolioEntry> inScope, PortfolioDimension dimension, PortfolioFilter filter, DateOnly today)
    {
        var rows = new List<PortfolioRow>();
        var total = PortfolioFigures.Zero;
        foreach (var entry in inScope)
        {
            if (!Matches(entry, filter))
            {
                continue;
            }
            var money = entry.Money;
            var narrowed = money.Where(m => (filter.Organisation is null || Same(m.Organisation, filter.Organisation))
                && (filter.Year is null || m.Year == filter.Year)).ToList();
            var whole = filter.Organisation is null && filter.Year is null;
            var all = Figures(entry, narrowed, whole, today);
            total = total.Plus(all);
            foreach (var (group, slice) in Groups(dimension, entry, narrowed, filter))
            {
                rows.Add(new PortfolioRow(entry.Project, group, slice is null ? all : Figures(entry, slice, false, today)));
            }
        }
        return new PortfolioResult(dimension, rows, total, ChoicesOf(inScope));
    }

    // The groups a project's row goes into; with the money slices of that group when the dimension splits money (null: all of it).
    private static IEnumerable<(string Group, List<MoneySlice>? Slice)> Groups(PortfolioDimension dimension, PortfolioEntry entry,
        List<MoneySlice> money, PortfolioFilter filter)
    {
        var project = entry.Project;
        switch (dimension)
        {
            case PortfolioDimension.Programme:
                yield return (project.Programme.Key, null);
                break;
            case PortfolioDimension.Region:
                var regions = project.Regions.Where(r => filter.Region is null || Same(r, filter.Region)).ToList();
                foreach (var region in regions.Count == 0 ? [NoGroup] : regions)
                {
                    yield return (region, null);
                }
                break;
            case PortfolioDimension.Organisation:
                var names = entry.Organisations.Select(n => n.Trim())
                    .Concat(money.Select(m => m.Organisation ?? NoGroup))
                    .Where(n => filter.Organisation is null || Same(n, filter.Organisation))
                    .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
                foreach (var name in names)
                {
                    yield return (name, money.Where(m => (m.Organisation ?? NoGroup) == name).ToList());
                }
                break;
            case PortfolioDimension.Year:
                var years = RunningYears(project).Concat(money.Where(m => m.Year is not null).Select(m => m.Year!.Value))
                    .Where(y => filter.Year is null || y == filter.Year).Distinct().Order().Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
                if (money.Any(m => m.Year is null))
                {
                    years.Add(NoGroup);
                }
                foreach (var year in years)
                {
                    yield return (year, money.Where(m => (m.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? NoGroup) == year).ToList());
                }
                break;
            default:
                yield return (project.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), null);
                break;
        }
    }

    private static PortfolioFigures Figures(PortfolioEntry entry, List<MoneySlice> slice, bool whole, DateOnly today)
    {
        var (project, all, funding, counts) = (entry.Project, entry.Money, entry.Funding, entry.Counts);
        var budget = slice.Sum(m => m.Budget);
        var actual = slice.Sum(m => m.Actual);
        var allBudget = all.Sum(m => m.Budget);
        decimal Share(decimal? amount) => amount is not { } a ? 0m
            : whole ? a
            : allBudget == 0m ? 0m
            : Math.Round(a * budget / allBudget, 2, MidpointRounding.AwayFromZero);
        // A forecast is entered per part and category, not per organisation or year: it is shown for whole projects only.
        var forecast = !whole ? 0m
            : entry.Forecast is { } entered ? entered
            : StraightLine.Project(actual, StraightLine.ElapsedShare(new Hankevahti.Plans.DateRange { Start = project.Start, End = project.End }, today)) ?? actual;
        return new PortfolioFigures(1, budget, Share(funding.Grant), Share(funding.Own), actual, forecast,
            counts.OnTrack, counts.Behind, counts.Late, counts.Overdue, counts.Pending, counts.HighRisks, counts.Errors, counts.Warnings, counts.Infos);
    }

    /// <summary>The score from which a risk is high: likelihood × impact on the 1–5 scales.</summary>
    public const int HighRiskScore = 15;

    internal static ProjectCounts Counts(int projectId, PortfolioFacts facts, DateOnly today)
    {
        var plan = facts.Plans.GetValueOrDefault(projectId) ?? PlanFacts.Unreadable;
        var values = facts.Values.GetValueOrDefault(projectId, []);
        var statuses = plan.Indicators.Select(i => IndicatorProgressRule.For(i, values, plan.Periods, plan.Period, plan.Profile.Progress).Status).ToList();
        var late = ActionStates.Of(plan.Actions, facts.Actions.GetValueOrDefault(projectId, []), today, plan.Periods).Count(a => a.IsLate);
        var reports = facts.StatusReports.GetValueOrDefault(projectId, []);
        // The kept calendar has the shipped profile's due dates; the funder's (reporting_terms) are applied here.
        var overdue = facts.Terms.Periods(plan.Profile, plan.Periods).Count(p => ReportingCalendar.StatusOf(p,
            reports.FirstOrDefault(r => string.Equals(r.Period, p.Code, StringComparison.OrdinalIgnoreCase))?.Status, today) == PeriodStatus.Overdue);
        var order = plan.Periods.Select((p, i) => (p.Code, i)).DistinctBy(x => x.Code, StringComparer.OrdinalIgnoreCase).ToDictionary(x => x.Code, x => x.i, StringComparer.OrdinalIgnoreCase);
        var assessed = facts.Risks.GetValueOrDefault(projectId, [])
            .GroupBy(r => r.RiskId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(r => order.GetValueOrDefault(r.PeriodCode, -1)).ThenBy(r => r.PeriodCode, StringComparer.Ordinal).Last());
        // The latest reassessment stands for the risk; a risk never reassessed keeps the plan's score (its upper end).
        var high = plan.Risks.Count(r => (assessed.TryGetValue(r.RiskId, out var a) ? a.Likelihood * a.Impact : r.Score ?? 0m) >= HighRiskScore);
        var dismissed = facts.Dismissed.GetValueOrDefault(projectId);
        var open = plan.Findings.Where(f => dismissed is null || !dismissed.Contains(f.Key)).ToList();
        return new ProjectCounts(
            statuses.Count(s => s == ProgressStatus.OnTrack), statuses.Count(s => s == ProgressStatus.Behind), late, overdue,
            facts.Pending.GetValueOrDefault(projectId), high,
            open.Count(f => f.Severity == Hankevahti.Checks.FindingSeverity.Error),
            open.Count(f => f.Severity == Hankevahti.Checks.FindingSeverity.Warning),
            open.Count(f => f.Severity == Hankevahti.Checks.FindingSeverity.Info));
    }

    private static bool Matches(PortfolioEntry entry, PortfolioFilter filter)
    {
        var project = entry.Project;
        if (filter.Programme is { } programme && !string.Equals(project.Programme.Key, programme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        if (filter.Region is { } region && !project.Regions.Any(r => Same(r, region)))
        {
            return false;
        }
        var money = entry.Money;
        if (filter.Organisation is { } organisation && !entry.Organisations.Any(n => Same(n, organisation))
            && !money.Any(m => Same(m.Organisation, organisation)))
        {
            return false;
        }
        return filter.Year is not { } year || RunningYears(project).Contains(year) || money.Any(m => m.Year == year);
    }

    private static PortfolioChoices ChoicesOf(List<PortfolioEntry> entries) => new(
        entries.Select(e => e.Project.Programme).Where(p => p.Key != ProgrammeCatalogue.None).DistinctBy(p => p.Key).OrderBy(p => p.NameFi, StringComparer.Ordinal).ToList(),
        entries.SelectMany(e => e.Project.Regions).Select(r => r.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList(),
        entries.SelectMany(e => e.Organisations).Concat(entries.SelectMany(e => e.Money).Select(m => m.Organisation).OfType<string>())
            .Select(n => n.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList(),
        entries.SelectMany(e => RunningYears(e.Project)).Concat(entries.SelectMany(e => e.Money).Select(m => m.Year).OfType<int>()).Distinct().Order().ToList());

    /// <summary>The years a project's period touches (at most 30, against a mistyped end).</summary>
    private static IEnumerable<int> RunningYears(PortfolioProject project) =>
        project.Start is { } s && project.End is { } e && e >= s ? Enumerable.Range(s.Year, Math.Min(e.Year - s.Year, 30) + 1) : [];

    internal static bool Same(string? a, string? b) => string.Equals(a?.Trim(), b?.Trim(), StringComparison.OrdinalIgnoreCase);
}
