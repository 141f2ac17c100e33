namespace Hankevahti.Import.Money;

/// <summary>The communication plan.</summary>
public sealed class CommunicationRecogniser : IRecogniser
{
    public void Run(ImportContext context)
    {
    }
}
