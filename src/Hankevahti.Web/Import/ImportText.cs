namespace Hankevahti.Web.Import;

/// <summary>Marker for the import pages' text (ImportText.resx and its sv/en files).</summary>
public sealed class ImportText;
