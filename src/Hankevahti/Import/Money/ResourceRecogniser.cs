namespace Hankevahti.Import.Money;

/// <summary>Resources: people and roles with their allocation.</summary>
public sealed class ResourceRecogniser : IRecogniser
{
    public void Run(ImportContext context)
    {
    }
}
