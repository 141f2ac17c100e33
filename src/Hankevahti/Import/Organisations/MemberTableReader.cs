using System.Text.RegularExpressions;
using Hankevahti.Import.Common;
using Hankevahti.Plans;
using Hankevahti.Reading;

namespace Hankevahti.Import.Organisations;

/// <summary>
/// Member tables of governance bodies: one seat per row, the role word first (Puheenjohtaja, Sihteeri, jäsen…)
/// and the person after it, or columns named by a header (Rooli | Nimi | Titteli | Organisaatio). An empty
/// template table still gives the seats, with no names. The body's kind comes from the lines just above.
/// </summary>
public static partial class MemberTableReader
{
    private sealed record Columns(int Role, int? Name, int? Title, int? Organisation);

    internal static void Read(ImportContext context, BlockScan scan)
    {
        for (var i = 0; i < scan.Blocks.Count; i++)
        {
            if (scan.Blocks[i] is not TableBlock table || table.Rows.Count == 0 || context.IsClaimed(table))
            {
                continue;
            }
            var header = Header(table.Rows[0]);
            var start = header is null ? 0 : 1;
            var columns = header ?? new Columns(0, null, null, null);
            var rows = table.Rows.Skip(start).ToList();
            var withRole = rows.Count(r => r.Cells.Count > columns.Role && RoleWords.MemberRoleOf(CleanText.OneLine(r.Cells[columns.Role].Text)) is not null);
            var governing = rows.Any(r => r.Cells.Count > columns.Role && RoleWords.MemberRoleOf(CleanText.OneLine(r.Cells[columns.Role].Text)) is MemberRole.Chair or MemberRole.Secretary or MemberRole.Member);
            if (withRole < 2 || withRole * 2 < rows.Count || !governing)
            {
                continue;
            }
            var kind = KindAbove(context, scan, i);
            var body = new GovernanceBody { Kind = kind.Kind, Name = kind.Name, Source = table.Source };
            for (var r = start; r < table.Rows.Count; r++)
            {
                var row = table.Rows[r];
                string? Cell(int? c) => c is int k && k < row.Cells.Count && CleanText.OneLine(row.Cells[k].Text) is { Length: > 0 } t ? t : null;
                var role = RoleWords.MemberRoleOf(Cell(columns.Role));
                if (role is null)
                {
                    continue;
                }
                var member = header is not null
                    ? new GovernanceMember { Role = role.Value, Name = Cell(columns.Name), Title = Cell(columns.Title), Organisation = Cell(columns.Organisation), Source = row.Source }
                    : FromText(role.Value, string.Join(", ", row.Cells.Skip(1).Select(c => CleanText.OneLine(c.Text)).Where(t => t.Length > 0)), row.Source);
                body.Members.Add(member);
                context.ClaimRow(table, r);
            }
            if (header is not null)
            {
                context.ClaimRow(table, 0);
            }
            context.Plan.Governance.Add(body);
        }
    }

    /// <summary>"Etunimi Sukunimi, johtaja, HUS" → name, title, organisation; text that is not a person's name is a title.</summary>
    public static GovernanceMember FromText(MemberRole role, string text, SourceRef source)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return new GovernanceMember { Role = role, Source = source };
        }
        if (PersonName().IsMatch(parts[0]))
        {
            return new GovernanceMember
            {
                Role = role,
                Name = parts[0],
                Title = parts.Length > 1 ? parts[1] : null,
                Organisation = parts.Length > 2 ? string.Join(", ", parts[2..]) : null,
                Source = source,
            };
        }
        return new GovernanceMember { Role = role, Title = text, Source = source };
    }

    private static (GovernanceKind Kind, string Name) KindAbove(ImportContext context, BlockScan scan, int index)
    {
        for (var j = index - 1; j >= 0 && j >= index - 4; j--)
        {
            var t = BlockScan.TextOf(scan.Blocks[j]);
            if (t is not null && BodyWords.KindOf(t) is { } kind)
            {
                return (kind, BodyWords.IsBodyHeading(t) ? CleanText.OneLine(t) : BodyWords.DefaultName(kind));
            }
        }
        var section = scan.SectionOf(scan.Blocks[index]);
        if (section is not null && BodyWords.KindOf(section.Title) is { } k)
        {
            return (k, BodyWords.DefaultName(k));
        }
        return (GovernanceKind.SteeringGroup, BodyWords.DefaultName(GovernanceKind.SteeringGroup));
    }

    private static Columns? Header(TableRow row)
    {
        int? role = null, name = null, title = null, org = null;
        for (var i = 0; i < row.Cells.Count; i++)
        {
            var k = CleanText.Key(CleanText.OneLine(row.Cells[i].Text));
            if ((k.StartsWith("rooli") || k.StartsWith("tehtävä")) && role is null)
            {
                role = i;
            }
            else if (k.StartsWith("nimi") && name is null)
            {
                name = i;
            }
            else if ((k.StartsWith("titteli") || k.StartsWith("nimike") || k.StartsWith("asema") || k.StartsWith("virka")) && title is null)
            {
                title = i;
            }
            else if ((k.StartsWith("organisaatio") || k.StartsWith("edustaa") || k.StartsWith("taho")) && org is null)
            {
                org = i;
            }
        }
        return role is int r && (name is not null || title is not null || org is not null) ? new Columns(r, name, title, org) : null;
    }

    // Two or three capitalised words and nothing else: "Anja Kajanne", "Kajanne Anja".
    [GeneratedRegex(@"^\p{Lu}[\p{Ll}-]+(\s+\p{Lu}[\p{Ll}-]+){1,2}$")]
    private static partial Regex PersonName();
}
