namespace Hankevahti.Web.Models;

/// <summary>The interface text of the operating models' pages (ModelsText.resx in Finnish, .sv.resx, .en.resx).</summary>
public sealed class ModelsText;
