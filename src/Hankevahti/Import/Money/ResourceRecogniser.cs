using System.Text.RegularExpressions;
using Hankevahti.Plans;
using Hankevahti.Reading;

namespace Hankevahti.Import.Money;

/// <summary>
/// Resources: people and roles with their allocation, from tables and from short list items
/// ("Projektipäällikkö 100 %", "Hankekoordinaattori, 0,5 htv") in the resources sections. Prose about
/// resources stays text: a sentence says more than a role and a share.
/// </summary>
public sealed partial class ResourceRecogniser : IRecogniser
{
    public void Run(ImportContext context)
    {
        foreach (var section in context.SectionsOfKind(SectionKinds.Resources))
        {
            foreach (var block in section.Blocks.Concat(section.Children.Where(c => c.Kind is null).SelectMany(c => c.AllBlocks())))
            {
                switch (block)
                {
                    case TableBlock table:
                        ResourceTable.Read(context, table);
                        break;
                    case ListItemBlock li:
                        ReadItem(context, li, li.Text);
                        break;
                    case ParagraphBlock p when ListLine().IsMatch(p.Text):
                        ReadItem(context, p, ListLine().Replace(p.Text, ""));
                        break;
                }
            }
        }
    }

    private static void ReadItem(ImportContext context, Block block, string text)
    {
        var m = RoleAndAllocation().Match(CleanText.Cell(text));
        if (!m.Success || !Allocations.TryParse(m.Groups["alloc"].Value, out var allocation))
        {
            return;
        }
        context.Plan.Resources.Add(new Resource
        {
            PersonOrRole = m.Groups["role"].Value.Trim(),
            Allocation = allocation,
            Source = block.Source,
        });
        context.Claim(block);
    }

    [GeneratedRegex(@"^\s*([-–•*]|\d+[.)])\s+")]
    private static partial Regex ListLine();

    [GeneratedRegex(@"^(?<role>\p{L}[^\d%]{2,70}?)[\s,:–-]*\(?(?<alloc>\d+(,\d+)?\s*(%|htv|htkk|kk|henkilötyövuotta|henkilötyökuukautta))\)?\.?$")]
    private static partial Regex RoleAndAllocation();
}
