namespace Hankevahti.Web.Following.Reports;

/// <summary>Marker for the text of the report pages and of the reports themselves (ReportsText.resx and its sv/en files).</summary>
public sealed class ReportsText;
