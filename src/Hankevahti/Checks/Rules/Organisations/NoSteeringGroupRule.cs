using Hankevahti.Checks.Rules.Sections;
namespace Hankevahti.Checks.Rules.Organisations;

/// <summary>
/// A plan that describes its organisation but no steering group. Only a remark: small projects may be
/// steered by a management group, and a group mentioned anywhere in the text is enough.
/// </summary>
public sealed class NoSteeringGroupRule : Rule
{
    public override string Code => "HV-ORG-003";
    public override FindingSeverity Severity => FindingSeverity.Info;
    public override Localized Title => new("Ohjausryhmää ei ole kuvattu", "No steering group");
    public override Localized Explanation => new(
        "Valtionavustushankkeella on yleensä ohjausryhmä, joka seuraa hankkeen etenemistä ja taloutta. Hallinnointia kuvaavassa luvussa kerrotaan sen kokoonpano ja tehtävät.",
        "A state-grant project usually has a steering group that follows its progress and finances; the administration section gives its members and tasks.");

    private static readonly string[] OrganisationKinds = ["organisation", "administration", "steeringGroup"];

    public override IEnumerable<Finding> Check(CheckContext context)
    {
        var plan = context.Plan;
        if (Governance.SteeringGroups(plan).Any())
        {
            yield break;
        }
        var section = context.Sections.FirstOrDefault(s => s.Kind is not null && OrganisationKinds.Contains(s.Kind) && SectionContent.Has(context, s));
        if (section is null)
        {
            yield break;
        }
        var texts = context.Sections.Select(s => s.Section.Text)
            .Concat(plan.Governance.SelectMany(g => new[] { g.Name, g.Tasks }))
            .Concat(plan.Organisations.SelectMany(o => new[] { o.Responsibilities, o.RoleText }));
        if (Governance.Mentions(texts, "ohjausryhm"))
        {
            yield break;
        }
        yield return Found(context.PlaceInText(section, null),
            new($"Suunnitelma ei kerro hankkeen ohjausryhmästä (luku {section.Label}).",
                $"The plan describes no steering group (section {section.Label})."),
            new("Kerro hankkeen ohjausryhmän kokoonpano, tehtävät ja kokoontumistiheys, tai miten hanketta muuten ohjataan.",
                "Give the steering group's members, tasks and meeting frequency, or say how else the project is steered."));
    }
}
