using Hankevahti.Reading;

namespace Hankevahti.Import.Overview;

/// <summary>
/// The plan's first page: the blocks before its first template section. A title page may stand before any
/// heading (the preamble) or under headings of its own — a markdown "# Title" or a styled title paragraph
/// becomes a heading that no template section word names — so both count, up to the first section the
/// template knows.
/// </summary>
internal static class FirstPage
{
    public static IReadOnlyList<Block> Blocks(SectionNode root)
    {
        var blocks = new List<Block>(root.Blocks);
        foreach (var section in root.Children)
        {
            if (section.Kind is not null)
            {
                break;
            }
            if (section.Heading is not null)
            {
                blocks.Add(section.Heading);
            }
            blocks.AddRange(section.HeadingContinuation);
            if (section.Descendants().Any(d => d.Kind is not null and not SectionKinds.Contents))
            {
                // A first heading that holds the whole plan (the title as the document's only level-1 heading):
                // its own blocks are the title page, its subsections are the plan.
                blocks.AddRange(section.Blocks);
                break;
            }
            blocks.AddRange(section.AllBlocks());
        }
        return blocks;
    }

    /// <summary>The headings among the first page's blocks, in order: the title of a plan written with heading styles.</summary>
    public static IEnumerable<HeadingBlock> Headings(SectionNode root) => Blocks(root).OfType<HeadingBlock>();
}
