using System.Text.RegularExpressions;
using Hankevahti.Import.Common;
using Hankevahti.Plans;
using Hankevahti.Reading;

namespace Hankevahti.Import.Goals;

/// <summary>
/// Target groups from the "Kohderyhmä" sections: each list item is a group; a subsection with prose only
/// ("Pilari 4 kohderyhmä" in RRF plans) is one group described by its text; a sentence that states how
/// large the whole target group is, or how many of it the project means to reach ("noin 90 000–100 000
/// ammattilaista", "tavoitellaan noin 1 500–3 000 henkilöä"), gives the section-level group its sizes.
/// </summary>
public sealed partial class TargetGroupRecogniser : IRecogniser
{
    public void Run(ImportContext context)
    {
        var pdf = context.IsPdfText;
        foreach (var section in context.Sections.Where(s => s.Kind == SectionKinds.TargetGroups).ToList())
        {
            ReadSection(context, section, pdf, top: true);
            foreach (var child in section.Descendants())
            {
                ReadSection(context, child, pdf, top: false);
            }
        }
    }

    private static void ReadSection(ImportContext context, SectionNode section, bool pdf, bool top)
    {
        var items = section.Blocks.Where(b => !context.IsClaimed(b) && GoalBlocks.ListItemText(b) is { Length: > 0 }).ToList();
        foreach (var block in items)
        {
            var text = GoalBlocks.ListItemText(block)!.TrimEnd('.', ',', ';');
            context.Plan.TargetGroups.Add(new TargetGroup { Name = text, TargetedCount = FindQuantity(text), Source = block.Source });
            context.Claim(block);
        }
        var paragraphs = section.Blocks.OfType<ParagraphBlock>().Where(p => !context.IsClaimed(p)).ToList();
        if (!top && items.Count == 0 && paragraphs.Count > 0 && section.Blocks.All(b => b is ParagraphBlock or PageBreakBlock))
        {
            var description = pdf ? GoalBlocks.JoinLines(paragraphs.Select(p => p.Text)) : string.Join("\n\n", paragraphs.Select(p => GoalBlocks.Clean(p.Text)));
            context.Plan.TargetGroups.Add(new TargetGroup
            {
                Name = GoalBlocks.Clean(section.Title),
                Description = description,
                Source = section.Heading?.Source ?? paragraphs[0].Source,
            });
            paragraphs.ForEach(context.Claim);
            return;
        }
        if (top)
        {
            ReadSizes(context, section, paragraphs, pdf);
        }
    }

    /// <summary>Sizes of the whole target group, stated in prose; the sentences stay as section text.</summary>
    private static void ReadSizes(ImportContext context, SectionNode section, List<ParagraphBlock> paragraphs, bool pdf)
    {
        Quantity? total = null, targeted = null;
        SourceRef? source = null;
        var texts = pdf ? [(GoalBlocks.JoinLines(paragraphs.Select(p => p.Text)), paragraphs.FirstOrDefault()?.Source)]
            : paragraphs.Select(p => (GoalBlocks.Clean(p.Text), (SourceRef?)p.Source)).ToList();
        foreach (var (text, src) in texts)
        {
            foreach (var sentence in Sentence().Split(text))
            {
                var key = sentence.ToLowerInvariant();
                var q = FindQuantity(sentence);
                if (q is null)
                {
                    continue;
                }
                if (targeted is null && TargetedWords().IsMatch(key))
                {
                    targeted = q;
                    source ??= src;
                }
                else if (total is null && TotalWords().IsMatch(key))
                {
                    total = q;
                    source ??= src;
                }
            }
        }
        if (total is null && targeted is null)
        {
            return;
        }
        context.Plan.TargetGroups.Add(new TargetGroup
        {
            Name = GoalBlocks.Clean(section.Title),
            TotalSize = total,
            TargetedCount = targeted,
            Source = source,
        });
    }

    /// <summary>The first stated size in a text: "noin 90 000–100 000", "n. 240", "vajaat 23 800"; years are not sizes.</summary>
    public static Quantity? FindQuantity(string text)
    {
        foreach (Match m in QuantityPattern().Matches(CleanText.Squeeze(text)))
        {
            if (!Amounts.TryParseNumber(m.Groups["a"].Value, out var a))
            {
                continue;
            }
            decimal? b = null;
            if (m.Groups["b"].Success && Amounts.TryParseNumber(m.Groups["b"].Value, out var bv))
            {
                b = bv;
            }
            var approximate = m.Groups["approx"].Success;
            if (!approximate && b is null || a is >= 1900 and <= 2100 && !m.Groups["a"].Value.Contains(' '))
            {
                continue;
            }
            return new Quantity { Min = a, Max = b ?? a, Text = m.Value.Trim() };
        }
        return null;
    }

    [GeneratedRegex(@"(?<approx>\b(noin|n\.|arviolta|yhteensä|vajaa(t)?|yli|lähes|runsaat)\s+)?(?<a>\d{1,3}(?: \d{3})+|\d+)(?:\s*[–-]\s*(?<b>\d{1,3}(?: \d{3})+|\d+))?(?!\s*(%|€|prosent|vuo|v\b))", RegexOptions.IgnoreCase)]
    private static partial Regex QuantityPattern();

    [GeneratedRegex(@"(?<=[.!?])\s+(?=\p{Lu})")]
    private static partial Regex Sentence();

    [GeneratedRegex(@"tavoitel|tavoitetaan|tavoittaa|piiriin|osallistuu|osallistuvat")]
    private static partial Regex TargetedWords();

    [GeneratedRegex(@"potentiaali|kokonaismäärä|työskentelee|yhteensä|asukasta|väkiluku|arviolta")]
    private static partial Regex TotalWords();
}
