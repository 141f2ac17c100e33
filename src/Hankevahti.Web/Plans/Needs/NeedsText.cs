namespace Hankevahti.Web.Plans.Needs;

/// <summary>Marker for the text of the needs and target groups page and the whole plan's lists of them (NeedsText.resx and its sv/en files).</summary>
public sealed class NeedsText;
