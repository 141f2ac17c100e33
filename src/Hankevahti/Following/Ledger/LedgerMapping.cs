using Hankevahti.Plans;

namespace Hankevahti.Following.Ledger;

/// <summary>
/// How one organisation's ledger maps to the plan: account ranges to cost categories (the organisation's own
/// first, then <see cref="ChartOfAccounts.Default"/>) and cost centres or project codes to work parts' codes.
/// </summary>
public sealed class LedgerMapping
{
    private readonly AccountRange[] _ranges;
    private readonly Dictionary<string, string> _parts;

    public LedgerMapping(IEnumerable<AccountRange>? accounts = null, IReadOnlyDictionary<string, string>? costCentres = null)
    {
        // Narrower ranges first among the user's own, so that "4410" inside a saved "4300-4499" wins.
        var own = (accounts ?? []).OrderBy(r => Width(r)).ToList();
        _ranges = [.. own, .. ChartOfAccounts.Default];
        Accounts = own;
        _parts = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (source, target) in costCentres ?? new Dictionary<string, string>())
        {
            _parts[source.Trim()] = target.Trim();
        }
    }

    public static LedgerMapping Default { get; } = new();

    /// <summary>The organisation's own account ranges (not the default ones).</summary>
    public IReadOnlyList<AccountRange> Accounts { get; }

    public IReadOnlyDictionary<string, string> CostCentres => _parts;

    /// <summary>The category of an account, or null when no range maps it.</summary>
    public CostCategory? CategoryOf(ReadOnlySpan<char> account)
    {
        foreach (var range in _ranges)
        {
            if (range.Contains(account))
            {
                return range.Category;
            }
        }
        return null;
    }

    /// <summary>The work part a cost centre or project code maps to; null: the project as a whole.</summary>
    public string? PartOf(string? costCentre) =>
        costCentre is not null && _parts.TryGetValue(costCentre, out var part) ? part : null;

    /// <summary>This mapping with another laid over it (the CLI's --mapping file over the saved one).</summary>
    public LedgerMapping With(LedgerMapping over)
    {
        var parts = new Dictionary<string, string>(_parts, StringComparer.OrdinalIgnoreCase);
        foreach (var (k, v) in over._parts)
        {
            parts[k] = v;
        }
        return new LedgerMapping(over.Accounts.Concat(Accounts.Where(a => !over.Accounts.Any(o => o.From == a.From && o.To == a.To))), parts);
    }

    // The share of all accounts of its width that a range spans: "4410" is narrower than "43-44".
    private static decimal Width(AccountRange r) =>
        (decimal.Parse(r.To, System.Globalization.CultureInfo.InvariantCulture) - decimal.Parse(r.From, System.Globalization.CultureInfo.InvariantCulture) + 1)
        / (decimal)Math.Pow(10, r.From.Length);
}
