namespace Hankevahti.Web.Plans.Forms;

/// <summary>Marker for the words of the edit forms' fields (FormsText.resx and its sv/en files).</summary>
public sealed class FormsText;
