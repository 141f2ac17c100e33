using Hankevahti.Checks.Rules.Template;

namespace Hankevahti.Checks.Rules.Sections;

/// <summary>
/// HV-SECTION-003: a heading with nothing under it. Only the outermost empty section is reported (its
/// empty subsections are the same gap), and not the ones HV-SECTION-002 reports as required or
/// HV-TEMPLATE-005 as a heading with a bare dash.
/// </summary>
public sealed class EmptySectionRule : Rule
{
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal) { "contents", "preamble" };

    public override string Code => "HV-SECTION-003";
    public override FindingSeverity Severity => FindingSeverity.Warning;
    public override Localized Title => new("Tyhjä osio", "Empty section");
    public override Localized Explanation => new(
        "Suunnitelmassa on otsikko, jonka alla ei ole tekstiä, taulukkoa eikä alaosioita. Tyhjä osio on joko kirjoittamatta tai turha otsikko.",
        "The plan has a heading with no text, table or subsections under it. An empty section is either unwritten or a heading to delete.");

    public override IEnumerable<Finding> Check(CheckContext context)
    {
        var emptyRequired = EmptyRequiredKinds(context);
        foreach (var section in context.Sections)
        {
            if (string.IsNullOrWhiteSpace(section.Title) || section.Kind is { } kind && (Skipped.Contains(kind) || emptyRequired.Contains(kind))
                || UnfinishedText.EndsInDash(section.Title) || SectionContent.Has(context, section)
                || section.Parent is { } parent && !string.IsNullOrWhiteSpace(parent.Title) && !SectionContent.Has(context, parent))
            {
                continue;
            }
            yield return Found(context.PlaceInText(section, null),
                new($"Osion \"{SectionContent.Label(section)}\" alla ei ole sisältöä.", $"The section \"{SectionContent.Label(section)}\" has no content."),
                new("Kirjoita osio tai poista tarpeeton otsikko.", "Write the section or delete the heading if it is not needed."));
        }
    }

    /// <summary>The kinds of the required sections HV-SECTION-002 reports as empty, so they are not reported twice.</summary>
    private static HashSet<string> EmptyRequiredKinds(CheckContext context)
    {
        var kinds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var required in context.Profile.RequiredSections)
        {
            var sections = context.Sections.Where(s => s.Kind is not null && required.Kinds.Contains(s.Kind, StringComparer.Ordinal)).ToList();
            if (sections.Count > 0 && !sections.Any(s => SectionContent.Has(context, s)) && !SectionContent.InModel(context.Plan, required.Kinds))
            {
                kinds.UnionWith(required.Kinds);
            }
        }
        return kinds;
    }
}
