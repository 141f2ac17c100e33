namespace Hankevahti.Web.Shared;

/// <summary>Marker for the names of the model's values ("CostCategory.Rents") in EnumText.resx and its sv/en files; read through <see cref="Fi.Text"/>.</summary>
public sealed class EnumText;
