namespace Hankevahti.Checks.Rules.Organisations;

/// <summary>
/// Co-implementers whose tasks the plan does not state. A warning when the plan states other
/// organisations' tasks (the table has a place for them and this one is empty); a remark when it states
/// none, as plans that only name the co-implementer in a sentence do.
/// </summary>
public sealed class CoImplementerWithoutResponsibilitiesRule : Rule
{
    public override string Code => "HV-ORG-004";
    public override FindingSeverity Severity => FindingSeverity.Warning;
    public override Localized Title => new("Osatoteuttajan tehtäviä ei ole kuvattu", "Co-implementer without responsibilities");
    public override Localized Explanation => new(
        "Osatoteuttaja saa osan valtionavustuksesta, joten suunnitelmassa kerrotaan, mistä tehtävistä se hankkeessa vastaa.",
        "A co-implementer receives part of the grant, so the plan says which tasks it is responsible for.");

    public override IEnumerable<Finding> Check(CheckContext context)
    {
        var missing = CoImplementers.Of(context.Plan).Where(x => !Describes(x.Organisation)).ToList();
        if (missing.Count == 0)
        {
            yield break;
        }
        var othersDescribed = (context.Plan.Organisations ?? []).Any(o => o is not null && Describes(o));
        var list = CoImplementers.Labels(missing);
        yield return Found(CoImplementers.Place(context, missing, "responsibilities"),
            missing.Count == 1
                ? new($"Osatoteuttajan tehtäviä hankkeessa ei ole kuvattu: {list}.", $"The responsibilities of co-implementer {list} are not stated.")
                : new($"Osatoteuttajien tehtäviä hankkeessa ei ole kuvattu: {list}.", $"The responsibilities of these co-implementers are not stated: {list}."),
            new("Kerro kunkin osatoteuttajan tehtävät ja vastuut hankkeessa, esimerkiksi toimijataulukossa.",
                "State each co-implementer's tasks and responsibilities, for example in the table of organisations."),
            othersDescribed ? FindingSeverity.Warning : FindingSeverity.Info);
    }

    /// <summary>Stated responsibilities, or a role text long enough to say what the organisation does ("Mallin levittäjä ja käyttöönottaja").</summary>
    private static bool Describes(Hankevahti.Plans.Organisation o) =>
        !Governance.IsBlank(o.Responsibilities)
        || (o.RoleText is { } role && role.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length >= 4);
}
