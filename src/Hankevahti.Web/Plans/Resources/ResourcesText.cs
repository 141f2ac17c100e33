namespace Hankevahti.Web.Plans.Resources;

/// <summary>Marker for the text of the resources page and partial (ResourcesText.resx and its sv/en files).</summary>
public sealed class ResourcesText;
