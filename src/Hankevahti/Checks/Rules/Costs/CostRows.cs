using System.Text.RegularExpressions;
using Hankevahti.Plans;

namespace Hankevahti.Checks.Rules.Costs;

/// <summary>
/// The cost table rows of a plan that name a part, tied to the work tree. Numbered rows of a part with
/// work packages ("1. Kirjaaminen" under Investointi 3) cost the package of that number (3.1),
/// when the numbering plainly follows the packages: every row of the part is numbered and at least half
/// of the numbers have a package.
/// </summary>
public static partial class CostRows
{
    public static IReadOnlyList<CostRow> Of(CheckContext context)
    {
        var lines = context.Plan.Budget?.Lines ?? [];
        var rows = new List<CostRow>();
        var at = new Dictionary<(string, string, string), int>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line is null || string.IsNullOrWhiteSpace(line.PartCode))
            {
                continue;
            }
            var key = (line.PartCode.Trim(), Flat(line.Label), Flat(line.Organisation));
            if (at.TryGetValue(key, out var r))
            {
                rows[r] = rows[r] with { Lines = [.. rows[r].Lines, (line, i)] };
                continue;
            }
            at[key] = rows.Count;
            var named = PartPaths.Resolve(context.Work, line.PartCode);
            rows.Add(new CostRow
            {
                PartCode = line.PartCode.Trim(),
                Label = line.Label,
                Organisation = line.Organisation,
                Lines = [(line, i)],
                Named = named,
                Part = named,
                Number = NumberOf(line.Label),
            });
        }
        return ByNumber(context, rows);
    }

    /// <summary>The number a row label starts with ("2. Ammattilaisten…", "3) Johtaminen"), or null.</summary>
    public static int? NumberOf(string? label)
    {
        var m = label is null ? Match.Empty : Numbered().Match(label);
        return m.Success && int.TryParse(m.Groups[1].Value, out var n) ? n : null;
    }

    private static List<CostRow> ByNumber(CheckContext context, List<CostRow> rows)
    {
        foreach (var group in rows.Where(r => r.Named is not null).GroupBy(r => r.Named!.Path).ToList())
        {
            var named = group.First().Named!;
            var children = context.Work.Where(e => IsChild(e, named)).ToList();
            if (children.Count == 0 || group.Any(r => r.Number is null))
            {
                continue;
            }
            var matches = group.Select(r => (Row: r, Package: PackageNumbered(children, named, r.Number!.Value))).ToList();
            if (matches.Count(m => m.Package is not null) * 2 < matches.Count)
            {
                continue;
            }
            foreach (var (row, package) in matches)
            {
                var index = rows.IndexOf(row);
                rows[index] = package is not null
                    ? row with { Part = package }
                    : row with { MissingCode = $"{named.Part.Code}.{row.Number}" };
            }
        }
        return rows;
    }

    private static WorkEntry? PackageNumbered(List<WorkEntry> children, WorkEntry parent, int number)
    {
        var n = number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var found = children.Where(c => Same(c.Part.Code, $"{parent.Part.Code}.{n}") || Same(c.Part.Code, n)).ToList();
        return found.Count == 1 ? found[0] : null;
    }

    private static bool IsChild(WorkEntry entry, WorkEntry parent) =>
        PartPaths.IsBelow(entry, parent) && entry.Ancestors.Count == parent.Ancestors.Count + 1;

    private static bool Same(string? a, string b) => a is not null && string.Equals(a.Trim(), b, StringComparison.OrdinalIgnoreCase);

    private static string Flat(string? text) =>
        text is null ? "" : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    [GeneratedRegex(@"^\s*(\d{1,2})\s*[.)]\s+\S")]
    private static partial Regex Numbered();
}
