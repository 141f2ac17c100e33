namespace Hankevahti.Web.Plans.Risks;

/// <summary>Marker for the risks page's text (RisksText.resx and its sv/en files).</summary>
public sealed class RisksText;
