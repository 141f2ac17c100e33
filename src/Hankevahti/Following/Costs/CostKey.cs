using Hankevahti.Plans;

namespace Hankevahti.Following.Costs;

/// <summary>
/// A cell of costs against the plan: a work part (null: the project as a whole, for lines and costs the plan or
/// the ledger ties to no part) and a cost category (kustannuslaji).
/// </summary>
public readonly record struct CostKey(string? PartCode, CostCategory Category);

/// <summary>Organisation names as the plan, the ledger and the grid write them: compared trimmed and case-blind.</summary>
public static class OrganisationName
{
    public static bool Same(string? a, string? b) =>
        string.Equals(a?.Trim(), b?.Trim(), StringComparison.OrdinalIgnoreCase);
}
