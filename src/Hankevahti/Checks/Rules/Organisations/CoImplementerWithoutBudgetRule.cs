namespace Hankevahti.Checks.Rules.Organisations;

/// <summary>
/// Co-implementers with no share of the budget: no grant transfer and no budget line or stated figure
/// for them. Plans often give the co-implementers' budgets in separate annexes, so a budget not split by
/// organisation at all gives only a remark (info), and a plan with no budget lines gives nothing (the
/// budget rules report that). A budget split by organisation that leaves one out is a gap (warning).
/// </summary>
public sealed class CoImplementerWithoutBudgetRule : Rule
{
    public override string Code => "HV-ORG-005";
    public override FindingSeverity Severity => FindingSeverity.Warning;
    public override Localized Title => new("Osatoteuttajalla ei ole budjettia", "Co-implementer without a budget");
    public override Localized Explanation => new(
        "Osatoteuttajamallissa kullekin osatoteuttajalle siirrettävä osuus valtionavustuksesta ja sen kustannusarvio näkyvät suunnitelmassa.",
        "When co-implementers take part, the plan shows each one's share of the grant and its cost estimate.");

    public override IEnumerable<Finding> Check(CheckContext context)
    {
        var budget = context.Plan.Budget;
        if (budget.Lines.Count == 0)
        {
            yield break;
        }
        var written = budget.Lines.Select(l => l.Organisation)
            .Concat(budget.StatedFigures.Select(f => f.Scope.Organisation))
            .Where(o => !Governance.IsBlank(o))
            .ToList();
        var missing = CoImplementers.Of(context.Plan)
            .Where(x => x.Organisation.GrantTransfer is null && !written.Any(w => CoImplementers.Means(x.Organisation, w)))
            .ToList();
        if (missing.Count == 0)
        {
            yield break;
        }
        var list = CoImplementers.Labels(missing);
        var splitByOrganisation = budget.Lines.Any(l => !Governance.IsBlank(l.Organisation));
        var hint = new Localized(
            "Kerro kunkin osatoteuttajan kustannusarvio ja sille siirrettävä osuus valtionavustuksesta, esimerkiksi kustannusarviossa organisaatioittain.",
            "Give each co-implementer's cost estimate and its share of the grant, for example in the budget by organisation.");
        if (splitByOrganisation)
        {
            yield return Found(CoImplementers.Place(context, missing, "grantTransfer"),
                missing.Count == 1
                    ? new($"Kustannusarviossa ei ole rivejä osatoteuttajalle, eikä sille ole kirjattu siirrettävää valtionavustusta: {list}.",
                        $"The budget has no lines for co-implementer {list}, and no grant transfer to it is stated.")
                    : new($"Kustannusarviossa ei ole rivejä näille osatoteuttajille, eikä niille ole kirjattu siirrettävää valtionavustusta: {list}.",
                        $"The budget has no lines for these co-implementers, and no grant transfer to them is stated: {list}."),
                hint);
            yield break;
        }
        yield return Found(CoImplementers.Place(context, missing, "grantTransfer"),
            missing.Count == 1
                ? new($"Kustannusarviota ei ole eritelty organisaatioittain, eikä osatoteuttajalle siirrettävää valtionavustusta ole kerrottu: {list}.",
                    $"The budget is not split by organisation, and the grant transferred to co-implementer {list} is not stated.")
                : new($"Kustannusarviota ei ole eritelty organisaatioittain, eikä osatoteuttajille siirrettävää valtionavustusta ole kerrottu: {list}.",
                    $"The budget is not split by organisation, and the grant transferred to these co-implementers is not stated: {list}."),
            hint, FindingSeverity.Info);
    }
}
