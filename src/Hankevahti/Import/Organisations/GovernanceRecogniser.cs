using Hankevahti.Import.Common;

namespace Hankevahti.Import.Organisations;

/// <summary>Steering group and other governance bodies with their members, from member tables and from prose.</summary>
public sealed class GovernanceRecogniser : IRecogniser
{
    public void Run(ImportContext context)
    {
        var scan = context.Scan;
        MemberTableReader.Read(context, scan);
        BodyProseReader.Read(context, scan);
    }
}
