using Hankevahti.Import.Common;
using Hankevahti.Plans;
using Hankevahti.Reading;

namespace Hankevahti.Import.Work;

/// <summary>
/// Work structure: osa-alue, pilari, investointi, työpaketti as a tree that follows the outline,
/// and the actions with their codes. Parts are made from their headings whether or not the plan
/// lists actions for them, so that later recognisers (goals, budget) find them by code.
/// </summary>
public sealed class WorkRecogniser : IRecogniser
{
    public void Run(ImportContext context)
    {
        var made = new Dictionary<SectionNode, WorkPart>(ReferenceEqualityComparer.Instance);
        foreach (var section in context.Sections)
        {
            if (WorkParts.Parse(section) is not { } heading || section.Heading is null)
            {
                continue;
            }
            // The same work package is often named again under outputs or monitoring; the first heading defines it.
            if (WorkLookup.FindPart(context.Plan, heading.Code, heading.Kind) is not null)
            {
                continue;
            }
            var parentPart = ParentPart(section, made);
            var description = DescriptionBlocks(section, heading);
            foreach (var b in description)
            {
                context.Claim(b);
            }
            var part = new WorkPart
            {
                Code = heading.Code,
                Kind = heading.Kind,
                KindLabel = heading.Label,
                Title = heading.Title,
                Description = WorkText.Join(description, context.Origin),
                Source = section.Heading.Source,
            };
            (parentPart?.Children ?? context.Plan.Work).Add(part);
            made[section] = part;
            ReadActions(context, section, part);
        }
        foreach (var section in context.Sections)
        {
            var own = made.GetValueOrDefault(section);
            if (own?.Kind == WorkPartKind.WorkPackage || section.Kind == SectionKinds.Actions)
            {
                ActionTables.Read(context, section, own ?? ParentPart(section, made));
            }
            if (own?.Kind is WorkPartKind.WorkPackage or WorkPartKind.Part || section.Kind is SectionKinds.Actions or SectionKinds.Implementation)
            {
                ActionRowTables.Read(context, section, own ?? ParentPart(section, made));
            }
        }
    }

    private static WorkPart? ParentPart(SectionNode section, Dictionary<SectionNode, WorkPart> made)
    {
        for (var s = section.Parent; s is not null; s = s.Parent)
        {
            if (made.TryGetValue(s, out var p))
            {
                return p;
            }
        }
        return null;
    }

    /// <summary>
    /// The part's introduction: the prose right under its heading, up to the first table, label
    /// ("Työpaketin tavoite", a table's header line in PDF text) or action line.
    /// </summary>
    private static List<Block> DescriptionBlocks(SectionNode section, WorkParts.PartHeading heading)
    {
        var taken = new List<Block>();
        foreach (var b in section.Blocks)
        {
            if (b is PageBreakBlock)
            {
                continue;
            }
            var line = WorkText.Line(b);
            if (line is null || IsLabel(line) || ActionLines.Parse(line, NumericCode(heading)) is not null)
            {
                break;
            }
            taken.Add(b);
        }
        return taken;
    }

    /// <summary>A short line without closing punctuation that starts a new part of the text (a sub-heading or a table header).</summary>
    private static bool IsLabel(string line)
    {
        var t = line.Trim();
        return t.Length <= 60 && t.Length > 0 && char.IsUpper(t[0]) && !".,;:!?)".Contains(t[^1]);
    }

    private static string? NumericCode(WorkParts.PartHeading heading) =>
        heading.Kind is WorkPartKind.WorkPackage or WorkPartKind.Part && char.IsDigit(heading.Code[0]) ? heading.Code : null;

    /// <summary>
    /// Reads the action lines of a part. Plans often list the actions first and describe them after
    /// ("- A. …" in a summary list, later "A. …" with paragraphs): the last time an action is named
    /// is where its description follows; the text after a summary mention stays section text.
    /// </summary>
    private static void ReadActions(ImportContext context, SectionNode section, WorkPart part)
    {
        var regions = new List<List<Block>>();
        var numeric = part.Kind is WorkPartKind.WorkPackage or WorkPartKind.Part && char.IsDigit(part.Code[0]) ? part.Code : null;
        var letters = part.Kind == WorkPartKind.Part;
        if (part.Kind == WorkPartKind.Part)
        {
            regions.Add(section.Blocks);
            regions.AddRange(section.Descendants().Where(d => d.Kind == SectionKinds.Actions).Select(d => d.AllBlocks().ToList()));
        }
        else if (part.Kind == WorkPartKind.WorkPackage)
        {
            regions.Add(section.AllBlocks().ToList());
        }
        else
        {
            return;
        }

        var actions = new List<WorkAction>();
        var descriptions = new Dictionary<int, List<Block>>();
        foreach (var region in regions)
        {
            var occurrences = new List<(int Index, int Action)>();
            for (var i = 0; i < region.Count; i++)
            {
                var line = WorkText.Line(region[i]);
                if (line is null || ActionLines.Parse(line, numeric) is not { } found)
                {
                    continue;
                }
                if (!letters && !char.IsDigit(found.Code[0]))
                {
                    continue;
                }
                var index = Resolve(actions, found);
                if (index < 0)
                {
                    actions.Add(new WorkAction { Code = found.Code, Title = found.Title, Source = region[i].Source });
                    index = actions.Count - 1;
                    context.Claim(region[i]);
                }
                else if (Outline.TitleKey(found.Title) == Outline.TitleKey(actions[index].Title))
                {
                    context.Claim(region[i]);
                }
                occurrences.Add((i, index));
            }
            for (var k = 0; k < occurrences.Count; k++)
            {
                var (start, action) = occurrences[k];
                // A later mention holds the description; so does no line of a summary list (action lines
                // next to each other), whose following prose is about all of them.
                var inList = IsBulleted(region[start]) && (
                    (k > 0 && occurrences[k - 1].Index == start - 1 && IsBulleted(region[start - 1]))
                    || (k + 1 < occurrences.Count && occurrences[k + 1].Index == start + 1 && IsBulleted(region[start + 1])));
                if (inList || occurrences.Skip(k + 1).Any(o => o.Action == action))
                {
                    continue;
                }
                var end = k + 1 < occurrences.Count ? occurrences[k + 1].Index : region.Count;
                var blocks = new List<Block>();
                for (var j = start + 1; j < end; j++)
                {
                    if (region[j] is TableBlock || region[j] is HeadingBlock)
                    {
                        break;
                    }
                    if (region[j] is ParagraphBlock or ListItemBlock && !context.IsClaimed(region[j]))
                    {
                        blocks.Add(region[j]);
                    }
                }
                if (blocks.Count > 0)
                {
                    descriptions[action] = [.. descriptions.GetValueOrDefault(action) ?? [], .. blocks];
                }
            }
        }

        for (var a = 0; a < actions.Count; a++)
        {
            if (descriptions.TryGetValue(a, out var blocks))
            {
                foreach (var b in blocks)
                {
                    context.Claim(b);
                }
                actions[a] = actions[a] with { Description = WorkText.Join(blocks, context.Origin) };
            }
            part.Actions.Add(actions[a]);
        }
    }

    private static bool IsBulleted(Block b) => b is ListItemBlock || (WorkText.Line(b) is { } l && (l.StartsWith("- ", StringComparison.Ordinal) || l.StartsWith('•')));

    /// <summary>The action a mention refers to: by code, unless the title names another action of the part (a mistyped code).</summary>
    private static int Resolve(List<WorkAction> actions, ActionLines.ActionLine found)
    {
        var byCode = actions.FindIndex(a => string.Equals(a.Code, found.Code, StringComparison.OrdinalIgnoreCase));
        if (byCode >= 0 && !Outline.TitleMatches(found.Title, actions[byCode].Title))
        {
            var byTitle = actions.FindIndex(a => Outline.TitleMatches(found.Title, a.Title));
            if (byTitle >= 0)
            {
                return byTitle;
            }
        }
        return byCode;
    }
}
