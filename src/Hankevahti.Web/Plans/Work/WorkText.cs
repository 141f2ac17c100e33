namespace Hankevahti.Web.Plans.Work;

/// <summary>The interface text of the work structure and schedule page (WorkText.resx, .sv.resx, .en.resx).</summary>
public sealed class WorkText;
