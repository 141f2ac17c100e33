namespace Hankevahti.Web.Plans.Outcomes;

/// <summary>Marker for the text of the outputs, results and impacts page and the whole plan's outcome list (OutcomesText.resx and its sv/en files).</summary>
public sealed class OutcomesText;
