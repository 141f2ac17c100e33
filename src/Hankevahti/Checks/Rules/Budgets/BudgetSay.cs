namespace Hankevahti.Checks.Rules.Budgets;

/// <summary>The sentences the budget checks share: a sum against a stated figure, with the difference.</summary>
internal static class BudgetSay
{
    /// <summary>"…: rivit yhteensä 852 839 €, ilmoitettu 842 839 € (erotus 10 000 €)."</summary>
    public static Localized SumAgainstStated(Localized where, Localized what, decimal sum, decimal stated)
    {
        var s = Say.Euros(sum);
        var st = Say.Euros(stated);
        var d = Say.Euros(Math.Abs(sum - stated));
        return new($"{where.Fi}: {what.Fi} {s.Fi}, ilmoitettu {st.Fi} (erotus {d.Fi}).",
            $"{where.En}: {what.En} {s.En}, stated {st.En} (difference {d.En}).");
    }

    /// <summary>Terms of a sum: "toteuma 2020 12 020 € + ennuste 2021 199 361 € = 211 381 €".</summary>
    public static Localized Terms(IReadOnlyList<(Localized Name, decimal Amount)> terms, decimal sum)
    {
        var fi = string.Join(" + ", terms.Select(t => $"{t.Name.Fi} {Say.Euros(t.Amount).Fi}"));
        var en = string.Join(" + ", terms.Select(t => $"{t.Name.En} {Say.Euros(t.Amount).En}"));
        return new($"{fi} = {Say.Euros(sum).Fi}", $"{en} = {Say.Euros(sum).En}");
    }
}
