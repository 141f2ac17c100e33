using Hankevahti.Checks.Rules.Template;
using Hankevahti.Plans;

namespace Hankevahti.Checks.Rules.Sections;

/// <summary>
/// Whether a section holds anything the project wrote. The template's instructions and guidance
/// do not count, nor does a bare dash; structured content read from the section's lines (a risk
/// table, a budget) does, in the section or its subsections.
/// </summary>
public static class SectionContent
{
    public static bool Has(CheckContext context, SectionEntry section)
    {
        if (HasOwnText(section.Section) || context.Descendants(section).Any(d => HasOwnText(d.Section)))
        {
            return true;
        }
        if (context.LinesOf(section) is not { } lines)
        {
            // A stored plan has no lines to tell where its tables stood; the model's content of the kind stands in.
            return section.Kind is { } kind && InModel(context.Plan, [kind]);
        }
        // Structured content read from the section's lines counts. An object read from the heading line
        // itself (a work package, a target group named by the heading) counts only for what the heading
        // does not already say, such as its description.
        var heading = Normalise(Label(section));
        return PlanTexts.Fields(context).Any(t => t.Source?.Line is { } line
            && line >= lines.Start && (lines.End is null || line <= lines.End)
            && (line > lines.Start || !heading.Contains(Normalise(t.Text), StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>"4.4 Työpaketti 4.4: …" for messages; safe for a section without a title.</summary>
    public static string Label(SectionEntry section)
    {
        var title = section.Title ?? "";
        return string.IsNullOrEmpty(section.Number) || title.StartsWith(section.Number, StringComparison.Ordinal) ? title : $"{section.Number} {title}".Trim();
    }

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Text that remains when the template's words and bare marks are taken away.</summary>
    public static bool HasOwnText(Section section)
    {
        if (string.IsNullOrWhiteSpace(section.Text))
        {
            return false;
        }
        return TemplateGuidance.Without(section.Text).Split("\n\n")
            .Any(p => !string.IsNullOrWhiteSpace(p) && !UnfinishedText.IsOnlyAMark(p));
    }

    /// <summary>
    /// Whether the model holds structured content of one of the kinds, wherever it was read from: a
    /// stored plan has no source lines, and an imported one may hold its risks in an annex.
    /// </summary>
    public static bool InModel(Plan plan, IEnumerable<string> kinds) => kinds.Any(kind => kind switch
    {
        "need" => plan.Needs.Count > 0,
        "targetGroups" => plan.TargetGroups.Count > 0,
        "goals" => plan.Goals.Count > 0,
        "actions" or "implementation" or "part" or "pillar" or "investment" or "workPackage" =>
            plan.Work.Any(w => w.Actions.Count > 0 || w.Children.Count > 0 || !string.IsNullOrWhiteSpace(w.Description)),
        "schedule" => AllActions(plan.Work).Any(a => a.Schedule.Status != ScheduleStatus.None),
        "outcomes" or "outputs" or "results" or "impacts" => plan.Outcomes.Count > 0,
        "organisation" or "administration" => plan.Organisations.Count > 0 || plan.Governance.Count > 0,
        "steeringGroup" => plan.Governance.Count > 0,
        "resources" => plan.Resources.Count > 0,
        "budget" => plan.Budget.Lines.Count > 0 || plan.Budget.StatedFigures.Count > 0,
        "communication" => plan.Communication is { } c && (!string.IsNullOrWhiteSpace(c.Text) || c.Items.Count > 0 || c.MainMessages.Count > 0),
        "monitoring" => plan.Monitoring is { } m && !string.IsNullOrWhiteSpace(m.Text),
        "risks" => plan.Risks.Count > 0,
        "relatedProjects" => plan.RelatedProjects.Count > 0,
        _ => false,
    });

    private static IEnumerable<WorkAction> AllActions(IEnumerable<WorkPart> parts) =>
        parts.SelectMany(p => p.Actions.Concat(AllActions(p.Children)));
}
