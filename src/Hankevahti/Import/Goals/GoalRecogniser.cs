using System.Text.RegularExpressions;
using Hankevahti.Import.Common;
using Hankevahti.Plans;
using Hankevahti.Reading;

namespace Hankevahti.Import.Goals;

/// <summary>
/// Goals of the project and of each part: the work packages' goal / action / monitoring tables, the
/// overall goal of the "Hankkeen tavoitteet" section with the objectives listed under it, labelled goals
/// ("Kärki 1: …", "Tavoite: …", "Päätavoite: …") and a work package's goal paragraphs under their goal label line.
/// </summary>
public sealed partial class GoalRecogniser : IRecogniser
{
    public void Run(ImportContext context)
    {
        WorkPackageTables.Read(context);
        var pdf = context.IsPdfText;
        foreach (var section in context.Sections.ToList())
        {
            var code = GoalBlocks.WorkCode(section);
            if (section.Kind == SectionKinds.Goals && code is null)
            {
                ReadOverall(context, section, pdf);
            }
            ReadLabelled(context, section, code, pdf);
            if (code is not null && !pdf)
            {
                ReadWorkPackageGoal(context, section, code);
            }
        }
    }

    /// <summary>
    /// The project's goal section: the first "Hankkeen tavoitteena on …" paragraph is the overall goal;
    /// list items after a lead-in that ends in ":" are its objectives.
    /// </summary>
    private static void ReadOverall(ImportContext context, SectionNode section, bool pdf)
    {
        var blocks = section.Blocks;
        var haveOverall = context.Plan.Goals.Any(g => g.Level == GoalLevel.Overall);
        Block? leadIn = null;
        var overallList = false;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (context.IsClaimed(block))
            {
                continue;
            }
            var item = GoalBlocks.ListItemText(block);
            if (item is not null)
            {
                if (leadIn is not null && item.Length > 0)
                {
                    context.Plan.Goals.Add(new Goal { Id = GoalBlocks.NextGoalId(context.Plan), Level = overallList ? GoalLevel.Overall : GoalLevel.Objective, Text = item, Source = block.Source });
                    context.Claim(block);
                }
                continue;
            }
            var text = GoalBlocks.ParagraphText(block);
            if (text is null)
            {
                leadIn = null;
                continue;
            }
            leadIn = text.EndsWith(':') && GoalLeadIn().IsMatch(text) ? block : null;
            if (leadIn is not null && !haveOverall && Overall().IsMatch(text))
            {
                // "Hankkeen päätavoitteet ovat seuraavat:": the items are the overall goals.
                overallList = true;
            }
            else if (leadIn is not null)
            {
                overallList = false;
            }
            if (!haveOverall && OverallStart().IsMatch(text))
            {
                var lines = pdf ? PdfParagraphAt(blocks, i) : [(ParagraphBlock)block];
                var goalText = GoalBlocks.JoinLines(lines.Select(l => l.Text));
                if (goalText.EndsWith(':'))
                {
                    // "Hankkeen tavoitteena on …, että:" introduces the list: the list items are the objectives.
                    leadIn = block;
                }
                context.Plan.Goals.Add(new Goal { Id = GoalBlocks.NextGoalId(context.Plan), Level = GoalLevel.Overall, Text = goalText, Source = lines[0].Source });
                lines.ForEach(context.Claim);
                i = blocks.IndexOf(lines[^1]);
                haveOverall = true;
            }
        }
    }

    /// <summary>"Kärki 1: …", "Tavoite: …", "Päätavoite 2: …", "Osatavoite: …": one goal each, with the label as its code.</summary>
    private static void ReadLabelled(ImportContext context, SectionNode section, string? code, bool pdf)
    {
        var blocks = section.Blocks;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (context.IsClaimed(blocks[i]) || GoalBlocks.ParagraphText(blocks[i]) is not { } text)
            {
                continue;
            }
            var m = LabelledGoal().Match(text);
            if (!m.Success || m.Groups["rest"].Value.Trim().Length == 0)
            {
                continue;
            }
            var lines = new List<ParagraphBlock> { (ParagraphBlock)blocks[i] };
            if (pdf)
            {
                for (var j = i + 1; j < blocks.Count && blocks[j] is ParagraphBlock next && !context.IsClaimed(next); j++)
                {
                    var nt = GoalBlocks.Clean(next.Text);
                    if (LabelledGoal().IsMatch(nt) || PdfTableText.IsPageFooter(nt) || EndsParagraph(lines[^1], blocks))
                    {
                        break;
                    }
                    lines.Add(next);
                }
            }
            var full = GoalBlocks.JoinLines(lines.Select(l => l.Text));
            var fm = LabelledGoal().Match(full);
            var label = fm.Groups["label"].Value.Trim();
            var level = label.StartsWith("päätavoite", StringComparison.OrdinalIgnoreCase) && code is null ? GoalLevel.Overall : GoalLevel.Objective;
            var number = fm.Groups["num"].Value;
            context.Plan.Goals.Add(new Goal
            {
                Id = GoalBlocks.NextGoalId(context.Plan),
                Code = number.Length > 0 ? $"{label} {number}" : null,
                Level = level,
                Text = fm.Groups["rest"].Value.Trim(),
                PartCode = code,
                Source = lines[0].Source,
            });
            lines.ForEach(context.Claim);
            i = blocks.IndexOf(lines[^1]);
        }
    }

    /// <summary>
    /// A goal label line of a work package followed by the goal: the paragraphs and list items up to the
    /// next label line become one objective of the work package.
    /// </summary>
    private static void ReadWorkPackageGoal(ImportContext context, SectionNode section, string code)
    {
        var blocks = section.Blocks;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (context.IsClaimed(blocks[i]) || GoalBlocks.ParagraphText(blocks[i]) is not { } label || !GoalBlocks.IsLabel(label) || !GoalLabel().IsMatch(label))
            {
                continue;
            }
            var taken = new List<Block>();
            var parts = new List<string>();
            for (var j = i + 1; j < blocks.Count; j++)
            {
                var b = blocks[j];
                if (context.IsClaimed(b) || b is not (ParagraphBlock or ListItemBlock))
                {
                    break;
                }
                var item = GoalBlocks.ListItemText(b);
                var text = item is null ? GoalBlocks.ParagraphText(b) ?? "" : "- " + item;
                if (item is null && (GoalBlocks.IsLabel(text) || GoalBlocks.CodeLine(text) is not null))
                {
                    break;
                }
                taken.Add(b);
                parts.Add(text);
            }
            if (taken.Count == 0)
            {
                continue;
            }
            context.Plan.Goals.Add(new Goal
            {
                Id = GoalBlocks.NextGoalId(context.Plan),
                Level = GoalLevel.Objective,
                Text = JoinGoal(parts),
                PartCode = code,
                Source = taken[0].Source,
            });
            context.Claim(blocks[i]);
            taken.ForEach(context.Claim);
            i += taken.Count;
        }
    }

    // A paragraph that Word split mid-sentence joins with a space; list items go on their own lines.
    private static string JoinGoal(List<string> parts)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var p in parts)
        {
            if (sb.Length > 0)
            {
                sb.Append(p.StartsWith("- ", StringComparison.Ordinal) || sb[^1] is '.' or ':' ? "\n" : " ");
            }
            sb.Append(p);
        }
        return sb.ToString();
    }

    private static List<ParagraphBlock> PdfParagraphAt(List<Block> blocks, int start)
    {
        var lines = new List<ParagraphBlock>();
        for (var j = start; j < blocks.Count && blocks[j] is ParagraphBlock p; j++)
        {
            if (PdfTableText.IsPageFooter(p.Text))
            {
                break;
            }
            lines.Add(p);
            if (EndsParagraph(p, blocks))
            {
                break;
            }
        }
        return lines;
    }

    // The last line of a PDF paragraph finishes a sentence and is clearly shorter than the section's full lines.
    private static bool EndsParagraph(ParagraphBlock line, List<Block> blocks)
    {
        var full = blocks.OfType<ParagraphBlock>().Select(b => b.Text.TrimEnd().Length).DefaultIfEmpty(0).Max();
        var t = line.Text.TrimEnd();
        return t.Length > 0 && t[^1] is '.' or '!' or '?' or ':' && t.Length < 0.8 * full;
    }

    [GeneratedRegex(@"^(hankkeen\s+)?((pää)?tavoitteena|päämääränä|(pää|keskeinen\s+)?tavoite)\s+on\b", RegexOptions.IgnoreCase)]
    private static partial Regex OverallStart();

    // A lead-in whose list is goals: "… tavoitteet ovat seuraavat:", "Hankkeen tavoitteena on …, että:".
    [GeneratedRegex(@"tavoit\w*\s+(on|ovat)\b|tavoitteena\b|päämäär\w*\s+(on|ovat)\b|päätavoit", RegexOptions.IgnoreCase)]
    private static partial Regex GoalLeadIn();

    [GeneratedRegex(@"päätavoit|päämäär|hankkeen\s+tavoit", RegexOptions.IgnoreCase)]
    private static partial Regex Overall();

    [GeneratedRegex(@"^(?<label>Kärki|Päätavoite|Tavoite|Osatavoite|Alatavoite|Painopiste)\s*(?<num>\d+|[A-Z])?\s*:\s*(?<rest>.*)$", RegexOptions.Singleline)]
    private static partial Regex LabelledGoal();

    [GeneratedRegex(@"^(työpaket\w*|osa-alueen|toimenpiteen|investoinnin)\s+tavoit", RegexOptions.IgnoreCase)]
    private static partial Regex GoalLabel();
}
