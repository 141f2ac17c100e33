using System.Text.RegularExpressions;
using System.Xml.Linq;
using static Hankevahti.Reading.Docx.Wml;

namespace Hankevahti.Reading.Docx;

/// <summary>
/// Paragraph styles from styles.xml: which are headings (by built-in name, by a localised name such
/// as "Otsikko 1", or by outline level, following basedOn) and which carry numbering.
/// </summary>
internal sealed partial class DocxStyles
{
    private readonly Dictionary<string, XElement> styles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int?> levels = new(StringComparer.Ordinal);

    public DocxStyles(XDocument? xml)
    {
        if (xml?.Root is null)
        {
            return;
        }
        foreach (var s in xml.Root.Elements(W + "style"))
        {
            if ((string?)s.Attribute(W + "type") is "paragraph" or null && s.Attribute(W + "styleId")?.Value is { } id)
            {
                styles.TryAdd(id, s);
            }
        }
    }

    /// <summary>Heading level 1–9 of a paragraph style, or null.</summary>
    public int? HeadingLevel(string? styleId)
    {
        if (styleId is null)
        {
            return NameLevel(null, null);
        }
        if (levels.TryGetValue(styleId, out var cached))
        {
            return cached;
        }
        levels[styleId] = null; // guards against basedOn cycles
        int? level = null;
        if (styles.TryGetValue(styleId, out var style))
        {
            var name = Val(style.Element(W + "name"));
            level = NameLevel(styleId, name);
            if (level is null && IntVal(style.Element(W + "pPr")?.Element(W + "outlineLvl")) is { } ol && ol is >= 0 and <= 8)
            {
                level = ol + 1;
            }
            if (level is null && Val(style.Element(W + "basedOn")) is { } parent)
            {
                level = HeadingLevel(parent);
            }
        }
        else
        {
            level = NameLevel(styleId, null);
        }
        levels[styleId] = level;
        return level;
    }

    /// <summary>Numbering a style gives its paragraphs (heading styles often do), following basedOn.</summary>
    public (int NumId, int Ilvl)? Numbering(string? styleId)
    {
        for (var depth = 0; styleId is not null && depth < 20 && styles.TryGetValue(styleId, out var style); depth++)
        {
            var numPr = style.Element(W + "pPr")?.Element(W + "numPr");
            if (numPr is not null && IntVal(numPr.Element(W + "numId")) is { } numId)
            {
                return numId == 0 ? null : (numId, IntVal(numPr.Element(W + "ilvl")) ?? 0);
            }
            styleId = Val(style.Element(W + "basedOn"));
        }
        return null;
    }

    private static int? NameLevel(string? id, string? name)
    {
        foreach (var candidate in new[] { name, id })
        {
            if (candidate is null)
            {
                continue;
            }
            var m = HeadingName().Match(candidate);
            if (m.Success)
            {
                return int.Parse(m.Groups[1].Value);
            }
        }
        return null;
    }

    // "heading 1" is the built-in name whatever the UI language; ids and names are also seen localised.
    [GeneratedRegex(@"^(?:heading|otsikko|rubrik|überschrift|titre)\s*([1-9])$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeadingName();
}
