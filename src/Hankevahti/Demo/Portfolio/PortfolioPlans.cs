using System.Globalization;
using Hankevahti.Checks.Profiles;
using Hankevahti.Figures;
using Hankevahti.Plans;

namespace Hankevahti.Demo.Portfolio;

/// <summary>
/// Makes the plan of one synthetic project with the real plan model: programme from the shipped profiles (by key,
/// and now and then by an alias), a lead organisation and co-implementers, work parts with scheduled actions,
/// budget lines per part × organisation × category × year, funding by the profile's shares, indicators with
/// baselines and yearly targets, rated risks. Totals are stated as the sums of the lines, so the checks find them equal.
/// </summary>
internal static class PortfolioPlans
{
    // Programme keys and how often each is drawn (percent): the structural reform and RRF fund most projects.
    private static readonly (string Key, int Weight)[] Programmes =
        [("rakenneuudistus", 35), ("rrf", 25), ("tulevaisuuden-sote-keskus", 20), ("hyvan-tyon-ohjelma", 20)];

    private static readonly CostCategory[] OtherCategories =
    [
        CostCategory.ServicesExpert, CostCategory.ServicesTravel, CostCategory.ServicesTraining, CostCategory.ServicesOther,
        CostCategory.Materials, CostCategory.Rents, CostCategory.Other,
    ];

    public static Plan Make(PortfolioRandom random, int index, DateOnly asOf)
    {
        var profile = ProfileCatalog.For(PickProgramme(random));
        // Keys as the plans write them: mostly the profile's key, sometimes an alias, so the catalogue's aliases are exercised.
        var key = profile.Aliases.Count > 0 && random.Chance(0.25) ? random.Pick(profile.Aliases) : profile.Key;

        // Most projects started about two years before the day seen; some a year or less ago, some have ended.
        var startMonth = random.Chance(0.12) ? random.Int(3, 12) : random.Int(18, 30);
        var start = new DateOnly(asOf.Year, asOf.Month, 1).AddMonths(-startMonth);
        var months = random.Int(24, 40);
        var end = start.AddMonths(months).AddDays(-1);

        var lead = random.Pick(PortfolioOrganisations.Leads);
        var others = random.PickDistinct(PortfolioOrganisations.All.Where(o => o != lead).ToList(), random.Int(1, 4));
        var organisations = new List<PortfolioOrganisation> { lead };
        organisations.AddRange(others);

        var parts = Parts(random, organisations, start, end);
        var lines = BudgetLines(random, parts, organisations, start, end);
        var (grantShare, ownShare) = Shares(random, profile);
        var budget = new Budget { Lines = lines, Funding = new Funding { GrantShare = grantShare, OwnFundingShare = ownShare } };
        var total = PlanFigures.Total(budget);
        budget = budget with { StatedFigures = Stated(budget, total) };
        var indicators = Indicators(random, start, end);
        var brand = random.Pick(PortfolioWords.BrandStarts) + random.Pick(PortfolioWords.BrandEnds);
        var theme = $"{random.Pick(PortfolioWords.Themes)} {random.Pick(PortfolioWords.ThemeActs)}";

        return new Plan
        {
            Project = new Project
            {
                Name = $"{brand} – {theme} ({lead.ShortName})",
                ShortName = $"{brand.ToUpperInvariant()[..4]}-{index + 1}",
                Programme = new Programme
                {
                    Key = key,
                    Name = profile.Name.Fi,
                    Call = $"Valtionavustushaku {start.Year - 1}",
                    Pillar = profile.Key is "rrf" or "rakenneuudistus" ? random.Int(1, 4).ToString(CultureInfo.InvariantCulture) : null,
                    Funder = PortfolioOrganisations.Funder,
                },
                Regions = organisations.Select(o => o.Name).ToList(),
                Period = new DateRange { Start = start, End = end, Text = $"{start:d.M.yyyy}–{end:d.M.yyyy}" },
                Status = end < asOf ? ProjectStatus.Closed : ProjectStatus.Running,
                CaseNumber = $"VN/{random.Int(1000, 29999)}/{start.Year - 1}",
            },
            Sections = profile.RequiredSections.Select((s, i) => new Section
            {
                Id = $"s{i + 1}", Number = $"{i + 1}.", Title = s.Name.Fi, Kind = s.Kinds[0],
                Text = $"{s.Name.Fi}: {theme} alueella {lead.ShortName}.",
            }).ToList(),
            Goals =
            [
                new Goal { Id = "g1", Level = GoalLevel.Overall, Text = $"Tavoitteena on {theme}.", IndicatorIds = indicators.Select(x => x.Id).ToList() },
            ],
            Work = parts,
            Indicators = indicators,
            Organisations = PlanOrganisations(organisations, lines, grantShare),
            Budget = budget,
            Risks = Risks(random),
        };
    }

    private static string PickProgramme(PortfolioRandom random)
    {
        var roll = random.Int(1, Programmes.Sum(p => p.Weight));
        foreach (var (key, weight) in Programmes)
        {
            roll -= weight;
            if (roll <= 0)
            {
                return key;
            }
        }
        return Programmes[^1].Key;
    }

    // The profile's fixed shares; under a ceiling (the structural reform's at most 80 %) mostly the ceiling, sometimes
    // less; where the profile fixes nothing, three quarters as grant, the usual share of the ministry's grants.
    private static (decimal Grant, decimal Own) Shares(PortfolioRandom random, ProgrammeProfile profile)
    {
        if (profile.Funding.GrantShare is { } grant)
        {
            return (grant, profile.Funding.OwnFundingShare ?? 1m - grant);
        }
        if (profile.Funding.MaxGrantShare is { } max)
        {
            var share = random.Chance(0.7) ? max : Math.Min(max, 0.75m);
            return (share, 1m - share);
        }
        return (0.75m, 0.25m);
    }

    private static List<WorkPart> Parts(PortfolioRandom random, List<PortfolioOrganisation> organisations, DateOnly start, DateOnly end)
    {
        var count = random.Int(2, 5);
        var workPackages = random.Chance(0.6);
        var titles = random.PickDistinct(PortfolioWords.PartObjects, count);
        var parts = new List<WorkPart>();
        var span = end.DayNumber - start.DayNumber;
        for (var p = 0; p < count; p++)
        {
            var code = workPackages ? $"TP{p + 1}" : $"{p + 1}";
            var responsible = organisations[p % organisations.Count].Name;
            var actions = new List<WorkAction>();
            var actionCount = random.Int(2, 5);
            var actionTitles = random.PickDistinct(PortfolioWords.ActionTitles, actionCount);
            for (var a = 0; a < actionCount; a++)
            {
                // Actions follow each other through the part, overlapping a little; the last runs to the end.
                var from = start.AddDays(span * a / actionCount + random.Int(0, 40));
                var to = a == actionCount - 1 ? end : DateOnly.FromDayNumber(Math.Min(end.DayNumber, from.DayNumber + random.Int(90, 360)));
                var title = actionTitles[a] == "Pilotointi ensimmäisellä alueella"
                    ? $"Pilotointi: {random.Pick(PortfolioWords.Units)} {random.Pick(PortfolioWords.Places)}"
                    : actionTitles[a];
                actions.Add(new WorkAction
                {
                    Id = $"a{p + 1}-{a + 1}",
                    Code = $"{code}.{a + 1}",
                    Title = title,
                    Responsible = random.Person(),
                    Schedule = new Schedule { Status = ScheduleStatus.Known, Periods = Quarters(from, to) },
                });
            }
            parts.Add(new WorkPart
            {
                Id = $"w{p + 1}",
                Code = code,
                Kind = workPackages ? WorkPartKind.WorkPackage : WorkPartKind.Part,
                KindLabel = workPackages ? "Työpaketti" : "Osa-alue",
                Title = $"{titles[p]} {random.Pick(PortfolioWords.PartActs)}",
                Responsible = responsible,
                Actions = actions,
            });
        }
        return parts;
    }

    // The quarters an action runs in, as a Gantt chart of quarters marks them; the first and last cut to the action's dates.
    private static List<SchedulePeriod> Quarters(DateOnly from, DateOnly to)
    {
        var periods = new List<SchedulePeriod>();
        var q = new DateOnly(from.Year, (from.Month - 1) / 3 * 3 + 1, 1);
        while (q <= to)
        {
            var qEnd = q.AddMonths(3).AddDays(-1);
            periods.Add(new SchedulePeriod
            {
                Label = $"{q.Year} Q{(q.Month + 2) / 3}",
                Granularity = PeriodGranularity.Quarter,
                Start = q < from ? from : q,
                End = qEnd > to ? to : qEnd,
                Note = "x",
            });
            q = q.AddMonths(3);
        }
        return periods;
    }

    // Lines per work part × organisation × category × year: each organisation in the parts it is responsible for
    // (and the lead in the first, which holds the coordination), personnel in every one and one to three other categories.
    private static List<BudgetLine> BudgetLines(PortfolioRandom random, List<WorkPart> parts, List<PortfolioOrganisation> organisations, DateOnly start, DateOnly end)
    {
        var lines = new List<BudgetLine>();
        var pairs = new List<(WorkPart Part, PortfolioOrganisation Organisation)>();
        for (var p = 0; p < parts.Count; p++)
        {
            pairs.Add((parts[p], organisations[p % organisations.Count]));
        }
        if (pairs.All(x => x.Organisation != organisations[0]))
        {
            pairs.Insert(0, (parts[0], organisations[0]));
        }
        // Organisations left without a part (more co-implementers than parts) take part in one.
        foreach (var organisation in organisations.Where(o => pairs.All(x => x.Organisation != o)).ToList())
        {
            pairs.Add((random.Pick(parts), organisation));
        }
        foreach (var (part, organisation) in pairs)
        {
            var categories = new List<CostCategory> { CostCategory.PersonnelHired };
            categories.AddRange(random.PickDistinct(OtherCategories, random.Int(1, 3)));
            var personYears = random.Decimal(0.5m, 3m, 1);
            var salary = random.Int(52, 68) * 1000m;
            foreach (var category in categories)
            {
                var yearly = category == CostCategory.PersonnelHired ? personYears * salary : random.Int(20, 400) * 100m;
                for (var year = start.Year; year <= end.Year; year++)
                {
                    var months = MonthsIn(year, start, end);
                    var amount = Math.Round(yearly * months / 12m / 100m, 0, MidpointRounding.AwayFromZero) * 100m;
                    if (amount <= 0)
                    {
                        continue;
                    }
                    lines.Add(new BudgetLine
                    {
                        Id = $"b{lines.Count + 1}",
                        PartCode = part.Code,
                        Organisation = organisation.Name,
                        Category = category,
                        Label = CategoryLabel(category),
                        Year = year,
                        Kind = FigureKind.Planned,
                        Amount = amount,
                        PersonYears = category == CostCategory.PersonnelHired ? Math.Round(personYears * months / 12m, 2) : null,
                    });
                }
            }
        }
        return lines;
    }

    /// <summary>How many months of <paramref name="year"/> the project runs (whole months: projects start on a 1st and end on a last day).</summary>
    public static int MonthsIn(int year, DateOnly start, DateOnly end)
    {
        var from = year == start.Year ? start.Month : 1;
        var to = year == end.Year ? end.Month : 12;
        return Math.Max(0, to - from + 1);
    }

    public static string CategoryLabel(CostCategory category) => category switch
    {
        CostCategory.PersonnelHired => "Palkkakustannukset",
        CostCategory.ServicesExpert => "Asiantuntijapalvelut",
        CostCategory.ServicesTravel => "Matkat",
        CostCategory.ServicesTraining => "Koulutus",
        CostCategory.ServicesOther => "Muut ostopalvelut",
        CostCategory.Materials => "Aineet ja tarvikkeet",
        CostCategory.Rents => "Vuokrat",
        _ => "Muut kustannukset",
    };

    // What the plan states of its budget: the total and a subtotal per year, the funding in euros and shares; each
    // the sum the lines give, as a careful applicant writes them.
    private static List<StatedFigure> Stated(Budget budget, decimal total)
    {
        var stated = new List<StatedFigure>
        {
            new() { Kind = StatedFigureKind.Total, Scope = new FigureScope { Kind = FigureKind.Planned }, Value = total, Text = Euros(total) },
        };
        foreach (var year in budget.Lines.Select(l => l.Year!.Value).Distinct().Order())
        {
            var sum = budget.Lines.Where(l => l.Year == year).Sum(l => l.Amount);
            stated.Add(new StatedFigure { Kind = StatedFigureKind.Subtotal, Scope = new FigureScope { Year = year, Kind = FigureKind.Planned }, Value = sum, Text = Euros(sum) });
        }
        if (PlanFigures.Grant(budget) is { } grant)
        {
            stated.Add(new StatedFigure { Kind = StatedFigureKind.Grant, Value = grant, Text = Euros(grant) });
            stated.Add(new StatedFigure { Kind = StatedFigureKind.GrantShare, Value = budget.Funding.GrantShare!.Value, Text = Percent(budget.Funding.GrantShare!.Value) });
        }
        if (PlanFigures.OwnFunding(budget) is { } own)
        {
            stated.Add(new StatedFigure { Kind = StatedFigureKind.OwnFunding, Value = own, Text = Euros(own) });
            stated.Add(new StatedFigure { Kind = StatedFigureKind.OwnFundingShare, Value = budget.Funding.OwnFundingShare!.Value, Text = Percent(budget.Funding.OwnFundingShare!.Value) });
        }
        return stated;
    }

    private static readonly CultureInfo Finnish = CultureInfo.GetCultureInfo("fi-FI");

    private static string Euros(decimal amount) => amount.ToString("#,##0.##", Finnish) + " €";

    private static string Percent(decimal share) => (share * 100m).ToString("0.##", Finnish) + " %";

    private static List<Organisation> PlanOrganisations(List<PortfolioOrganisation> organisations, List<BudgetLine> lines, decimal grantShare)
    {
        var list = organisations.Select((o, i) => new Organisation
        {
            Id = $"o{i + 1}",
            Name = o.Name,
            ShortName = o.ShortName,
            Roles = i == 0 ? [OrganisationRole.LeadApplicant, OrganisationRole.Administrator] : [OrganisationRole.CoImplementer],
            RoleText = i == 0 ? "Päähakija ja hallinnoija" : "Osatoteuttaja",
            // A co-implementer's part of the grant: the grant share of its own budget lines.
            GrantTransfer = i == 0 ? null : Math.Round(lines.Where(l => l.Organisation == o.Name).Sum(l => l.Amount) * grantShare, 2, MidpointRounding.AwayFromZero),
        }).ToList();
        list.Add(new Organisation { Id = $"o{list.Count + 1}", Name = PortfolioOrganisations.Funder, ShortName = "STM", Roles = [OrganisationRole.Funder], RoleText = "Rahoittaja" });
        return list;
    }

    private static List<Indicator> Indicators(PortfolioRandom random, DateOnly start, DateOnly end)
    {
        var templates = random.PickDistinct(PortfolioWords.Indicators, random.Int(6, 12));
        var span = (decimal)(end.DayNumber - start.DayNumber);
        var list = new List<Indicator>();
        foreach (var t in templates)
        {
            var id = $"i{list.Count + 1}";
            if (t.Kind == IndicatorKind.YesNo)
            {
                list.Add(new Indicator
                {
                    Id = id, Name = t.Name, Kind = t.Kind, Unit = t.Unit,
                    Baseline = new IndicatorValue { Achieved = false, Year = start.Year - 1, Text = "ei" },
                    Targets = [new IndicatorValue { Achieved = true, Year = end.Year, Text = "kyllä" }],
                    DataSource = random.Pick(PortfolioWords.ValueComments), Frequency = "kerran vuodessa", Responsible = random.Person(),
                });
                continue;
            }
            var decimals = t.Kind == IndicatorKind.Percentage ? 1 : 0;
            var baseline = random.Decimal(t.BaselineMin, t.BaselineMax, decimals);
            var final = Final(random, t, baseline);
            var targets = new List<IndicatorValue>();
            for (var year = start.Year; year <= end.Year; year++)
            {
                // Each year's target on the straight line from the baseline to the final target, at the year's end.
                var yearEnd = year == end.Year ? end : new DateOnly(year, 12, 31);
                var share = Math.Clamp((yearEnd.DayNumber - start.DayNumber) / span, 0m, 1m);
                var value = Math.Round(baseline + (final - baseline) * share, decimals, MidpointRounding.AwayFromZero);
                targets.Add(new IndicatorValue { Value = value, Year = year, Text = Text(value, t.Unit) });
            }
            list.Add(new Indicator
            {
                Id = id, Name = t.Name, Kind = t.Kind, Unit = t.Unit,
                Baseline = new IndicatorValue { Value = baseline, Year = start.Year - 1, Text = Text(baseline, t.Unit) },
                Targets = targets,
                DataSource = random.Pick(PortfolioWords.ValueComments), Frequency = "puolivuosittain", Responsible = random.Person(),
            });
        }
        return list;
    }

    // The final target: 10–50 % better than the baseline, in the indicator's direction and within its scale.
    private static decimal Final(PortfolioRandom random, PortfolioWords.IndicatorTemplate t, decimal baseline)
    {
        var decimals = t.Kind == IndicatorKind.Percentage ? 1 : 0;
        var change = random.Decimal(0.1m, 0.5m);
        decimal final = t.Kind switch
        {
            IndicatorKind.SelfAssessment => Math.Min(5m, baseline + random.Int(1, 2)),
            IndicatorKind.Count when baseline < 5 => random.Int(5, 300),
            IndicatorKind.Percentage => Math.Min(99m, baseline + Math.Max(2m, baseline * change)),
            _ when t.LowerIsBetter => baseline * (1 - change),
            _ => baseline * (1 + change),
        };
        return Math.Round(final, decimals, MidpointRounding.AwayFromZero);
    }

    private static string Text(decimal value, string? unit) =>
        unit is null ? value.ToString(CultureInfo.InvariantCulture) : $"{value.ToString(Finnish)} {unit}";

    // Three to seven risks; about one in six rated high (likelihood × impact 15 or more).
    private static List<Risk> Risks(PortfolioRandom random)
    {
        (int L, int I)[] high = [(3, 5), (5, 3), (4, 4), (4, 5), (5, 4), (5, 5)];
        var titles = random.PickDistinct(PortfolioWords.RiskTitles, random.Int(3, 7));
        return titles.Select((title, i) =>
        {
            int likelihood, impact;
            if (random.Chance(0.17))
            {
                (likelihood, impact) = random.Pick(high);
            }
            else
            {
                do
                {
                    (likelihood, impact) = (random.Int(1, 4), random.Int(1, 4));
                }
                while (likelihood * impact >= 15);
            }
            return new Risk
            {
                Id = $"r{i + 1}",
                Code = $"R{i + 1}",
                Title = title,
                Likelihood = new RiskRating { Min = likelihood, Max = likelihood },
                Impact = new RiskRating { Min = impact, Max = impact, Text = PortfolioWords.ImpactWords[impact - 1] },
                Mitigations = random.PickDistinct(PortfolioWords.Mitigations, random.Int(1, 2)),
                Owner = random.Person(),
            };
        }).ToList();
    }
}
