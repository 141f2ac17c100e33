namespace Hankevahti.Web.Plans;

/// <summary>Marker for the text shared by the plan's part pages (PlansText.resx and its sv/en files): part names, the findings block.</summary>
public sealed class PlansText;
