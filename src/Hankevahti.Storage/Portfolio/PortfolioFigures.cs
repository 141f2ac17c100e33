namespace Hankevahti.Storage.Portfolio;

/// <summary>
/// The figures of the portfolio pages, for one project (or one project's share of a group) or summed for a group.
/// Money is euros to the cent; counts are whole. docs/portfolio.md says what each counts and from which table.
/// </summary>
public sealed record PortfolioFigures(
    int Projects,
    decimal Budget,
    decimal Grant,
    decimal OwnFunding,
    decimal Actual,
    decimal Forecast,
    int IndicatorsOnTrack,
    int IndicatorsBehind,
    int LateActions,
    int ReportsOverdue,
    int ReportsPending,
    int HighRisks,
    int FindingsError,
    int FindingsWarning,
    int FindingsInfo)
{
    public static readonly PortfolioFigures Zero = new(0, 0m, 0m, 0m, 0m, 0m, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public PortfolioFigures Plus(PortfolioFigures o) => new(
        Projects + o.Projects, Budget + o.Budget, Grant + o.Grant, OwnFunding + o.OwnFunding, Actual + o.Actual, Forecast + o.Forecast,
        IndicatorsOnTrack + o.IndicatorsOnTrack, IndicatorsBehind + o.IndicatorsBehind, LateActions + o.LateActions,
        ReportsOverdue + o.ReportsOverdue, ReportsPending + o.ReportsPending, HighRisks + o.HighRisks,
        FindingsError + o.FindingsError, FindingsWarning + o.FindingsWarning, FindingsInfo + o.FindingsInfo);

    public static PortfolioFigures Sum(IEnumerable<PortfolioFigures> figures) => figures.Aggregate(Zero, (a, b) => a.Plus(b));

    /// <summary>Actual spend as a share of the planned budget, 0–1 and over; null without a budget.</summary>
    public decimal? SpentShare => Budget == 0m ? null : Math.Round(Actual / Budget, 4);

    /// <summary>The value of one figure by its name in addresses (<see cref="PortfolioFigure"/>), as a number, for drill-downs and sorting.</summary>
    public decimal Value(PortfolioFigure figure) => figure switch
    {
        PortfolioFigure.Projects => Projects,
        PortfolioFigure.Budget => Budget,
        PortfolioFigure.Grant => Grant,
        PortfolioFigure.OwnFunding => OwnFunding,
        PortfolioFigure.Actual => Actual,
        PortfolioFigure.Forecast => Forecast,
        PortfolioFigure.IndicatorsOnTrack => IndicatorsOnTrack,
        PortfolioFigure.IndicatorsBehind => IndicatorsBehind,
        PortfolioFigure.LateActions => LateActions,
        PortfolioFigure.ReportsOverdue => ReportsOverdue,
        PortfolioFigure.ReportsPending => ReportsPending,
        PortfolioFigure.HighRisks => HighRisks,
        PortfolioFigure.FindingsError => FindingsError,
        PortfolioFigure.FindingsWarning => FindingsWarning,
        PortfolioFigure.FindingsInfo => FindingsInfo,
        _ => 0m,
    };
}

/// <summary>The figures by the names addresses use (<see cref="PortfolioNames"/>).</summary>
public enum PortfolioFigure
{
    Projects, Budget, Grant, OwnFunding, Actual, Forecast, IndicatorsOnTrack, IndicatorsBehind, LateActions,
    ReportsOverdue, ReportsPending, HighRisks, FindingsError, FindingsWarning, FindingsInfo,
}

/// <summary>How the portfolio is grouped: not at all (the overview: one row per project), or by one dimension.</summary>
public enum PortfolioDimension { None, Programme, Region, Organisation, Year }

/// <summary>The names of figures and dimensions in addresses ("?figure=late-actions"), parsed strictly: an unknown name is null.</summary>
public static class PortfolioNames
{
    public static string Of(PortfolioFigure figure) => figure switch
    {
        PortfolioFigure.OwnFunding => "own-funding",
        PortfolioFigure.IndicatorsOnTrack => "indicators-on-track",
        PortfolioFigure.IndicatorsBehind => "indicators-behind",
        PortfolioFigure.LateActions => "late-actions",
        PortfolioFigure.ReportsOverdue => "reports-overdue",
        PortfolioFigure.ReportsPending => "reports-pending",
        PortfolioFigure.HighRisks => "high-risks",
        PortfolioFigure.FindingsError => "findings-error",
        PortfolioFigure.FindingsWarning => "findings-warning",
        PortfolioFigure.FindingsInfo => "findings-info",
        _ => figure.ToString().ToLowerInvariant(),
    };

    public static PortfolioFigure? Figure(string? name) =>
        Enum.GetValues<PortfolioFigure>().Cast<PortfolioFigure?>().FirstOrDefault(f => Of(f!.Value) == name?.Trim().ToLowerInvariant());

    public static string Of(PortfolioDimension dimension) => dimension.ToString().ToLowerInvariant();

    public static PortfolioDimension? Dimension(string? name) =>
        Enum.GetValues<PortfolioDimension>().Cast<PortfolioDimension?>().FirstOrDefault(d => Of(d!.Value) == name?.Trim().ToLowerInvariant());
}
