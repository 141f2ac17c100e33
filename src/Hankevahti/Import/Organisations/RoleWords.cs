using System.Text.RegularExpressions;
using Hankevahti.Plans;

namespace Hankevahti.Import.Organisations;

/// <summary>The words plans use for organisations' roles and for seats in governance bodies.</summary>
public static partial class RoleWords
{
    /// <summary>The roles a role text names ("Päähakija, hallinnoija ja koordinaattori" → lead applicant, administrator).</summary>
    public static List<OrganisationRole> OrganisationRoles(string? text)
    {
        var roles = new List<OrganisationRole>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return roles;
        }
        var t = text.ToLowerInvariant();
        void Add(OrganisationRole r)
        {
            if (!roles.Contains(r))
            {
                roles.Add(r);
            }
        }
        if (LeadApplicant().IsMatch(t))
        {
            Add(OrganisationRole.LeadApplicant);
        }
        if (Administrator().IsMatch(t))
        {
            Add(OrganisationRole.Administrator);
        }
        if (CoImplementer().IsMatch(t))
        {
            Add(OrganisationRole.CoImplementer);
        }
        if (Partner().IsMatch(t))
        {
            Add(OrganisationRole.Partner);
        }
        if (Funder().IsMatch(t))
        {
            Add(OrganisationRole.Funder);
        }
        return roles;
    }

    /// <summary>The seat a governance member's role word names, or null when the text names none.</summary>
    public static MemberRole? MemberRoleOf(string? text)
    {
        var t = (text ?? "").Trim().ToLowerInvariant();
        return t switch
        {
            _ when t.StartsWith("varapuheenjohtaja") || t.StartsWith("varapj") => MemberRole.ViceChair,
            _ when t.StartsWith("puheenjohtaja") || t is "pj" or "pj." => MemberRole.Chair,
            _ when t.StartsWith("sihteeri") => MemberRole.Secretary,
            _ when t.StartsWith("esittelijä") => MemberRole.Presenter,
            _ when t.StartsWith("valvoja") => MemberRole.Supervisor,
            _ when t.StartsWith("asiantuntija") || t.StartsWith("pysyvä asiantuntija") => MemberRole.Expert,
            _ when t.StartsWith("jäsen") || t.StartsWith("varajäsen") => MemberRole.Member,
            _ => null,
        };
    }

    // "hakija" alone also names the lead: the plan's applicant is the one that applies for the grant.
    [GeneratedRegex(@"päähakija|(^|[\s,(])hakija|päätoteuttaja|hakijaorganisaatio|valtionavustuksen hakija")]
    private static partial Regex LeadApplicant();

    [GeneratedRegex(@"hallinnoija|hallinnoiva|hallinnoi\b")]
    private static partial Regex Administrator();

    [GeneratedRegex(@"osatoteuttaja|siirron saaja|siirronsaaja|avustuksen saaja")]
    private static partial Regex CoImplementer();

    [GeneratedRegex(@"kumppani|yhteistyötaho|yhteistyöorganisaatio")]
    private static partial Regex Partner();

    [GeneratedRegex(@"rahoittaja")]
    private static partial Regex Funder();
}
