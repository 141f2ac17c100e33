using Hankevahti.Import.Common;
using Hankevahti.Plans;
using Hankevahti.Reading;

namespace Hankevahti.Import.Organisations;

/// <summary>Organisations and their roles (lead applicant, co-implementers) from tables, sentences and the title page.</summary>
public sealed class OrganisationRecogniser : IRecogniser
{
    public void Run(ImportContext context)
    {
        var scan = context.Scan;
        OrganisationTableReader.Read(context, scan);
        OrganisationProseReader.Read(context, scan);
        ClaimTitlePageName(context);
        LeadFallback.Apply(context, scan);
    }

    // A title-page line that is just the name of an organisation already placed is fully placed too.
    private static void ClaimTitlePageName(ImportContext context)
    {
        foreach (var b in context.Root.Blocks)
        {
            if (b is ParagraphBlock p && !context.IsClaimed(p)
                && context.Plan.Organisations.Any(o => OrganisationNames.Same(o.Name, o.ShortName, CleanText.OneLine(p.Text), null)))
            {
                context.Claim(p);
            }
        }
    }
}
