using Hankevahti.Plans;
using Hankevahti.Vocabulary;

namespace Hankevahti.Following.Ledger;

/// <summary>A line of a mapping file that is refused: its number and what was expected.</summary>
public sealed record MappingFileError(int Line, string Message);

/// <summary>
/// The CLI's mapping file (docs/following.md, "Ledger import"): CSV lines <c>kind;source;target</c> (',' or tab
/// also), an optional heading line, '#' comments. Kinds: <c>account</c> (source an account number or range
/// "4400-4499", target a cost category as the plan JSON names it, "servicesTravel", or its Finnish label,
/// "Matkat") and <c>cost_centre</c> (source a cost centre or project code, target a work part's code).
/// </summary>
public static class MappingFile
{
    public const string Account = "account";
    public const string CostCentre = "cost_centre";

    public static (LedgerMapping? Mapping, IReadOnlyList<MappingFileError> Errors) Parse(TextReader reader, IReadOnlyCollection<string>? partCodes = null)
    {
        var ranges = new List<AccountRange>();
        var parts = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var errors = new List<MappingFileError>();
        foreach (var (row, cells) in CsvRecords.Read(reader))
        {
            var fields = cells.Select(c => ((string?)c ?? "").Trim()).ToArray();
            if (fields.All(f => f.Length == 0) || fields[0].StartsWith('#') || (row == 1 && fields[0].Equals("kind", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }
            if (fields.Length != 3)
            {
                errors.Add(new MappingFileError(row, $"line {row}: expected three fields kind;source;target"));
                continue;
            }
            var (kind, source, target) = (fields[0].ToLowerInvariant(), fields[1], fields[2]);
            switch (kind)
            {
                case Account or "tili":
                    var category = CategoryOf(target);
                    var range = category is null ? null : AccountRange.Parse(source, category.Value);
                    if (category is null)
                    {
                        errors.Add(new MappingFileError(row, $"line {row}: cost category '{target}': expected one of {string.Join(", ", Enum.GetValues<CostCategory>().Select(FollowUpNames.Category))}"));
                    }
                    else if (range is null)
                    {
                        errors.Add(new MappingFileError(row, $"line {row}: account '{source}': expected an account number or a range like 4400-4499"));
                    }
                    else
                    {
                        ranges.Add(range);
                    }
                    break;
                case CostCentre or "cost centre" or "kustannuspaikka" or "kp" or "project" or "projekti":
                    if (source.Length == 0 || target.Length == 0)
                    {
                        errors.Add(new MappingFileError(row, $"line {row}: expected a cost centre and a work part's code"));
                    }
                    else if (partCodes is not null && !partCodes.Contains(target, StringComparer.OrdinalIgnoreCase))
                    {
                        errors.Add(new MappingFileError(row, $"line {row}: work part '{target}': expected one of the plan's parts ({string.Join(", ", partCodes)})"));
                    }
                    else
                    {
                        parts[source] = partCodes?.First(p => p.Equals(target, StringComparison.OrdinalIgnoreCase)) ?? target;
                    }
                    break;
                default:
                    errors.Add(new MappingFileError(row, $"line {row}: kind '{fields[0]}': expected account or cost_centre"));
                    break;
            }
        }
        return errors.Count > 0 ? (null, errors) : (new LedgerMapping(ranges, parts), errors);
    }

    /// <summary>A category by its JSON name ("servicesTravel") or a budget label ("Matkat", "Henkilöstökulut").</summary>
    public static CostCategory? CategoryOf(string text)
    {
        if (FollowUpNames.ParseCategory(text) is { } named)
        {
            return named;
        }
        var label = CostCategories.Classify(text);
        return label.Kind == BudgetRowKind.Category ? label.Category : null;
    }
}
