namespace Hankevahti.Web.Plans.Related;

/// <summary>Marker for the text of the related projects page and partial (RelatedText.resx and its sv/en files).</summary>
public sealed class RelatedText;
