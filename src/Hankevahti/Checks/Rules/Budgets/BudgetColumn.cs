using Hankevahti.Plans;

namespace Hankevahti.Checks.Rules.Budgets;

/// <summary>
/// A column of a budget table as the scope of its figures gives it: figure kind, year and period. The
/// importer marks the derived total column ("KOKONAISKULUT YHT.") with a period ending in "yhteensä", and
/// has no lines there, so the checks compare that column with the other columns' figures instead.
/// </summary>
internal readonly record struct BudgetColumn(FigureKind Kind, int? Year, string? Period)
{
    private const string TotalMark = "yhteensä";

    public static BudgetColumn Of(FigureScope scope) => new(scope.Kind ?? FigureKind.Planned, scope.Year, Normalise(scope.Period));

    /// <summary>Whether the column is the table's sum of its other columns (actual + forecast, or all years).</summary>
    public bool IsTotal => Period is not null && Period.EndsWith(TotalMark, StringComparison.OrdinalIgnoreCase);

    /// <summary>A scope for the column's lines, narrowed to a table's part and organisation.</summary>
    public FigureScope Scope(FigureScope table, CostCategory? category = null) => new()
    {
        PartCode = table.PartCode,
        Organisation = table.Organisation,
        Kind = Kind,
        Year = Year,
        Period = Period,
        Category = category,
    };

    /// <summary>"ennuste 2021" / "forecast 2021", "2020-2021 yhteensä" / "2020-2021 total", for messages.</summary>
    public Localized Name
    {
        get
        {
            var when = Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? Period;
            if (IsTotal)
            {
                var span = Period![..^TotalMark.Length].Trim();
                return span.Length == 0 ? new("yhteensä", "total") : new($"{span} yhteensä", $"{span} total");
            }
            if (Year is not null && Period is not null && !Period.Contains(when!, StringComparison.Ordinal))
            {
                when = $"{Year} {Period}";
            }
            else if (Year is not null && Period is not null)
            {
                when = Period;
            }
            var (fi, en) = Kind switch
            {
                FigureKind.Actual => ("toteuma", "actual"),
                FigureKind.Forecast => ("ennuste", "forecast"),
                _ => ("suunnitelma", "planned"),
            };
            return when is null ? new(fi, en) : new($"{fi} {when}", $"{en} {when}");
        }
    }

    private static string? Normalise(string? period) => string.IsNullOrWhiteSpace(period) ? null : period.Trim();

    public bool Equals(BudgetColumn other) => Kind == other.Kind && Year == other.Year
        && string.Equals(Period, other.Period, StringComparison.OrdinalIgnoreCase);

    public override int GetHashCode() => HashCode.Combine(Kind, Year, Period?.ToUpperInvariant());
}
