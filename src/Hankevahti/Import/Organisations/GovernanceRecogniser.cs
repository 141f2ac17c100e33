namespace Hankevahti.Import.Organisations;

/// <summary>Steering group and other governance bodies with their members.</summary>
public sealed class GovernanceRecogniser : IRecogniser
{
    public void Run(ImportContext context)
    {
    }
}
