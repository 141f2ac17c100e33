using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Hankevahti.Export.Iati;

/// <summary>How the export writes text, amounts and dates: the same way everywhere, whatever the machine's culture.</summary>
internal static class IatiXml
{
    /// <summary>The language of the plans' text: the plan model holds one language, Finnish.</summary>
    public const string PlanLanguage = "fi";

    public static XAttribute Lang(string language) => new(XNamespace.Xml + "lang", language);

    public static XElement Narrative(string text, string language = PlanLanguage) => new("narrative", Lang(language), Clean(text));

    /// <summary>An element of the textRequiredType (title, description, comment): one narrative.</summary>
    public static XElement Texts(XName name, string text, string language = PlanLanguage) => new(name, Narrative(text, language));

    /// <summary>xsd:decimal: invariant culture, a point, never an exponent (decimal.ToString writes none).</summary>
    public static string Money(decimal amount) => amount.ToString(CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static XElement Dated(XName name, DateOnly date) => new(name, new XAttribute("iso-date", Date(date)));

    public static XElement Value(decimal amount, string currency, DateOnly valueDate) =>
        new("value", new XAttribute("currency", currency), new XAttribute("value-date", Date(valueDate)), Money(amount));

    /// <summary>
    /// The text with the characters XML cannot hold left out (a control character copied from a document would
    /// otherwise stop the writer), and its runs of white space made one space.
    /// </summary>
    public static string Clean(string? text)
    {
        var builder = new StringBuilder((text ?? "").Length);
        var space = false;
        var source = (text ?? "").Trim();
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }
            // A character outside the BMP is a surrogate pair; half of one (from a broken file) cannot be written.
            var pair = char.IsHighSurrogate(c) && i + 1 < source.Length && char.IsLowSurrogate(source[i + 1]);
            if (!pair && !XmlConvert.IsXmlChar(c))
            {
                continue;
            }
            if (space && builder.Length > 0)
            {
                builder.Append(' ');
            }
            space = false;
            builder.Append(c);
            if (pair)
            {
                builder.Append(source[++i]);
            }
        }
        return builder.ToString();
    }
}
