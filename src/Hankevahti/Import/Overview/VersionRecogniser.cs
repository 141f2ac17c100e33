namespace Hankevahti.Import.Overview;

/// <summary>The version table (versio / päiväys / muokkaaja / kuvaus) and stated version numbers and dates.</summary>
public sealed class VersionRecogniser : IRecogniser
{
    public void Run(ImportContext context)
    {
    }
}
