using System.Text.RegularExpressions;
using Hankevahti.Import.Common;
using Hankevahti.Plans;
using Hankevahti.Reading;
using Hankevahti.Vocabulary;

namespace Hankevahti.Import.Organisations;

/// <summary>
/// When no table or sentence names the applicant: the administrator (hallinnoija) applies; else the plan is the
/// applicant's own, so a title-page line naming an
/// organisation, else the wellbeing services county, joint authority or city the plan names most often (in its
/// base form), is taken as the lead applicant, with a note saying so.
/// </summary>
internal static partial class LeadFallback
{
    public static void Apply(ImportContext context, BlockScan scan)
    {
        var orgs = context.Plan.Organisations;
        if (orgs.Any(o => o.Roles.Contains(OrganisationRole.LeadApplicant)))
        {
            return;
        }
        // The first page's applicant field says it in the plan's own words, before anything is inferred.
        if (Overview.FirstPageFields.Read(Overview.FirstPage.Blocks(context.Root)).FirstOrDefault(f => TitlePageWords.IsApplicantLabel(f.Label)) is { } field
            && CleanText.OneLine(field.Value) is { Length: >= 3 } applicant && applicant.Any(char.IsLetter))
        {
            var known = orgs.FindIndex(o => OrganisationNames.Same(o.Name, o.ShortName, applicant, null));
            if (known >= 0)
            {
                orgs[known] = orgs[known] with { Roles = [OrganisationRole.LeadApplicant, .. orgs[known].Roles.Where(r => r != OrganisationRole.Other)] };
            }
            else
            {
                orgs.Insert(0, new Organisation { Name = applicant, Roles = [OrganisationRole.LeadApplicant], Source = field.Block.Source });
            }
            if (field.Block is not TableBlock && field.ValueBlock is null)
            {
                context.Claim(field.Block);
            }
            return;
        }
        // State grants are applied for by the organisation that administers them.
        var admin = orgs.FindIndex(o => o.Roles.Contains(OrganisationRole.Administrator));
        if (admin >= 0)
        {
            orgs[admin] = orgs[admin] with { Roles = [OrganisationRole.LeadApplicant, .. orgs[admin].Roles] };
            context.Info(ImportNoteCodes.LeadFromAdministrator, $"\"{orgs[admin].Name}\" administers the grant and no other applicant is named, so it is taken as the lead applicant.", orgs[admin].Source);
            return;
        }
        foreach (var b in Overview.FirstPage.Blocks(context.Root))
        {
            if (!context.IsClaimed(b) && b is ParagraphBlock p && TitlePageOrg().IsMatch(CleanText.OneLine(p.Text)))
            {
                var name = CleanText.OneLine(p.Text);
                orgs.Insert(0, new Organisation { Name = name, Roles = [OrganisationRole.LeadApplicant], Source = p.Source });
                context.Claim(p);
                context.Info(ImportNoteCodes.LeadFromTitlePage, $"The lead applicant \"{name}\" is taken from the title page.", p.Source);
                return;
            }
        }
        var counts = new Dictionary<string, (int Count, Block First)>();
        foreach (var b in scan.Blocks)
        {
            if (BlockScan.TextOf(b) is not { } t)
            {
                continue;
            }
            foreach (Match m in Mention().Matches(t))
            {
                var key = m.Groups["name"].Value;
                counts[key] = counts.TryGetValue(key, out var c) ? (c.Count + 1, c.First) : (1, b);
            }
        }
        if (counts.Count == 0)
        {
            return;
        }
        var best = counts.OrderByDescending(kv => kv.Value.Count).First();
        if (best.Value.Count < 3)
        {
            return;
        }
        var existing = orgs.FindIndex(o => OrganisationNames.Same(o.Name, o.ShortName, best.Key, null));
        if (existing >= 0)
        {
            orgs[existing] = orgs[existing] with { Roles = [OrganisationRole.LeadApplicant, .. orgs[existing].Roles.Where(r => r != OrganisationRole.Other)] };
        }
        else
        {
            orgs.Insert(0, new Organisation { Name = best.Key, Roles = [OrganisationRole.LeadApplicant], Source = best.Value.First.Source });
        }
        context.Info(ImportNoteCodes.UncertainLeadByFrequency, $"No applicant is named; \"{best.Key}\", the organisation the plan names most often ({best.Value.Count} times), is taken as the lead applicant.", best.Value.First.Source);
    }

    // Base forms only: "Itä-Uudenmaan hyvinvointialue" also counts in "Itä-Uudenmaan hyvinvointialueella".
    [GeneratedRegex(@"(?<name>\p{Lu}[\p{L}-]*n(?:\s+ja\s+\p{Lu}[\p{L}-]*n)?\s+(?:hyvinvointialue|kuntayhtymä|kaupunki))")]
    private static partial Regex Mention();

    [GeneratedRegex(@"^(\p{Lu}[\p{L}-]*\s+){0,4}(\p{L}*-?yhtymä|[\p{L}-]*hyvinvointialue|[\p{L}-]*\s*kaupunki|kuntayhtymä)$")]
    private static partial Regex TitlePageOrg();
}
