using Hankevahti.Checks.Rules.Template;
using System.Runtime.CompilerServices;
using Hankevahti.Plans;

namespace Hankevahti.Checks.Rules.Sections;

/// <summary>
/// Whether a section holds anything the project wrote. The template's instructions and guidance
/// do not count, nor does a bare dash; structured content read from the section's lines (a risk
/// table, a budget) does, in the section or its subsections.
/// </summary>
public static class SectionContent
{
    // The empty-section rules ask about every section and its parents; the answers are kept per check run.
    private static readonly ConditionalWeakTable<CheckContext, Memo> Memos = new();

    private sealed class Memo(CheckContext context)
    {
        public readonly Dictionary<SectionEntry, bool> Has = new(ReferenceEqualityComparer.Instance);
        public readonly Dictionary<Section, bool> OwnText = new(ReferenceEqualityComparer.Instance);

        /// <summary>The model's texts with a source line, by line, for looking up what a section's lines hold.</summary>
        public readonly Lazy<(int Line, string Text)[]> Fields = new(() => PlanTexts.Fields(context)
            .Where(t => t.Source?.Line is not null)
            .Select(t => (t.Source!.Line!.Value, t.Text))
            .OrderBy(t => t.Item1)
            .ToArray());
    }

    public static bool Has(CheckContext context, SectionEntry section)
    {
        var memo = Memos.GetValue(context, c => new Memo(c));
        if (!memo.Has.TryGetValue(section, out var has))
        {
            memo.Has[section] = has = Compute(context, memo, section);
        }
        return has;
    }

    private static bool Compute(CheckContext context, Memo memo, SectionEntry section)
    {
        if (OwnText(memo, section.Section) || context.Descendants(section).Any(d => OwnText(memo, d.Section)))
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
        var fields = memo.Fields.Value;
        var heading = Normalise(Label(section));
        for (var i = FirstAtOrAfter(fields, lines.Start); i < fields.Length && (lines.End is null || fields[i].Line <= lines.End); i++)
        {
            if (fields[i].Line > lines.Start || !heading.Contains(Normalise(fields[i].Text), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private static int FirstAtOrAfter((int Line, string Text)[] fields, int line)
    {
        int lo = 0, hi = fields.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (fields[mid].Line < line)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }

    private static bool OwnText(Memo memo, Section section)
    {
        if (!memo.OwnText.TryGetValue(section, out var own))
        {
            memo.OwnText[section] = own = HasOwnText(section);
        }
        return own;
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
