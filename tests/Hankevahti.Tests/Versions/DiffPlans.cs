using Hankevahti.Plans;

namespace Hankevahti.Tests.Versions;

/// <summary>A small invented plan with two parts, actions with schedules, risks, an indicator and budget lines, to change in one place at a time.</summary>
internal static class DiffPlans
{
    public static Plan Base() => new()
    {
        Project = new Project { Name = "Kuvitteellinen palveluhanke", Period = new DateRange { Start = new DateOnly(2026, 9, 1), End = new DateOnly(2027, 12, 31) } },
        Work =
        [
            new WorkPart
            {
                Id = "w-two", Code = "2", KindLabel = "Osa-alue", Title = "Palveluohjaus",
                Actions = [new WorkAction { Id = "a-one", Code = "A", Title = "Neuvonnan kehittäminen", Schedule = Periods(new DateOnly(2026, 9, 1), new DateOnly(2026, 12, 31)) }],
                Children = [new WorkPart { Id = "w-sub", Code = "2.1", Kind = WorkPartKind.WorkPackage, Title = "Alatyöpaketti" }],
            },
            new WorkPart
            {
                Id = "w-three", Code = "3", KindLabel = "Osa-alue", Title = "Digitaaliset palvelut",
                Actions = [new WorkAction { Id = "a-two", Code = "B", Title = "Sähköinen asiointi" }],
            },
        ],
        Indicators =
        [
            new Indicator { Id = "i-wait", Name = "Jonotusaika", Unit = "pv", Targets = [new IndicatorValue { Year = 2027, Value = 150, Text = "150 pv" }] },
        ],
        Risks =
        [
            new Risk { Id = "r-one", Code = "R1", Title = "Henkilöstö vaihtuu", Owner = "Hankepäällikkö" },
            new Risk { Id = "r-two", Code = "R2", Title = "Järjestelmä viivästyy" },
        ],
        Budget = new Budget
        {
            Lines =
            [
                new BudgetLine { Id = "b-pay", PartCode = "2", Organisation = "Alfa", Category = CostCategory.PersonnelHired, Label = "Palkat", Year = 2026, Amount = 800_000m },
                new BudgetLine { Id = "b-expert", PartCode = "3", Organisation = "Beeta", Category = CostCategory.ServicesExpert, Label = "Asiantuntijat", Year = 2026, Amount = 200_000m },
                new BudgetLine { Id = "b-stuff", PartCode = "2", Organisation = "Alfa", Category = CostCategory.Materials, Label = "Tarvikkeet", Year = 2026, Amount = 50_000m },
            ],
            Funding = new Funding { OwnFundingShare = 0.2m, GrantShare = 0.8m },
        },
    };

    public static Schedule Periods(DateOnly start, DateOnly end) => new()
    {
        Status = ScheduleStatus.Known,
        Periods = [new SchedulePeriod { Label = $"{start.Month}-{end.Month}/{start.Year}", Granularity = PeriodGranularity.Other, Start = start, End = end }],
    };

    /// <summary>The base plan with one change made to a copy.</summary>
    public static Plan Changed(Func<Plan, Plan> change) => change(Hankevahti.Versions.PlanIds.Copy(Base()));

    public static WorkPart Part(Plan plan, string id) => Hankevahti.Figures.PlanFigures.Parts(plan).Single(p => p.Id == id);
}
