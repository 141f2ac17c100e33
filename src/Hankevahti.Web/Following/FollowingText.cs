namespace Hankevahti.Web.Following;

/// <summary>Marker for the text shared by the pages of following a running project (FollowingText.resx and its sv/en files).</summary>
public sealed class FollowingText;
