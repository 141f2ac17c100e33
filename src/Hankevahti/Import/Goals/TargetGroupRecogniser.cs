namespace Hankevahti.Import.Goals;

/// <summary>Target groups.</summary>
public sealed class TargetGroupRecogniser : IRecogniser
{
    public void Run(ImportContext context)
    {
    }
}
