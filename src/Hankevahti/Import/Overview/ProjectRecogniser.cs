namespace Hankevahti.Import.Overview;

/// <summary>Title, programme, lead organisation and period of the project.</summary>
public sealed class ProjectRecogniser : IRecogniser
{
    public void Run(ImportContext context)
    {
    }
}
