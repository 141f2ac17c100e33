namespace Hankevahti.Import.Work;

/// <summary>Schedule tables: period columns and marks mapped to actions; unknown when the marks were lost.</summary>
public sealed class ScheduleRecogniser : IRecogniser
{
    public void Run(ImportContext context)
    {
    }
}
