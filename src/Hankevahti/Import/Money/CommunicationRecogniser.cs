using System.Text.RegularExpressions;
using Hankevahti.Plans;
using Hankevahti.Reading;

namespace Hankevahti.Import.Money;

/// <summary>
/// The communication plan. A table of audiences / messages / channels / timing / responsible becomes
/// items. Without one, lists under a lead-in structure what they can: main messages ("pääviestit"),
/// audiences ("kohderyhmät", one item each) and channels ("kanavat"). Channels listed for the
/// communication as a whole are given to every audience item, since the plan names no narrower pairing;
/// without audiences they stay text, because an item needs an audience. Prose stays in the section.
/// </summary>
public sealed partial class CommunicationRecogniser : IRecogniser
{
    private enum ListKind { None, Messages, Audiences, Channels }

    public void Run(ImportContext context)
    {
        foreach (var section in context.SectionsOfKind(SectionKinds.Communication))
        {
            var messages = new List<string>();
            var items = new List<CommunicationItem>();
            var channels = new List<(string Text, Block Block)>();
            var blocks = section.Blocks.Concat(section.Children.Where(c => c.Kind is null).SelectMany(c => c.AllBlocks())).ToList();
            var kind = ListKind.None;
            Block? leadIn = null;
            var leadInUsed = false;
            foreach (var block in blocks)
            {
                if (block is TableBlock table)
                {
                    items.AddRange(CommunicationTable.Read(context, table));
                    kind = ListKind.None;
                    continue;
                }
                var (isItem, text) = block switch
                {
                    ListItemBlock li => (true, li.Text),
                    ParagraphBlock p when ListLine().IsMatch(p.Text) => (true, ListLine().Replace(p.Text, "")),
                    ParagraphBlock p => (false, p.Text),
                    _ => (false, ""),
                };
                text = CleanText.Cell(text);
                if (!isItem)
                {
                    kind = LeadIn(text);
                    leadIn = kind == ListKind.None ? null : block;
                    leadInUsed = false;
                    continue;
                }
                if (kind == ListKind.None || text.Length == 0)
                {
                    continue;
                }
                switch (kind)
                {
                    case ListKind.Messages:
                        messages.Add(text);
                        context.Claim(block);
                        break;
                    case ListKind.Audiences:
                        items.Add(new CommunicationItem { Audience = text.TrimEnd(',', ';', '.'), Source = block.Source });
                        context.Claim(block);
                        break;
                    case ListKind.Channels:
                        channels.Add((text.TrimEnd(',', ';', '.'), block));
                        break;
                }
                if (!leadInUsed && leadIn is not null && kind != ListKind.Channels && IsLabel(leadIn))
                {
                    context.Claim(leadIn);
                    leadInUsed = true;
                }
            }
            var audienceItems = items.Where(i => i.Channels.Count == 0 && i.Message is null).ToList();
            if (channels.Count > 0 && audienceItems.Count > 0 && items.Count == audienceItems.Count)
            {
                var names = channels.Select(c => c.Text).ToList();
                items = items.Select(i => i with { Channels = [.. names] }).ToList();
                foreach (var (_, block) in channels)
                {
                    context.Claim(block);
                }
            }
            if (messages.Count == 0 && items.Count == 0)
            {
                continue;
            }
            var current = context.Plan.Communication;
            context.Plan = context.Plan with
            {
                Communication = new CommunicationPlan
                {
                    MainMessages = [.. current?.MainMessages ?? [], .. messages],
                    Items = [.. current?.Items ?? [], .. items],
                    Text = current?.Text,
                    Source = current?.Source ?? section.Heading?.Source,
                },
            };
        }
    }

    private static ListKind LeadIn(string text)
    {
        var t = text.ToLowerInvariant();
        if (t.Length > 300)
        {
            return ListKind.None;
        }
        if (Regex.IsMatch(t, @"pääviesti|ydinviest|keskeiset viestit"))
        {
            return ListKind.Messages;
        }
        if (Regex.IsMatch(t, @"kohderyhm"))
        {
            return ListKind.Audiences;
        }
        if (Regex.IsMatch(t, @"kanav"))
        {
            return ListKind.Channels;
        }
        return ListKind.None;
    }

    /// <summary>A lead-in of a few words (a subheading naming the audiences, "Pääviestit:") only names the list, so the list's field places it.</summary>
    private static bool IsLabel(Block block) =>
        block is ParagraphBlock p && CleanText.CountWords(CleanText.Cell(p.Text)) <= 4;

    [GeneratedRegex(@"^\s*([-–•*]|\d+[.)])\s+")]
    private static partial Regex ListLine();
}
