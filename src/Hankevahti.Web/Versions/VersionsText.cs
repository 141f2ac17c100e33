namespace Hankevahti.Web.Versions;

/// <summary>Marker for the text of the version pages (VersionsText.resx and its sv/en files): view, compare, restore.</summary>
public sealed class VersionsText;
