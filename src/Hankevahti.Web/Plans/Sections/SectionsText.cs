namespace Hankevahti.Web.Plans.Sections;

/// <summary>Marker for the text of the sections page and partial (SectionsText.resx and its sv/en files).</summary>
public sealed class SectionsText;
