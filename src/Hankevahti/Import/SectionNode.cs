using Hankevahti.Reading;

namespace Hankevahti.Import;

/// <summary>A heading of the document with the blocks under it (up to the next heading) and its subsections.</summary>
public sealed class SectionNode
{
    /// <summary>The number as written ("6.5", "4.2.1"), a keyword code ("Työpaketti 1.4A" → "1.4A"), or null.</summary>
    public string? Number { get; init; }
    public string Title { get; set; } = "";
    /// <summary>Depth in the outline: 0 for the document root, 1 for top-level sections.</summary>
    public int Level { get; init; }
    /// <summary>The template section this is (see <see cref="SectionKinds"/>), or null when unknown.</summary>
    public string? Kind { get; set; }
    /// <summary>The block the heading came from (a heading, or a paragraph recognised as one); null for the root.</summary>
    public Block? Heading { get; init; }
    /// <summary>Extra blocks that were part of the heading (a heading wrapped onto a second PDF line).</summary>
    public List<Block> HeadingContinuation { get; } = [];
    /// <summary>The content blocks directly under this heading, before its first subsection.</summary>
    public List<Block> Blocks { get; } = [];
    public List<SectionNode> Children { get; } = [];
    public SectionNode? Parent { get; set; }

    public IEnumerable<SectionNode> Descendants()
    {
        foreach (var child in Children)
        {
            yield return child;
            foreach (var d in child.Descendants())
            {
                yield return d;
            }
        }
    }

    /// <summary>This section's own blocks followed by those of every subsection, in document order.</summary>
    public IEnumerable<Block> AllBlocks()
    {
        foreach (var b in Blocks)
        {
            yield return b;
        }
        foreach (var child in Children)
        {
            if (child.Heading is not null)
            {
                yield return child.Heading;
            }
            foreach (var b in child.HeadingContinuation)
            {
                yield return b;
            }
            foreach (var b in child.AllBlocks())
            {
                yield return b;
            }
        }
    }

    public override string ToString() => $"{Number} {Title} [{Kind}]".Trim();
}
