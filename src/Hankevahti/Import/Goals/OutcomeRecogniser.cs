namespace Hankevahti.Import.Goals;

/// <summary>Outputs, results and impacts.</summary>
public sealed class OutcomeRecogniser : IRecogniser
{
    public void Run(ImportContext context)
    {
    }
}
