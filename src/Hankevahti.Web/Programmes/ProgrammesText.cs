namespace Hankevahti.Web.Programmes;

/// <summary>The interface text of the programmes' pages (ProgrammesText.resx in Finnish, .sv.resx, .en.resx).</summary>
public sealed class ProgrammesText;
