using Hankevahti.Plans;

namespace Hankevahti.Tests.Checks.Goals;

/// <summary>Small made-up plans for the goal and indicator rules: one work package "1" with actions 1.1 and 1.2.</summary>
internal static class GoalPlans
{
    public static readonly DateRange Period = new() { Start = new DateOnly(2026, 1, 1), End = new DateOnly(2027, 12, 31), Text = "1.1.2026–31.12.2027" };

    public static Plan With(IEnumerable<Indicator> indicators, IEnumerable<Goal>? goals = null) => new()
    {
        Project = new Project { Name = "Testihanke", Period = Period },
        Work =
        [
            new WorkPart
            {
                Code = "1",
                Kind = WorkPartKind.WorkPackage,
                KindLabel = "Työpaketti",
                Title = "Palvelupolut",
                Actions = [new WorkAction { Code = "1.1", Title = "Arviointimalli" }, new WorkAction { Code = "1.2", Title = "Etäpalvelut" }],
            },
            new WorkPart { Code = "2", Kind = WorkPartKind.WorkPackage, KindLabel = "Työpaketti", Title = "Hallinnointi", Actions = [new WorkAction { Code = "2.1", Title = "Koordinaatio" }] },
        ],
        Goals = goals?.ToList() ?? [],
        Indicators = indicators.ToList(),
    };

    public static Indicator Measured(string name, string workCode = "1.1", decimal? baseline = 10, params (int Year, decimal Value)[] targets) => new()
    {
        Id = "i-" + name,
        Name = name,
        Kind = IndicatorKind.Count,
        Unit = "kpl",
        Baseline = baseline is null ? null : new IndicatorValue { Value = baseline, Year = 2025, Text = baseline.ToString() },
        Targets = targets.Select(t => new IndicatorValue { Value = t.Value, Year = t.Year, Text = t.Value.ToString() }).ToList(),
        Method = "lukumäärä",
        DataSource = "seurantataulukko",
        WorkCodes = [workCode],
    };

    /// <summary>A measured indicator with a baseline and targets for 2026 and 2027: every rule should pass it.</summary>
    public static Indicator Complete(string name = "Koulutuspäivien määrä", string workCode = "1.1") => Measured(name, workCode, 0, (2026, 50), (2027, 120));
}
