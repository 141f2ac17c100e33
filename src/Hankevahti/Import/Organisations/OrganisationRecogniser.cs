namespace Hankevahti.Import.Organisations;

/// <summary>Organisations and their roles (lead applicant, co-implementers).</summary>
public sealed class OrganisationRecogniser : IRecogniser
{
    public void Run(ImportContext context)
    {
    }
}
