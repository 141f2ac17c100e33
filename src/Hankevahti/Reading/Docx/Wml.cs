using System.Xml.Linq;

namespace Hankevahti.Reading.Docx;

/// <summary>WordprocessingML names and attribute access.</summary>
internal static class Wml
{
    public static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public static readonly XNamespace Mc = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    public static string? Val(XElement? e) => e?.Attribute(W + "val")?.Value;

    public static int? IntVal(XElement? e) => int.TryParse(Val(e), out var v) ? v : null;

    /// <summary>On/off properties (w:b, w:vanish…): present without val, or val true/1/on.</summary>
    public static bool On(XElement? e) => e is not null && Val(e) is null or "1" or "true" or "on";
}
