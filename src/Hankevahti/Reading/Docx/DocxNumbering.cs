using System.Text;
using System.Xml.Linq;
using static Hankevahti.Reading.Docx.Wml;

namespace Hankevahti.Reading.Docx;

/// <summary>
/// Automatic numbering from numbering.xml: keeps the counters per list as paragraphs are met in
/// order and renders the marker Word would show ("2.", "4.1", "b)", "•").
/// </summary>
internal sealed class DocxNumbering
{
    private sealed record Level(string Format, string Text, int Start);

    private readonly Dictionary<int, XElement> abstracts = [];
    private readonly Dictionary<int, (int AbstractId, Dictionary<int, int> StartOverrides)> nums = [];
    private readonly Dictionary<int, int[]> counters = [];

    public DocxNumbering(XDocument? xml)
    {
        if (xml?.Root is null)
        {
            return;
        }
        foreach (var a in xml.Root.Elements(W + "abstractNum"))
        {
            if (int.TryParse((string?)a.Attribute(W + "abstractNumId"), out var id))
            {
                abstracts.TryAdd(id, a);
            }
        }
        foreach (var n in xml.Root.Elements(W + "num"))
        {
            if (int.TryParse((string?)n.Attribute(W + "numId"), out var id) && IntVal(n.Element(W + "abstractNumId")) is { } abs)
            {
                var overrides = new Dictionary<int, int>();
                foreach (var o in n.Elements(W + "lvlOverride"))
                {
                    if (int.TryParse((string?)o.Attribute(W + "ilvl"), out var lvl) && IntVal(o.Element(W + "startOverride")) is { } start)
                    {
                        overrides[lvl] = start;
                    }
                }
                nums.TryAdd(id, (abs, overrides));
            }
        }
    }

    /// <summary>Advances the list's counter and returns the marker, and whether it is a bullet.</summary>
    public (string? Marker, bool Bullet) Next(int numId, int ilvl)
    {
        ilvl = Math.Clamp(ilvl, 0, 8);
        if (!nums.TryGetValue(numId, out var num) || !abstracts.TryGetValue(num.AbstractId, out var abs))
        {
            return (null, true);
        }
        var levels = new Level[9];
        for (var i = 0; i < 9; i++)
        {
            levels[i] = LevelOf(abs, i, num.StartOverrides);
        }
        if (!counters.TryGetValue(numId, out var c))
        {
            c = new int[9];
            for (var i = 0; i < 9; i++)
            {
                c[i] = levels[i].Start - 1;
            }
            counters[numId] = c;
        }
        c[ilvl]++;
        for (var i = ilvl + 1; i < 9; i++)
        {
            c[i] = levels[i].Start - 1;
        }
        var level = levels[ilvl];
        if (level.Format == "bullet")
        {
            return (Bullet(level.Text), true);
        }
        if (level.Format == "none")
        {
            return (level.Text.Length == 0 ? null : level.Text, false);
        }
        var sb = new StringBuilder();
        for (var i = 0; i < level.Text.Length; i++)
        {
            var ch = level.Text[i];
            if (ch == '%' && i + 1 < level.Text.Length && level.Text[i + 1] is >= '1' and <= '9')
            {
                var k = level.Text[i + 1] - '1';
                sb.Append(Format(levels[k].Format, Math.Max(c[k], levels[k].Start)));
                i++;
            }
            else
            {
                sb.Append(ch);
            }
        }
        var marker = sb.ToString().Trim();
        return (marker.Length == 0 ? null : marker, false);
    }

    private static Level LevelOf(XElement abs, int ilvl, Dictionary<int, int> overrides)
    {
        var lvl = abs.Elements(W + "lvl").FirstOrDefault(l => (string?)l.Attribute(W + "ilvl") == ilvl.ToString());
        var format = Val(lvl?.Element(W + "numFmt")) ?? "decimal";
        var text = Val(lvl?.Element(W + "lvlText")) ?? $"%{ilvl + 1}.";
        var start = overrides.TryGetValue(ilvl, out var o) ? o : IntVal(lvl?.Element(W + "start")) ?? 1;
        return new Level(format, text, start);
    }

    // Word writes bullets as Symbol/Wingdings private-use characters; show them as plain bullets.
    private static string Bullet(string text) =>
        text.Length == 0 || text.Any(ch => ch is >= '\uF000' and <= '\uF0FF') ? "•" : text;

    private static string Format(string format, int n) => format switch
    {
        "lowerLetter" => Letters(n).ToLowerInvariant(),
        "upperLetter" => Letters(n),
        "lowerRoman" => Roman(n).ToLowerInvariant(),
        "upperRoman" => Roman(n),
        "decimalZero" => n.ToString("00"),
        _ => n.ToString(),
    };

    private static string Letters(int n)
    {
        if (n <= 0)
        {
            return n.ToString();
        }
        var letter = (char)('A' + (n - 1) % 26);
        return new string(letter, (n - 1) / 26 + 1);
    }

    private static string Roman(int n)
    {
        if (n is <= 0 or >= 4000)
        {
            return n.ToString();
        }
        var sb = new StringBuilder();
        foreach (var (value, symbol) in new[] { (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I") })
        {
            while (n >= value)
            {
                sb.Append(symbol);
                n -= value;
            }
        }
        return sb.ToString();
    }
}
