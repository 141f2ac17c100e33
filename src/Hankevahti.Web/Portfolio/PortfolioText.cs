namespace Hankevahti.Web.Portfolio;

/// <summary>Marker for the text of the portfolio pages (PortfolioText.resx and its sv/en files).</summary>
public sealed class PortfolioText;
