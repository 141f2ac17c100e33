using Hankevahti.Checks.Profiles;

namespace Hankevahti.Checks.Rules.Sections;

/// <summary>
/// HV-SECTION-001: a section the programme's template requires is not in the plan at all — no
/// heading of its kind and nothing of its kind in the structured content.
/// </summary>
public sealed class RequiredSectionMissingRule : Rule
{
    public override string Code => "HV-SECTION-001";
    public override FindingSeverity Severity => FindingSeverity.Warning;
    public override Localized Title => new("Pakollinen osio puuttuu", "Required section missing");
    public override Localized Explanation => new(
        "Rahoitusohjelman hankesuunnitelmapohja edellyttää tietyt osiot, kuten tavoitteet, aikataulun, riskit ja kustannukset. Puuttuva osio on täydennettävä ennen kuin rahoittaja voi arvioida suunnitelman.",
        "The programme's plan template requires certain sections, such as goals, schedule, risks and costs. A missing section has to be added before the funder can assess the plan.");

    public override IEnumerable<Finding> Check(CheckContext context)
    {
        foreach (var required in context.Profile.RequiredSections.Where(r => r.Kinds.Count > 0))
        {
            var present = context.Sections.Any(s => s.Kind is not null && required.Kinds.Contains(s.Kind, StringComparer.Ordinal));
            if (present || SectionContent.InModel(context.Plan, required.Kinds))
            {
                continue;
            }
            var name = required.Name.ToLocalized();
            var programme = context.Profile.Name.ToLocalized();
            yield return Found(new FindingPlace { Path = "sections" },
                new($"Suunnitelmasta puuttuu osio \"{name.Fi}\", jonka rahoitusohjelman hankesuunnitelmapohja edellyttää ({programme.Fi}).",
                    $"The plan has no section \"{name.En}\", which the programme's plan template requires ({programme.En})."),
                new($"Lisää suunnitelmaan osio \"{name.Fi}\" pohjan mukaisella otsikolla.",
                    $"Add a section \"{name.Fi}\" ({name.En}) under the template's heading."));
        }
    }
}
