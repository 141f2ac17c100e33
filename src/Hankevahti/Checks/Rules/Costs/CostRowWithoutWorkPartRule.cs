using Hankevahti.Plans;

namespace Hankevahti.Checks.Rules.Costs;

/// <summary>
/// HV-COST-003: the cost table costs something the work structure does not have: a numbered row whose
/// work package is missing ("3." under Investointi 3, which has only 3.1 and 3.2), or a row whose part
/// path names no part of the plan. One finding per row, or per unknown part path.
/// </summary>
public sealed class CostRowWithoutWorkPartRule : Rule
{
    public override string Code => "HV-COST-003";
    public override FindingSeverity Severity => FindingSeverity.Warning;

    public override Localized Title => new(
        "Kustannustaulukon riviä vastaavaa työpakettia ei ole",
        "Cost table row with no work package");

    public override Localized Explanation => new(
        "Kustannustaulukon jokaisen rivin pitää kohdistua suunnitelmassa kuvattuun osaan. Rivi, jota vastaavaa työpakettia tai osaa ei ole, kustantaa työtä, jota suunnitelma ei kuvaa.",
        "Every cost table row should cost a part the plan describes. A row with no matching work package or part costs work the plan does not describe.");

    public override IEnumerable<Finding> Check(CheckContext context)
    {
        if (context.Work.Count == 0)
        {
            yield break;
        }
        var rows = CostRows.Of(context);
        foreach (var row in rows.Where(r => r.MissingCode is not null))
        {
            var parent = row.Named!.Part;
            var children = context.Work.Where(e => PartPaths.IsBelow(e, row.Named) && e.Ancestors.Count == row.Named.Ancestors.Count + 1).ToList();
            var packages = children.All(c => c.Part.Kind == WorkPartKind.WorkPackage);
            var codes = Listed(children.Select(c => c.Part.Code).ToList());
            var label = CheckContext.Shorten(row.Label, 60);
            yield return Found(
                context.Place(row.Path, row.First.Line.Source, row.Label, "budget"),
                new($"Kustannustaulukon rivillä ”{label}” ({row.PartCode}) on {Say.EurosFi(row.Amount)}, mutta suunnitelmassa ei ole sitä vastaavaa {(packages ? "työpakettia" : "osaa")} {row.MissingCode} ({PartPaths.Name(parent)} sisältää {(packages ? "työpaketit" : "osat")} {codes.Fi}).",
                    $"The cost table row “{label}” ({row.PartCode}) costs {Say.Euros(row.Amount).En}, but the plan has no {(packages ? "work package" : "part")} {row.MissingCode} for it ({PartPaths.Name(parent)} holds {codes.En})."),
                new("Kuvaa rivin työ omana työpakettinaan tai korjaa kustannustaulukko vastaamaan suunnitelman työpaketteja.",
                    "Describe the row's work as a work package of its own, or correct the cost table to match the plan's work packages."));
        }
        foreach (var group in rows.Where(r => r.Named is null).GroupBy(r => r.PartCode, StringComparer.OrdinalIgnoreCase))
        {
            var first = group.First();
            var amount = group.Sum(r => r.Amount);
            yield return Found(
                context.Place(first.Path, first.First.Line.Source, first.PartCode, "budget"),
                new($"Kustannustaulukossa on osalle ”{first.PartCode}” {Say.EurosFi(amount)} ({group.Count()} riviä), mutta suunnitelman rakenteessa ei ole sellaista osaa.",
                    $"The cost table gives “{first.PartCode}” {Say.Euros(amount).En} ({group.Count()} rows), but the plan's work structure has no such part."),
                new("Korjaa rivin osa vastaamaan suunnitelman osien nimiä ja koodeja tai lisää osa suunnitelmaan.",
                    "Correct the row's part to match the names and codes of the plan's parts, or add the part to the plan."));
        }
    }

    private static Localized Listed(IReadOnlyList<string> codes) => codes.Count < 2
        ? new(string.Join("", codes), string.Join("", codes))
        : new(string.Join(", ", codes.Take(codes.Count - 1)) + " ja " + codes[^1], string.Join(", ", codes.Take(codes.Count - 1)) + " and " + codes[^1]);
}
