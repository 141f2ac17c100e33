using Hankevahti.Checks.Profiles;
using Hankevahti.Export.Iati;
using Hankevahti.Following;
using Hankevahti.People;
using Hankevahti.Plans;
using Hankevahti.Tests.Import;

namespace Hankevahti.Tests.Export.Iati;

/// <summary>
/// A seed plan with a follow-up made at test time: costs for each organisation over the project's months
/// (odd cents, a correction or two), values in every status for each indicator, a reassessed risk.
/// </summary>
internal static class IatiTestProjects
{
    public static readonly IatiOptions Options = new() { ReportingOrgReference = "FI-PRO-1234567-8", ReportingOrgName = "Testiministeriö" };
    public static readonly DateTimeOffset Generated = new(2026, 12, 7, 1, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// The shipped demo plan besides the three seeds: the seeds have no yearly budget lines, targets or baselines,
    /// and two have no dates, so only the demo plan makes the export write budgets, baselines and targets.
    /// </summary>
    public const string Demo = "demo";

    public static readonly string[] All = [.. Hankevahti.Tests.Support.Seeds.All, Demo];

    public static IatiProject Seed(string seed, int id = 7)
    {
        var plan = seed == Demo ? Hankevahti.Demo.DemoPlan.Load() : SeedImports.Plan(seed);
        return Project(plan, FollowUpFor(plan, seed.GetHashCode(StringComparison.Ordinal)), id);
    }

    public static IatiProject Project(Plan plan, FollowUp followUp, int id = 7) =>
        new(id, plan, followUp, ReportingCalendar.For(ProfileCatalog.For(plan), plan.Project.Period));

    public static FollowUp FollowUpFor(Plan plan, int seed)
    {
        var random = new Random(seed);
        var start = plan.Project.Period?.Start ?? new DateOnly(2025, 1, 1);
        var end = plan.Project.Period?.End ?? start.AddMonths(23);
        var organisations = plan.Organisations.Select(o => o.Name).Where(n => n.Length > 0).DefaultIfEmpty("Hakija").Take(4).ToList();
        var categories = Enum.GetValues<CostCategory>();
        var costs = new List<CostAmount>();
        for (var month = new DateOnly(start.Year, start.Month, 1); month <= end && costs.Count < 400; month = month.AddMonths(1))
        {
            foreach (var organisation in organisations)
            {
                var amount = random.Next(1_000_00, 90_000_00) / 100m;
                costs.Add(new CostAmount(organisation, null, categories[random.Next(categories.Length)], month, amount));
            }
        }
        // A correction (a negative row) and a row that nets a month to zero: both must stay in the sum.
        costs.Add(costs[0] with { Amount = -123.45m });
        costs.Add(new CostAmount(organisations[0], null, CostCategory.Other, new DateOnly(start.Year, start.Month, 1).AddMonths(1), 0.01m));

        var calendar = ReportingCalendar.For(ProfileCatalog.For(plan), plan.Project.Period);
        var periods = calendar.Periods.Select(p => p.Code).DefaultIfEmpty(start.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var values = new List<MeasuredValue>();
        foreach (var indicator in plan.Indicators)
        {
            var yesNo = indicator.Kind == IndicatorKind.YesNo;
            values.Add(Value(indicator, periods[0], "", yesNo, 12.5m, VersionStatus.Approved));
            values.Add(Value(indicator, periods[^1], "", yesNo, 99m, VersionStatus.Draft));
            values.Add(Value(indicator, periods[^1], organisations[0], yesNo, 98m, VersionStatus.Submitted));
            values.Add(Value(indicator, periods[0], organisations[0], yesNo, 3m, VersionStatus.Approved));
            values.Add(Value(indicator, periods[0], organisations[^1] + " x", yesNo, 97m, VersionStatus.Returned));
        }
        var risks = plan.Risks.Take(1).Select(r => new RiskAssessment(r.Id, periods[0], 4, 5, "kasvoi")).ToList();
        return new FollowUp(values, costs, [], [], [], risks);
    }

    private static MeasuredValue Value(Indicator indicator, string period, string organisation, bool yesNo, decimal number, VersionStatus status) =>
        new(indicator.Id, period, organisation, yesNo ? null : number, yesNo ? number > 50 : null, $"arvo {number}", status,
            status == VersionStatus.Returned ? "tarkista" : null);
}
