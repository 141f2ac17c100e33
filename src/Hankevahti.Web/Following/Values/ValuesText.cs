namespace Hankevahti.Web.Following.Values;

/// <summary>Marker for the text of the indicator values pages (ValuesText.resx and its sv/en files).</summary>
public sealed class ValuesText;
