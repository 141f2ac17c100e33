using Hankevahti.Reading;

namespace Hankevahti.Import.Common;

/// <summary>
/// The document's blocks in order with the section each stands in. Recognisers that look for tables by
/// their columns scan the whole document, because a Word text export can lose the heading above them.
/// </summary>
public sealed class BlockScan
{
    private readonly Dictionary<Block, SectionNode> sectionOf = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<Block> headings = new(ReferenceEqualityComparer.Instance);

    public BlockScan(ImportContext context)
    {
        Blocks = context.Read.Blocks;
        Visit(context.Root);
    }

    public IReadOnlyList<Block> Blocks { get; }

    /// <summary>The section a block stands in (the root for the preamble).</summary>
    public SectionNode? SectionOf(Block block) => sectionOf.GetValueOrDefault(block);

    /// <summary>True when the outline took the block as a heading (also paragraphs recognised as headings).</summary>
    public bool IsHeading(Block block) => block is HeadingBlock || headings.Contains(block);

    /// <summary>The text of a heading or paragraph block, or null for other blocks.</summary>
    public static string? TextOf(Block block) => block switch
    {
        HeadingBlock h => h.Text,
        ParagraphBlock p => p.Text,
        ListItemBlock l => l.Text,
        _ => null,
    };

    /// <summary>A page break: the text reader turns page footers such as "18(35)" into these.</summary>
    public static bool IsFooter(Block block) => block is PageBreakBlock;

    private void Visit(SectionNode node)
    {
        if (node.Heading is not null)
        {
            headings.Add(node.Heading);
            sectionOf[node.Heading] = node;
        }
        foreach (var b in node.HeadingContinuation)
        {
            headings.Add(b);
            sectionOf[b] = node;
        }
        foreach (var b in node.Blocks)
        {
            sectionOf[b] = node;
        }
        foreach (var c in node.Children)
        {
            Visit(c);
        }
    }
}
