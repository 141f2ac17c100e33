namespace Hankevahti.Import.Money;

/// <summary>Budget tables and budget prose: cost lines, subtotals, funding shares, stated totals.</summary>
public sealed class BudgetRecogniser : IRecogniser
{
    public void Run(ImportContext context)
    {
    }
}
