using Hankevahti.Checks.Profiles;
using Hankevahti.Following;
using Hankevahti.People;
using Hankevahti.Plans;

namespace Hankevahti.Demo.Portfolio;

/// <summary>
/// What was recorded while a synthetic project ran, up to the day seen: indicator values per period and
/// organisation (mostly approved, the newest period still waiting), a ledger row per budget line and month
/// (spend around plan, a few rows on no work part), action status per period (some past their end and not done),
/// and reports per period (the newest often submitted or returned, some periods with none).
/// </summary>
internal static class PortfolioFollowUps
{
    public static (List<GeneratedValue> Values, List<GeneratedCost> Costs, List<GeneratedProgress> Progress, List<GeneratedReport> Reports)
        Make(PortfolioRandom random, Plan plan, DateOnly asOf)
    {
        var period = plan.Project.Period!;
        var (start, end) = (period.Start!.Value, period.End!.Value);
        var calendar = ReportingCalendar.For(ProfileCatalog.For(plan), period).Periods;
        var ended = calendar.Where(p => p.End < asOf).ToList();
        var current = calendar.FirstOrDefault(p => p.Contains(asOf));
        // How well this project does: its values move this share of the planned way, it spends this share of its budget.
        var performance = random.Decimal(0.55m, 1.15m);
        var spend = random.Decimal(0.7m, 1.1m);
        return (Values(random, plan, ended, current, start, end, performance, asOf),
            Costs(random, plan, start, end, spend, asOf),
            Progress(random, plan, ended, current, asOf),
            Reports(random, ended, end, asOf));
    }

    private static List<GeneratedValue> Values(PortfolioRandom random, Plan plan, List<ProjectPeriod> ended, ProjectPeriod? current,
        DateOnly start, DateOnly end, decimal performance, DateOnly asOf)
    {
        var values = new List<GeneratedValue>();
        var implementers = plan.Organisations.Where(o => o.Roles.Contains(OrganisationRole.LeadApplicant) || o.Roles.Contains(OrganisationRole.CoImplementer))
            .Select(o => o.Name).ToList();
        var span = (decimal)(end.DayNumber - start.DayNumber);
        var periods = ended.Select(p => (Period: p, Ended: true)).ToList();
        // Values are entered as they are measured, so a running project has its current period's as drafts already
        // (all but one in ten projects, which enter theirs only once the period has ended).
        if (current is not null && random.Chance(0.9))
        {
            periods.Add((current, false));
        }
        foreach (var (p, isEnded) in periods)
        {
            var newest = isEnded && p == ended[^1];
            var share = Math.Clamp((p.End.DayNumber - start.DayNumber) / span, 0m, 1m) * performance;
            foreach (var indicator in plan.Indicators)
            {
                // The project records every indicator as a whole; each implementing organisation also records its own figure of the measured ones.
                var organisations = indicator.Kind == IndicatorKind.YesNo ? [""] : new List<string> { "" }.Concat(implementers);
                foreach (var organisation in organisations)
                {
                    var (number, yesNo) = Measure(random, indicator, share);
                    var status = !isEnded ? VersionStatus.Draft : Status(random, newest);
                    var recorded = Min(p.End.AddDays(random.Int(5, 40)), asOf);
                    values.Add(new GeneratedValue(indicator.Id, p.Code, organisation, number, yesNo,
                        random.Chance(0.4) ? random.Pick(PortfolioWords.ValueComments) : null, status,
                        status == VersionStatus.Returned ? random.Pick(PortfolioWords.ReturnReasons) : null, recorded));
                }
            }
        }
        return values;
    }

    // A value on the way from the baseline to the final target, as far as the project has come, with noise.
    private static (decimal? Number, bool? YesNo) Measure(PortfolioRandom random, Indicator indicator, decimal share)
    {
        if (indicator.Kind == IndicatorKind.YesNo)
        {
            return (null, share > 0.8m && random.Chance(0.8));
        }
        var baseline = indicator.Baseline?.Value ?? 0m;
        var target = indicator.Targets[^1].Value ?? baseline;
        var value = baseline + (target - baseline) * share * random.Decimal(0.85m, 1.15m);
        return indicator.Kind switch
        {
            IndicatorKind.Percentage => (Math.Clamp(Math.Round(value, 1, MidpointRounding.AwayFromZero), 0m, 100m), null),
            IndicatorKind.SelfAssessment => (Math.Clamp(Math.Round(value, 0, MidpointRounding.AwayFromZero), 1m, 5m), null),
            _ => (Math.Max(0m, Math.Round(value, 0, MidpointRounding.AwayFromZero)), null),
        };
    }

    // Older periods' values are nearly all approved; the newest period's are still on their way.
    private static VersionStatus Status(PortfolioRandom random, bool newest)
    {
        var roll = random.Double();
        return newest
            ? roll switch { < 0.45 => VersionStatus.Approved, < 0.8 => VersionStatus.Submitted, < 0.92 => VersionStatus.Draft, _ => VersionStatus.Returned }
            : roll switch { < 0.92 => VersionStatus.Approved, < 0.96 => VersionStatus.Submitted, < 0.98 => VersionStatus.Returned, _ => VersionStatus.Draft };
    }

    private static readonly Dictionary<CostCategory, (string Account, string Name)> Accounts = new()
    {
        [CostCategory.PersonnelHired] = ("4010", "Kuukausipalkat"),
        [CostCategory.ServicesExpert] = ("4330", "Asiantuntijapalvelut"),
        [CostCategory.ServicesTravel] = ("4390", "Matkustuspalvelut"),
        [CostCategory.ServicesTraining] = ("4360", "Koulutuspalvelut"),
        [CostCategory.ServicesOther] = ("4400", "Muut palvelujen ostot"),
        [CostCategory.Materials] = ("4510", "Toimistotarvikkeet"),
        [CostCategory.Rents] = ("4810", "Vuokrat"),
        [CostCategory.Other] = ("4900", "Muut toimintakulut"),
    };

    // Rows per budget line and month that has passed (personnel as pay and its side costs, purchases as one to three
    // invoices), each organisation's
    // rows of a month under one voucher; one row in a hundred on a cost centre mapped to no work part.
    private static List<GeneratedCost> Costs(PortfolioRandom random, Plan plan, DateOnly start, DateOnly end, decimal spend, DateOnly asOf)
    {
        var costs = new List<GeneratedCost>();
        var lastMonth = Min(new DateOnly(asOf.Year, asOf.Month, 1).AddDays(-1), end);
        var byOrganisation = plan.Budget.Lines.GroupBy(l => l.Organisation!).ToList();
        for (var month = start; month <= lastMonth; month = month.AddMonths(1))
        {
            var monthsThisYear = PortfolioPlans.MonthsIn(month.Year, start, end);
            foreach (var group in byOrganisation)
            {
                var organisation = plan.Organisations.First(o => o.Name == group.Key);
                var voucher = $"{month:yyyyMM}-{organisation.Id}";
                var line = 0;
                foreach (var budgetLine in group.Where(l => l.Year == month.Year))
                {
                    var monthly = budgetLine.Amount / monthsThisYear * spend * random.Decimal(0.8m, 1.2m);
                    var (account, accountName) = Accounts[budgetLine.Category];
                    var unmapped = random.Chance(0.01);
                    var centre = unmapped ? "9999" : $"{organisation.ShortName}-{budgetLine.PartCode}";
                    var part = unmapped ? null : budgetLine.PartCode;
                    var day = Math.Min(DateTime.DaysInMonth(month.Year, month.Month), random.Int(1, 31));
                    var bookedOn = new DateOnly(month.Year, month.Month, day);
                    if (budgetLine.Category == CostCategory.PersonnelHired)
                    {
                        // Pay and the employer's side costs, about 22 % on top of it, booked on the month's last day.
                        var pay = Math.Round(monthly * 0.82m, 2, MidpointRounding.AwayFromZero);
                        var side = Math.Round(monthly, 2, MidpointRounding.AwayFromZero) - pay;
                        var last = new DateOnly(month.Year, month.Month, DateTime.DaysInMonth(month.Year, month.Month));
                        costs.Add(new GeneratedCost(group.Key, voucher, ++line, last, account, accountName, centre, part, budgetLine.Category, pay, "Palkat"));
                        costs.Add(new GeneratedCost(group.Key, voucher, ++line, last, "4110", "Henkilösivukulut", centre, part, budgetLine.Category, side, "Sivukulut"));
                        continue;
                    }
                    // Purchases come as one to three invoices a month.
                    var invoices = random.Int(1, 3);
                    var left = Math.Round(monthly, 2, MidpointRounding.AwayFromZero);
                    for (var n = 1; n <= invoices; n++)
                    {
                        var amount = n == invoices ? left : Math.Round(left * random.Decimal(0.2m, 0.6m), 2, MidpointRounding.AwayFromZero);
                        left -= amount;
                        costs.Add(new GeneratedCost(group.Key, voucher, ++line, bookedOn.AddDays(-Math.Min(bookedOn.Day - 1, n - 1)), account, accountName, centre, part,
                            budgetLine.Category, amount, budgetLine.Label ?? accountName));
                    }
                }
            }
        }
        return costs;
    }

    // Each action's status for the periods it has run in up to the day seen: the share of it done by the period's end,
    // times how well it goes; one that reaches its end short of done stays in progress (late by itself), a few are cancelled.
    private static List<GeneratedProgress> Progress(PortfolioRandom random, Plan plan, List<ProjectPeriod> ended, ProjectPeriod? current, DateOnly asOf)
    {
        var progress = new List<GeneratedProgress>();
        var periods = current is null ? ended : [.. ended, current];
        foreach (var part in plan.Work)
        {
            foreach (var action in part.Actions)
            {
                var from = action.Schedule.Periods[0].Start!.Value;
                var to = action.Schedule.Periods[^1].End!.Value;
                var pace = random.Decimal(0.6m, 1.25m);
                var cancelled = random.Chance(0.02);
                foreach (var p in periods.Where(p => p.End >= from && p.Start <= asOf))
                {
                    var at = Min(p.End, asOf);
                    var share = Math.Clamp((decimal)(at.DayNumber - from.DayNumber) / Math.Max(1, to.DayNumber - from.DayNumber) * pace, 0m, 1m);
                    var percent = (int)Math.Round(share * 100m, MidpointRounding.AwayFromZero);
                    var status = cancelled && p.End >= to ? ActionStatus.Cancelled
                        : percent >= 100 ? ActionStatus.Done
                        : percent == 0 ? ActionStatus.NotStarted
                        : ActionStatus.InProgress;
                    var note = status == ActionStatus.InProgress && at >= to ? random.Pick(PortfolioWords.Deviations) : null;
                    progress.Add(new GeneratedProgress(action.Id, p.Code, status, status == ActionStatus.Cancelled ? percent : Math.Min(percent, 100), note,
                        Min(p.End.AddDays(random.Int(1, 20)), asOf)));
                    if (status is ActionStatus.Done or ActionStatus.Cancelled)
                    {
                        break;
                    }
                }
            }
        }
        return progress;
    }

    // A status report and a payment claim per ended period, and the final report once the project has ended.
    private static List<GeneratedReport> Reports(PortfolioRandom random, List<ProjectPeriod> ended, DateOnly end, DateOnly asOf)
    {
        var reports = new List<GeneratedReport>();
        foreach (var p in ended)
        {
            var newest = p == ended[^1];
            foreach (var kind in new[] { ReportKind.Status, ReportKind.Claim })
            {
                var roll = random.Double();
                VersionStatus? status = newest
                    ? roll switch { < 0.3 => VersionStatus.Approved, < 0.65 => VersionStatus.Submitted, < 0.75 => VersionStatus.Returned, _ => null }
                    : roll switch { < 0.9 => VersionStatus.Approved, < 0.95 => VersionStatus.Submitted, _ => null };
                if (status is { } s)
                {
                    reports.Add(Report(random, kind, p.Code, s, Min(p.End.AddDays(random.Int(15, 60)), asOf)));
                }
            }
        }
        if (end < asOf && random.Double() is var final && final < 0.8)
        {
            reports.Add(Report(random, ReportKind.Final, "", final < 0.3 ? VersionStatus.Approved : VersionStatus.Submitted, Min(end.AddDays(random.Int(30, 90)), asOf)));
        }
        return reports;
    }

    private static GeneratedReport Report(PortfolioRandom random, ReportKind kind, string period, VersionStatus status, DateOnly on) =>
        new(kind, period, status, random.Pick(PortfolioWords.DoneTexts), random.Pick(PortfolioWords.Deviations), random.Pick(PortfolioWords.NextTexts),
            status == VersionStatus.Returned ? random.Pick(PortfolioWords.ReturnReasons) : null, on);

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
