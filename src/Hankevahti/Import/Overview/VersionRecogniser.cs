using Hankevahti.Import.Common;

namespace Hankevahti.Import.Overview;

/// <summary>The version table (versio / päiväys / muokkaaja / kuvaus) and versions stated on the title page.</summary>
public sealed class VersionRecogniser : IRecogniser
{
    public void Run(ImportContext context)
    {
        VersionTableReader.Read(context, context.Scan);
        StatedVersionReader.Read(context);
    }
}
