using Hankevahti.Plans;

namespace Hankevahti.Tests.Checks.Costs;

/// <summary>
/// Small made-up plans shaped like an RRF plan: a pillar with investments and work packages, a cost
/// table that names parts by path ("Pilari 4 / Investointi 2"), and estimates stated in the packages' text.
/// </summary>
internal static class CostPlans
{
    public static WorkPart Package(string code, string title = "Kehittäminen", int line = 0) => new()
    {
        Code = code,
        Kind = WorkPartKind.WorkPackage,
        KindLabel = "Työpaketti",
        Title = title,
        Actions = [new WorkAction { Code = code + ".a", Title = "Toimenpide" }],
        Source = line > 0 ? new SourceRef { Line = line } : null,
    };

    public static WorkPart Investment(string code, params WorkPart[] packages) => new()
    {
        Code = code,
        Kind = WorkPartKind.Investment,
        KindLabel = "Investointi",
        Title = "Investoinnin " + code + " tavoite",
        Children = [.. packages],
    };

    public static WorkPart Pillar(string code, params WorkPart[] investments) => new()
    {
        Code = code,
        Kind = WorkPartKind.Pillar,
        KindLabel = "Pilari",
        Title = investments.Length > 0 ? "Palvelujen saatavuus" : "",
        Children = [.. investments],
    };

    public static BudgetLine Row(string part, string? label, decimal amount, FigureKind kind = FigureKind.Planned) =>
        new() { PartCode = part, Label = label, Amount = amount, Kind = kind, Source = new SourceRef { Line = 900 } };

    /// <summary>A cost estimate as a work package's sentence gives it (no table row in its source).</summary>
    public static StatedFigure Estimate(string part, decimal value, int line = 0) => new()
    {
        Kind = StatedFigureKind.PartTotal,
        Scope = new FigureScope { PartCode = part, Table = part },
        Value = value,
        Text = Hankevahti.Checks.Say.EurosFi(value),
        Source = line > 0 ? new SourceRef { Line = line } : null,
    };

    public static Plan Plan(IEnumerable<WorkPart> work, IEnumerable<BudgetLine> rows, IEnumerable<StatedFigure>? estimates = null, IEnumerable<Section>? sections = null) => new()
    {
        Work = [.. work],
        Budget = new Budget { Lines = [.. rows], StatedFigures = [.. estimates ?? []] },
        Sections = [.. sections ?? []],
    };

    /// <summary>
    /// Pillar 4 with investment 2 (packages 2.1, 2.2) costed on one row and investment 3 (3.1, 3.2)
    /// costed on numbered rows; the estimates agree with the table.
    /// </summary>
    public static Plan Agreeing() => Plan(
        [Pillar("4", Investment("2", Package("2.1"), Package("2.2")), Investment("3", Package("3.1"), Package("3.2")))],
        [
            Row("Pilari 4 / Investointi 2", "Sähköiset palvelut", 700_000),
            Row("Pilari 4 / Investointi 3", "1. Kirjaaminen", 200_000),
            Row("Pilari 4 / Investointi 3", "2. Raportointi", 150_000),
        ],
        [Estimate("2.1", 300_000), Estimate("2.2", 400_000), Estimate("3.1", 200_000), Estimate("3.2", 150_000)]);
}
