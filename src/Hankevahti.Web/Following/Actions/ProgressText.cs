namespace Hankevahti.Web.Following.Actions;

/// <summary>The interface text of following actions and risks (ProgressText.resx, .sv.resx, .en.resx); also the Gantt's status names.</summary>
public sealed class ProgressText;
