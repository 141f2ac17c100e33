using Hankevahti.Import.Blocks;
using Hankevahti.Reading;

namespace Hankevahti.Import.Money;

/// <summary>
/// Budget tables and budget prose: cost lines, subtotals, funding shares, stated totals. Works on the
/// budget sections (Kustannukset, Taloussuunnitelma, budget annexes) and the unclassified subsections
/// under them, each with the part and table label its headings give.
/// </summary>
public sealed class BudgetRecogniser : IRecogniser
{
    public void Run(ImportContext context)
    {
        foreach (var section in context.SectionsOfKind(SectionKinds.Budget))
        {
            var place = new BudgetPlace(BudgetParts.PartFor(section), BudgetParts.TableLabel(section), BudgetParts.OrganisationNamed(context, section.Title));
            var blocks = OwnBlocks(section).ToList();
            foreach (var table in blocks.OfType<TableBlock>())
            {
                if (!context.IsClaimed(table) && BudgetTableReader.LooksLikeBudget(table))
                {
                    new BudgetTableReader(context, table, place).Read();
                }
            }
            FragmentCostTable.Read(context, blocks, place);
            foreach (var run in ProseRuns.Of(blocks, context.IsPdfText, context.IsClaimed))
            {
                BudgetProse.Read(context, run.Source, run.Text, place);
            }
        }
        ReadPartTotalsElsewhere(context);
    }

    /// <summary>Work package and part sections state their own cost estimate in a sentence; those become part totals.</summary>
    private static void ReadPartTotalsElsewhere(ImportContext context)
    {
        foreach (var section in context.Sections.Where(s => s.Kind is not SectionKinds.Budget and not SectionKinds.Contents && !UnderBudget(s)))
        {
            var place = new BudgetPlace(BudgetParts.PartFor(section), BudgetParts.TableLabel(section));
            foreach (var run in ProseRuns.Of(section.Blocks, context.IsPdfText, context.IsClaimed))
            {
                BudgetProse.Read(context, run.Source, run.Text, place, requireTotal: true);
            }
        }
    }

    private static bool UnderBudget(SectionNode section)
    {
        for (var s = section.Parent; s is not null; s = s.Parent)
        {
            if (s.Kind == SectionKinds.Budget)
            {
                return true;
            }
            if (s.Kind is not null)
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>A section's own blocks and those of subsections no other recogniser knows (e.g. "Henkilöstökulut" under "Kustannukset").</summary>
    private static IEnumerable<Block> OwnBlocks(SectionNode section)
    {
        foreach (var b in section.Blocks)
        {
            yield return b;
        }
        foreach (var child in section.Children.Where(c => c.Kind is null))
        {
            foreach (var b in OwnBlocks(child))
            {
                yield return b;
            }
        }
    }
}
