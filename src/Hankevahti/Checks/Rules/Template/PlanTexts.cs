using System.Collections;
using Hankevahti.Plans;

namespace Hankevahti.Checks.Rules.Template;

/// <summary>
/// Every text of a plan: section headings and bodies, then each string of the structured model
/// (version rows, risk cells, resource rows…) with its JSON path and the source of the nearest
/// object that has one. The import report is left out: it quotes the document, it is not the plan.
/// </summary>
public static class PlanTexts
{
    // Several rules read the same texts of one check run; the walk is done once per context.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<CheckContext, IReadOnlyList<PlanText>> Cache = new();

    public static IReadOnlyList<PlanText> Of(CheckContext context) => Cache.GetValue(context, c => Collect(c).ToList());

    /// <summary>The texts of the structured model only, without the sections'.</summary>
    public static IEnumerable<PlanText> Fields(CheckContext context) => Of(context).Where(t => t.Kind == PlanTextKind.Field);

    private static IEnumerable<PlanText> Collect(CheckContext context)
    {
        foreach (var section in context.Sections)
        {
            if (!string.IsNullOrWhiteSpace(section.Title))
            {
                yield return new PlanText(PlanTextKind.SectionTitle, section.Path + ".title", section.Title, section.Section.Source, section);
            }
            if (!string.IsNullOrWhiteSpace(section.Section.Text))
            {
                yield return new PlanText(PlanTextKind.SectionText, section.Path + ".text", section.Section.Text, section.Section.Source, section);
            }
        }
        var fields = new List<PlanText>();
        Walk(context.Plan, "", null, fields, 0);
        foreach (var field in fields)
        {
            yield return field;
        }
    }

    private static void Walk(object node, string path, SourceRef? inherited, List<PlanText> into, int depth)
    {
        if (depth > 32)
        {
            return;
        }
        var properties = ModelProperties.PropertiesOf(node.GetType());
        // A value points to its own object's source when it has one, else to the nearest holder's.
        var source = properties.FirstOrDefault(p => p.PropertyType == typeof(SourceRef))?.GetValue(node) as SourceRef ?? inherited;
        foreach (var property in properties)
        {
            // Ids are Hankevahti's names for items, not words of the plan.
            if (property.Name is nameof(Plan.Import) or nameof(Plan.Sections) or nameof(Risk.Id) || property.PropertyType == typeof(SourceRef))
            {
                continue;
            }
            var value = property.GetValue(node);
            if (value is null)
            {
                continue;
            }
            var name = ModelProperties.JsonName(property);
            var childPath = path.Length == 0 ? name : $"{path}.{name}";
            switch (value)
            {
                case string text:
                    if (!string.IsNullOrWhiteSpace(text))
                    {
                        into.Add(new PlanText(PlanTextKind.Field, childPath, text, source, null));
                    }
                    break;
                case IEnumerable items:
                    var i = 0;
                    foreach (var item in items)
                    {
                        if (item is string s && !string.IsNullOrWhiteSpace(s))
                        {
                            into.Add(new PlanText(PlanTextKind.Field, $"{childPath}[{i}]", s, source, null));
                        }
                        else if (item is not null && ModelProperties.IsModel(item.GetType()))
                        {
                            Walk(item, $"{childPath}[{i}]", source, into, depth + 1);
                        }
                        i++;
                    }
                    break;
                default:
                    if (ModelProperties.IsModel(value.GetType()))
                    {
                        Walk(value, childPath, source, into, depth + 1);
                    }
                    break;
            }
        }
    }
}
