using System.Text.RegularExpressions;
using Hankevahti.Import.Common;
using Hankevahti.Plans;
using Hankevahti.Reading;

namespace Hankevahti.Import.Organisations;

/// <summary>
/// Governance bodies described in prose under a line that names them ("Ohjausryhmä", "Operatiivinen johtoryhmä"):
/// seats stated as "puheenjohtajana toimii X", "esittelijänä toimivat X ja Y", "sihteerinä hankekonsultti", and how
/// often the body meets ("kokoontuu neljä kertaa vuodessa"). A body is added only when it has stated seats; the
/// prose stays in the section text because it says more than the seats.
/// </summary>
public static partial class BodyProseReader
{
    internal static void Read(ImportContext context, BlockScan scan)
    {
        var blocks = scan.Blocks;
        for (var i = 0; i < blocks.Count; i++)
        {
            var head = BlockScan.TextOf(blocks[i]);
            if (head is null || blocks[i] is ListItemBlock || !BodyWords.IsBodyHeading(head) || BodyWords.KindOf(head) is not { } kind)
            {
                continue;
            }
            if (context.Plan.Governance.Any(g => g.Kind == kind && g.Members.Count > 0 && g.Source?.File == blocks[i].Source.File && kind == GovernanceKind.SteeringGroup))
            {
                continue;
            }
            var body = new GovernanceBody { Kind = kind, Name = CleanText.OneLine(head), Source = blocks[i].Source };
            for (var j = i + 1; j < blocks.Count; j++)
            {
                var b = blocks[j];
                var t = BlockScan.TextOf(b);
                if (t is null || scan.IsHeading(b) || (b is not ListItemBlock && BodyWords.IsBodyHeading(t)))
                {
                    break;
                }
                var text = CleanText.OneLine(t);
                Seats(text, b.Source, body.Members);
                if (body.MeetingFrequency is null && Meets().Match(text) is { Success: true } f)
                {
                    body = body with { MeetingFrequency = f.Groups["f"].Value.Trim() };
                }
            }
            if (body.Members.Count > 0)
            {
                context.Plan.Governance.Add(body);
            }
        }
    }

    public static void Seats(string text, SourceRef source, List<GovernanceMember> members)
    {
        var taken = new List<(int Start, int End)>();
        foreach (Match m in Serves().Matches(text))
        {
            var role = RoleWords.MemberRoleOf(m.Groups["role"].Value);
            if (role is null)
            {
                continue;
            }
            var who = m.Groups["who"].Value.Trim();
            if (ServesAsFunction().IsMatch(who))
            {
                continue;
            }
            var people = m.Groups["verb"].Value.EndsWith("vat") ? SplitPeople(who) : [who];
            members.AddRange(people.Select(p => new GovernanceMember { Role = role.Value, Title = p, Source = source }));
            taken.Add((m.Index, m.Index + m.Length));
            var end = m.Index + m.Length;
            var more = AndAlso().Match(text, end);
            if (more.Success && more.Index == end && RoleWords.MemberRoleOf(more.Groups["role"].Value) is { } r2)
            {
                members.Add(new GovernanceMember { Role = r2, Title = more.Groups["who"].Value.Trim(), Source = source });
                taken.Add((more.Index, more.Index + more.Length));
            }
        }
        foreach (Match m in Essive().Matches(text))
        {
            if (taken.Any(t => m.Index >= t.Start && m.Index < t.End) || RoleWords.MemberRoleOf(m.Groups["role"].Value) is not { } role)
            {
                continue;
            }
            var who = m.Groups["who"].Value;
            if (who is "toimii" or "toimivat" or "ja" or "on" or "ovat" or "hankkeessa")
            {
                continue;
            }
            members.Add(new GovernanceMember { Role = role, Title = who, Source = source });
        }
    }

    // "X ja Y" where a capital starts the next person; "Sosiaali- ja terveystoimen" is one title.
    private static List<string> SplitPeople(string who) =>
        [.. PeopleSplit().Split(who).Select(p => p.Trim()).Where(p => p.Length > 0)];

    private const string Roles = @"varapuheenjohtaja|puheenjohtaja|esittelijä|sihteeri";

    [GeneratedRegex(@"\b(?<role>" + Roles + @")(?:n|na|nä)?\s+(?<verb>toimii|toimivat)\s+(?<who>[^,.;]+?)(?=\s+ja\s+(?:\p{L}+\s+)?(?:" + Roles + @")|[,.;]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex Serves();

    [GeneratedRegex(@"\G\s+ja\s+(?<role>" + Roles + @")\p{L}*\s+(?<who>[^,.;]+?)(?=[,.;]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex AndAlso();

    [GeneratedRegex(@"\b(?<role>" + Roles + @")(?:na|nä)\s+(?<who>\p{Ll}[\p{L}-]*)")]
    private static partial Regex Essive();

    [GeneratedRegex(@"kokoontuu\s+(?<f>[^.,;]+?)(?=\s+ja\s|[.,;]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex Meets();

    // "toimivat linkkinä …": the seat holders serve as something, the text names no person.
    [GeneratedRegex(@"^\p{Ll}+(na|nä)\b")]
    private static partial Regex ServesAsFunction();

    [GeneratedRegex(@"\s+ja\s+(?=\p{Lu})")]
    private static partial Regex PeopleSplit();
}
