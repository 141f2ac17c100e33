using Hankevahti.Plans;

namespace Hankevahti.Following.Ledger;

/// <summary>
/// A range of account numbers mapped to a cost category. Bounds are compared on as many leading digits as they
/// have, so "4300-4499" also takes the six-digit sub-account "430010" of a finance system that extends the
/// four-digit chart.
/// </summary>
public sealed record AccountRange(string From, string To, CostCategory Category)
{
    /// <summary>Whether the account's leading digits fall in the range; false for an account that is not a number.</summary>
    public bool Contains(ReadOnlySpan<char> account)
    {
        account = account.Trim();
        var width = From.Length;
        if (account.Length < width || To.Length != width)
        {
            return false;
        }
        var head = account[..width];
        foreach (var c in head)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }
        return head.CompareTo(From, StringComparison.Ordinal) >= 0 && head.CompareTo(To, StringComparison.Ordinal) <= 0;
    }

    /// <summary>"4000-4099", "4000–4099" or one number "4410"; null when it is not digits of one width.</summary>
    public static AccountRange? Parse(string text, CostCategory category)
    {
        var parts = text.Split(['-', '–', '—'], 2, StringSplitOptions.TrimEntries);
        var from = parts[0];
        var to = parts.Length == 2 ? parts[1] : parts[0];
        bool Digits(string s) => s.Length > 0 && s.All(char.IsAsciiDigit);
        return Digits(from) && Digits(to) && from.Length == to.Length && string.CompareOrdinal(from, to) <= 0
            ? new AccountRange(from, to, category) : null;
    }

    public override string ToString() => From == To ? From : $"{From}-{To}";
}

/// <summary>
/// The default mapping of accounts to the plan's cost categories: the expense groups of the municipal chart of
/// accounts (JHS 192 Kuntien ja kuntayhtymien tililuettelo, the model Kuntaliitto maintains; docs/checks.md says
/// which ranges are certain). Only operating expenses (toimintakulut, 4000–4999) are mapped: an account outside
/// them (income, balance sheet) in a project's ledger is refused until the user maps it.
/// </summary>
public static class ChartOfAccounts
{
    public static IReadOnlyList<AccountRange> Default { get; } =
    [
        // Henkilöstökulut: palkat ja palkkiot, henkilösivukulut (eläke- ja muut).
        new("4000", "4299", CostCategory.PersonnelHired),
        // Palvelujen ostot. The chart's sub-accounts for travel and training differ between systems: the
        // default takes all purchases of services as other services, and a saved mapping narrows them.
        new("4300", "4499", CostCategory.ServicesOther),
        // Aineet, tarvikkeet ja tavarat.
        new("4500", "4699", CostCategory.Materials),
        // Avustukset.
        new("4700", "4799", CostCategory.Other),
        // Muut toimintakulut (vuokrat among them, at account numbers that differ between systems).
        new("4800", "4999", CostCategory.Other),
    ];
}
