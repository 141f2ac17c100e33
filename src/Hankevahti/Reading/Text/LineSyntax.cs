using System.Text.RegularExpressions;

namespace Hankevahti.Reading.Text;

/// <summary>A bullet or numbered list line: where its text starts and how it was marked.</summary>
internal readonly record struct BulletLine(int Indent, string Marker, int MarkerLevel, string Text);

/// <summary>Recognises the line shapes of exported plans: markdown headings, bullets, page footers, separator lines.</summary>
internal static partial class LineSyntax
{
    /// <summary>Width of the leading whitespace; a tab counts as four so tab- and space-indented lists compare.</summary>
    public static int IndentOf(string line)
    {
        var width = 0;
        foreach (var c in line)
        {
            if (c == '\t')
            {
                width += 4;
            }
            else if (c is ' ' or '\u00A0' or '\f')
            {
                width++;
            }
            else
            {
                break;
            }
        }
        return width;
    }

    public static bool TryHeading(string trimmed, out int level, out string text)
    {
        if (!trimmed.StartsWith('#'))
        {
            level = 0;
            text = "";
            return false;
        }
        var m = MarkdownHeading().Match(trimmed);
        level = m.Success ? m.Groups[1].Length : 0;
        text = m.Success ? m.Groups[2].Value : "";
        return m.Success;
    }

    /// <summary>Splits "4.2 Toimenpiteet" into number and title so the outline can use both.</summary>
    public static (string? Number, string Text) SplitNumber(string text)
    {
        var m = LeadingNumber().Match(text);
        return m.Success ? (m.Groups[1].Value, m.Groups[2].Value) : (null, text);
    }

    public static bool TryBullet(string line, out BulletLine bullet)
    {
        bullet = default;
        var indent = IndentOf(line);
        var t = line.AsSpan().TrimStart();
        if (t.IsEmpty)
        {
            return false;
        }
        var c = t[0];
        var rest = t[1..];
        string? marker = null;
        var level = 0;
        if (IsSymbolBullet(c))
        {
            // Word's bullet glyphs stand alone, so no space is needed after them ("•Teksti").
            marker = c.ToString();
            level = SymbolLevel(c);
        }
        else if (c is '-' or '*' or '+' or '–' && rest.Length > 0 && rest[0] is ' ' or '\t' or '\u00A0')
        {
            marker = c.ToString();
        }
        else if (c == 'o' && rest.Length > 1 && rest[0] is ' ' or '\t' && StartsWithLetter(rest.TrimStart()))
        {
            // Word's second-level bullet is a Courier "o"; Finnish has no one-letter word "o".
            marker = "o";
            level = 1;
        }
        else if (t.Length < 3 || t[1] != ')' && (t.Length < 4 || t[2] != ')'))
        {
            return false;
        }
        else
        {
            var m = NumberedItem().Match(line);
            if (!m.Success)
            {
                return false;
            }
            bullet = new BulletLine(indent, m.Groups[1].Value, 0, m.Groups[2].Value);
            return true;
        }
        var text = rest.Trim().ToString();
        bullet = new BulletLine(indent, marker, level, text);
        return true;
    }

    private static bool StartsWithLetter(ReadOnlySpan<char> s) => !s.IsEmpty && char.IsLetter(s[0]);

    /// <summary>Bullet glyphs: the Unicode ones and the private-use codes Word's Symbol/Wingdings bullets become in text.</summary>
    public static bool IsSymbolBullet(char c) =>
        c is '•' or '◦' or '▪' or '■' or '□' or '●' or '○' or '►' or '▶' or '➢' or '➤' or '✓' or '✔' or '·'
        || c is >= '\uE000' and <= '\uF8FF';

    // Word's default bullet sequence is •, o, ▪ (Symbol F0B7, Courier o, Wingdings F0A7): the glyph tells the level when indentation is lost.
    private static int SymbolLevel(char c) => c switch
    {
        '◦' or '○' or '\uF06F' => 1,
        '▪' or '■' or '□' or '\uF0A7' or '\uF0A8' => 2,
        _ => 0,
    };

    public static bool IsPageFooter(string trimmed)
    {
        if (trimmed.Length is 0 or > 24 || !(char.IsDigit(trimmed[0]) || trimmed[0] is 's' or 'S' or 'p' or 'P'))
        {
            return false;
        }
        var m = PageFooter().Match(trimmed);
        if (!m.Success)
        {
            return false;
        }
        var page = int.Parse(m.Groups["page"].Value);
        if (!m.Groups["total"].Success)
        {
            return true;
        }
        // "3 (35)" is page 3 of 35; "12 (5)" is more likely a table fragment than a footer.
        var total = int.Parse(m.Groups["total"].Value);
        return page >= 1 && page <= total;
    }

    /// <summary>Markdown rules and stray table separators on a line of their own ("---", "***", "| --- |").</summary>
    public static bool IsSeparatorLine(string trimmed) =>
        trimmed.Length >= 3 && trimmed[0] is '-' or '_' or '*' or '=' or '|' && SeparatorLine().IsMatch(trimmed);

    /// <summary>A table cell holding only separator characters, as left by markdown tables converted to tab rows.</summary>
    public static bool IsSeparatorCell(string cell)
    {
        var any = false;
        foreach (var c in cell)
        {
            if (c is '-' or '–' or '—' or '=' or '_')
            {
                any = true;
            }
            else if (c is not (':' or '|' or '+' or ' ' or '\u00A0'))
            {
                return false;
            }
        }
        return any;
    }

    [GeneratedRegex(@"^(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")]
    private static partial Regex MarkdownHeading();

    [GeneratedRegex(@"^([0-9]{1,3}(?:\.[0-9]{1,3})*)\.?[ \t]+(\S.*)$")]
    private static partial Regex LeadingNumber();

    // "1) " and "a) " only: "1. Hankkeen tarve" is a heading candidate the outline decides on.
    [GeneratedRegex(@"^[ \t\u00A0]*([0-9]{1,2}\)|[a-zåäö]\))[ \t]+(\S.*?)[ \t]*$")]
    private static partial Regex NumberedItem();

    [GeneratedRegex(@"^(?:(?:sivu|page|sida|s\.)[ \t]*)?(?<page>[0-9]{1,4})[ \t]*(?:\([ \t]*(?<total>[0-9]{1,4})[ \t]*\)|[ \t]+/[ \t]+(?<total>[0-9]{1,4})|[ \t]+(?:of|av|/)[ \t]+(?<total>[0-9]{1,4}))$|^(?:sivu|page|sida)[ \t]+(?<page>[0-9]{1,4})(?:[ \t]*/[ \t]*(?<total>[0-9]{1,4}))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageFooter();

    [GeneratedRegex(@"^(?:[-_*=](?:[ ]?[-_*=]){2,}|\|?(?:[ \t]*:?-+:?[ \t]*\|)+(?:[ \t]*:?-+:?[ \t]*)?)$")]
    private static partial Regex SeparatorLine();
}
