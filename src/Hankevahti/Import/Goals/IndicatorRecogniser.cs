namespace Hankevahti.Import.Goals;

/// <summary>Indicators from lists and tables, with baselines and yearly targets.</summary>
public sealed class IndicatorRecogniser : IRecogniser
{
    public void Run(ImportContext context)
    {
    }
}
