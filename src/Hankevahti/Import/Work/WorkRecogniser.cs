namespace Hankevahti.Import.Work;

/// <summary>Work structure: osa-alue, pilari, investointi, työpaketti, and the actions with their codes.</summary>
public sealed class WorkRecogniser : IRecogniser
{
    public void Run(ImportContext context)
    {
    }
}
