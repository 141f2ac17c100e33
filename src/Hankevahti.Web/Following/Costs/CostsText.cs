namespace Hankevahti.Web.Following.Costs;

/// <summary>Marker for the costs pages' text (CostsText.resx, fi; .sv and .en).</summary>
public sealed class CostsText;
