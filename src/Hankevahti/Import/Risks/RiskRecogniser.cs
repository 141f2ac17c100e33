namespace Hankevahti.Import.Risks;

/// <summary>Risks from tables and from prose records.</summary>
public sealed class RiskRecogniser : IRecogniser
{
    public void Run(ImportContext context)
    {
    }
}
