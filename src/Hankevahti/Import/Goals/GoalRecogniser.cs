namespace Hankevahti.Import.Goals;

/// <summary>Goals of the project and of each part.</summary>
public sealed class GoalRecogniser : IRecogniser
{
    public void Run(ImportContext context)
    {
    }
}
