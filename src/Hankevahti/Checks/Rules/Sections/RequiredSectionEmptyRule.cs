namespace Hankevahti.Checks.Rules.Sections;

/// <summary>
/// HV-SECTION-002: a section the programme's template requires has its heading but nothing of the
/// project's own under it (only the template's instruction, a dash, or nothing). When the kind has
/// several sections (goals per part), one with content is enough.
/// </summary>
public sealed class RequiredSectionEmptyRule : Rule
{
    public override string Code => "HV-SECTION-002";
    public override FindingSeverity Severity => FindingSeverity.Warning;
    public override Localized Title => new("Pakollinen osio on tyhjä", "Required section empty");
    public override Localized Explanation => new(
        "Osion otsikko on suunnitelmassa, mutta sen alla ei ole hankkeen omaa tekstiä eikä taulukkoa, vain pohjan ohje tai ei mitään. Rahoittaja palauttaa suunnitelman, jossa pakollinen osio on tyhjä.",
        "The section's heading is in the plan but there is no text or table of the project's own under it, only the template's instruction or nothing. A funder returns a plan with an empty required section.");

    public override IEnumerable<Finding> Check(CheckContext context)
    {
        foreach (var required in context.Profile.RequiredSections.Where(r => r.Kinds.Count > 0))
        {
            var sections = context.Sections.Where(s => s.Kind is not null && required.Kinds.Contains(s.Kind, StringComparer.Ordinal)).ToList();
            if (sections.Count == 0 || sections.Any(s => SectionContent.Has(context, s)) || SectionContent.InModel(context.Plan, required.Kinds))
            {
                continue;
            }
            var section = sections[0];
            var name = required.Name.ToLocalized();
            yield return Found(context.PlaceInText(section, null),
                new($"Pakollinen osio \"{SectionContent.Label(section)}\" ({name.Fi}) on tyhjä.", $"The required section \"{SectionContent.Label(section)}\" ({name.En}) is empty."),
                new("Kirjoita osioon pohjan pyytämät tiedot.", "Write what the template asks for in the section."));
        }
    }
}
