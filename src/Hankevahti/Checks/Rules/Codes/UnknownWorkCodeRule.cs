using Hankevahti.Plans;

namespace Hankevahti.Checks.Rules.Codes;

/// <summary>
/// HV-CODE-001: goals, indicators, budget lines, stated figures, transfers and outcomes name the work
/// part or action they belong to by code; a code the work structure does not have leaves them unattached.
/// One finding per unknown code and kind of item, so a wrong code on every budget row is one finding.
/// </summary>
public sealed class UnknownWorkCodeRule : Rule
{
    public override string Code => "HV-CODE-001";
    public override FindingSeverity Severity => FindingSeverity.Error;
    public override Localized Title => new("Koodia ei ole työn rakenteessa", "Code not in the work structure");

    public override Localized Explanation => new(
        "Tavoitteet, mittarit, kustannusrivit ja tuotokset viittaavat osa-alueeseen, työpakettiin tai toimenpiteeseen koodilla. Koodin on löydyttävä työn rakenteesta, muuten kohde jää irralleen.",
        "Goals, indicators, budget lines and outputs refer to a part, work package or action by code. The code must exist in the work structure, or the item is left unattached.");

    private sealed record Reference(string Holder, string Code, string Path, SourceRef? Source);

    public override IEnumerable<Finding> Check(CheckContext context)
    {
        var index = new WorkCodeIndex(context);
        if (!index.HasCodes)
        {
            yield break;
        }
        var unknown = References(context.Plan)
            .Where(r => !index.Knows(r.Code))
            .GroupBy(r => (r.Holder, Key: CodeText.Key(r.Code)));
        foreach (var group in unknown)
        {
            var first = group.First();
            var (fi, en) = HolderWords(group.Key.Holder, group.Count());
            yield return Found(
                context.Place(first.Path, first.Source, first.Code, Kinds(group.Key.Holder)),
                new($"{fi} viittaa koodiin «{first.Code}», jota ei ole työn rakenteessa.",
                    $"{en} to code “{first.Code}”, which the work structure does not have."),
                new("Korjaa koodi vastaamaan osa-alueen, työpaketin tai toimenpiteen koodia tai lisää puuttuva osa työn rakenteeseen.",
                    "Correct the code to that of a part, work package or action, or add the missing part to the work structure."));
        }
    }

    private static IEnumerable<Reference> References(Plan plan)
    {
        for (var i = 0; i < plan.Goals.Count; i++)
        {
            if (!string.IsNullOrWhiteSpace(plan.Goals[i].PartCode))
            {
                yield return new("goals", plan.Goals[i].PartCode!, $"goals[{i}].partCode", plan.Goals[i].Source);
            }
        }
        for (var i = 0; i < plan.Indicators.Count; i++)
        {
            var codes = plan.Indicators[i].WorkCodes;
            for (var j = 0; j < codes.Count; j++)
            {
                yield return new("indicators", codes[j], $"indicators[{i}].workCodes[{j}]", plan.Indicators[i].Source);
            }
        }
        for (var i = 0; i < plan.Budget.Lines.Count; i++)
        {
            if (!string.IsNullOrWhiteSpace(plan.Budget.Lines[i].PartCode))
            {
                yield return new("budgetLines", plan.Budget.Lines[i].PartCode!, $"budget.lines[{i}].partCode", plan.Budget.Lines[i].Source);
            }
        }
        for (var i = 0; i < plan.Budget.StatedFigures.Count; i++)
        {
            if (!string.IsNullOrWhiteSpace(plan.Budget.StatedFigures[i].Scope.PartCode))
            {
                yield return new("statedFigures", plan.Budget.StatedFigures[i].Scope.PartCode!, $"budget.statedFigures[{i}].scope.partCode", plan.Budget.StatedFigures[i].Source);
            }
        }
        for (var i = 0; i < plan.Budget.Transfers.Count; i++)
        {
            var t = plan.Budget.Transfers[i];
            if (!string.IsNullOrWhiteSpace(t.FromPartCode))
            {
                yield return new("transfers", t.FromPartCode!, $"budget.transfers[{i}].fromPartCode", t.Source);
            }
            if (!string.IsNullOrWhiteSpace(t.ToPartCode))
            {
                yield return new("transfers", t.ToPartCode!, $"budget.transfers[{i}].toPartCode", t.Source);
            }
        }
        for (var i = 0; i < plan.Outcomes.Count; i++)
        {
            var codes = plan.Outcomes[i].PartCodes;
            for (var j = 0; j < codes.Count; j++)
            {
                yield return new("outcomes", codes[j], $"outcomes[{i}].partCodes[{j}]", plan.Outcomes[i].Source);
            }
        }
    }

    private static (string Fi, string En) HolderWords(string holder, int count)
    {
        var many = count > 1;
        return holder switch
        {
            "goals" => many ? ($"{count} tavoitetta", $"{count} goals refer") : ("Tavoite", "A goal refers"),
            "indicators" => many ? ($"{count} mittaria", $"{count} indicators refer") : ("Mittari", "An indicator refers"),
            "budgetLines" => many ? ($"{count} kustannusriviä", $"{count} budget lines refer") : ("Kustannusrivi", "A budget line refers"),
            "statedFigures" => many ? ($"{count} ilmoitettua summaa", $"{count} stated figures refer") : ("Ilmoitettu summa", "A stated figure refers"),
            "transfers" => many ? ($"{count} budjettisiirtoa", $"{count} budget transfers refer") : ("Budjettisiirto", "A budget transfer refers"),
            _ => many ? ($"{count} tuotosta tai tulosta", $"{count} outputs or results refer") : ("Tuotos tai tulos", "An output or result refers"),
        };
    }

    private static string[] Kinds(string holder) => holder switch
    {
        "goals" => ["goals"],
        "indicators" => ["indicators", "goals", "monitoring"],
        "budgetLines" or "statedFigures" or "transfers" => ["budget"],
        _ => ["outcomes", "results", "impacts"],
    };
}
