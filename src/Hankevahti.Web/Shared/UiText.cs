namespace Hankevahti.Web.Shared;

/// <summary>
/// Marker for the interface text shared by every page (UiText.resx: Finnish; .sv.resx, .en.resx).
/// Pages read it with <c>@inject IStringLocalizer&lt;UiText&gt; Ui</c>; each feature folder has its own marker and files.
/// </summary>
public sealed class UiText;
