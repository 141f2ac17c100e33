using System.Text.RegularExpressions;
using Hankevahti.Import.Common;
using Hankevahti.Plans;
using Hankevahti.Reading;

namespace Hankevahti.Import.Organisations;

/// <summary>
/// Roles stated in sentences: "Hankkeen päähakijana, hallinnoijana ja koordinaattorina toimii HUS-yhtymä, joka
/// vastaa …", "Järvilaakson kaupunki toimii hankkeen osatoteuttajana." Only the plain present "toimii" counts: "voi toimia"
/// and roles in other projects ("toimii kansallisena osatoteuttajana") are not this project's. The sentence stays
/// in the section text, since the paragraph says more than the role.
/// </summary>
internal static partial class OrganisationProseReader
{
    public static void Read(ImportContext context, BlockScan scan)
    {
        foreach (var block in scan.Blocks)
        {
            if (block is not (ParagraphBlock or ListItemBlock) || BlockScan.TextOf(block) is not { } raw)
            {
                continue;
            }
            var text = CleanText.OneLine(raw);
            if (!text.Contains("toimii", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            foreach (Match m in RoleFirst().Matches(text))
            {
                Add(context, m.Groups["org"].Value, m.Groups["roles"].Value, null, block);
            }
            foreach (Match m in OrgFirst().Matches(text))
            {
                Add(context, m.Groups["org"].Value, m.Groups["role"].Value, null, block);
            }
        }
    }

    private static void Add(ImportContext context, string orgText, string roleText, string? responsibilities, Block block)
    {
        var (name, shortName) = OrganisationNames.Split(orgText.Trim());
        if (name.Length < 3 || name.Split(' ').Length > 8 || !char.IsUpper(name[0]))
        {
            return;
        }
        var roles = RoleWords.OrganisationRoles(roleText);
        if (roles.Count == 0)
        {
            return;
        }
        var list = context.Plan.Organisations;
        var i = list.FindIndex(o => OrganisationNames.Same(o.Name, o.ShortName, name, shortName));
        if (i >= 0)
        {
            var merged = list[i].Roles.Union(roles).Where(r => r != OrganisationRole.Other || roles.Count == 0).ToList();
            list[i] = list[i] with { Roles = merged };
            return;
        }
        list.Add(new Organisation
        {
            Name = name,
            ShortName = shortName,
            Roles = roles,
            RoleText = CleanText.Squeeze(roleText),
            Responsibilities = responsibilities,
            Source = block.Source,
        });
    }

    private const string RoleWord = @"(?:\p{L}*(?:hakija|hallinnoija|toteuttaja|koordinaattori|kumppani|rahoittaja)n?a)";

    // "<roles> toimii <Organisation>[, joka …|.]"
    [GeneratedRegex(@"(?<roles>" + RoleWord + @"(?:\s*(?:,|ja)\s*" + RoleWord + @")*)\s+toimii\s+(?<org>\p{Lu}[^,.;:]*?)(?=\s*(?:,|\.|;|$|\sjoka\b|\s\())", RegexOptions.IgnoreCase)]
    private static partial Regex RoleFirst();

    // "<Organisation> toimii (tämän)? hankkeen <role>"
    [GeneratedRegex(@"(?:^|[.;]\s+)(?<org>\p{Lu}[\p{L}\d -]{1,80}?)\s+toimii\s+(?:tämän\s+)?hankkeen\s+(?<role>" + RoleWord + @")\b")]
    private static partial Regex OrgFirst();
}
