using Hankevahti.Import.Common;

namespace Hankevahti.Import.Risks;

/// <summary>
/// Risks from tables (Word rows or PDF cell fragments) and from prose records. Tables are found by their
/// header's words anywhere in the document, since a text export may have lost the heading above them.
/// </summary>
public sealed class RiskRecogniser : IRecogniser
{
    public void Run(ImportContext context)
    {
        var scan = context.Scan;
        RiskTableReader.Read(context, scan);
        RiskProseReader.Read(context, scan);
        RiskFragmentReader.Read(context, scan);
    }
}
