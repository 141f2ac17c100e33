using Hankevahti.Plans;

namespace Hankevahti.Import.Money;

/// <summary>Where a budget table or sentence stands: the part and organisation it is for and the label of the table it comes from.</summary>
public sealed record BudgetPlace(string? PartCode, string? Table, string? Organisation = null)
{
    public FigureScope Scope(FigureKind? kind = null, int? year = null, string? period = null, CostCategory? category = null) =>
        new() { PartCode = PartCode, Organisation = Organisation, Kind = kind, Year = year, Period = period, Category = category, Table = Table };
}
