using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Hankevahti.Reading.Text;

/// <summary>
/// Turns HTML fragments that Word-to-text converters leave in table cells into plain text:
/// list items become lines starting with "- ", block tags line breaks, inline tags vanish and entities are decoded.
/// Only known tag names count as tags, so template instructions written "&lt; Kuvaa … &gt;" stay as they are.
/// </summary>
internal static partial class HtmlText
{
    public static bool HasMarkup(string text) =>
        (text.Contains('<') && Tag().IsMatch(text)) || (text.Contains('&') && Entity().IsMatch(text));

    public static string ToPlain(string text)
    {
        var sb = new StringBuilder(text.Length);
        var listDepth = 0;
        var last = 0;
        foreach (Match m in Tag().Matches(text))
        {
            AppendText(sb, text.AsSpan(last, m.Index - last), listDepth > 0);
            last = m.Index + m.Length;
            var closing = m.Groups[1].Length > 0;
            var name = m.Groups[2].Value.ToLowerInvariant();
            switch (name)
            {
                case "!--":
                    break;
                case "li":
                    sb.Append(closing ? "\n" : "\n- ");
                    break;
                case "ul" or "ol":
                    listDepth = Math.Max(0, listDepth + (closing ? -1 : 1));
                    sb.Append('\n');
                    break;
                case "p" or "div" or "br" or "hr" or "tr" or "table" or "tbody" or "thead" or "blockquote" or "pre"
                    or "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                    sb.Append('\n');
                    break;
                case "td" or "th":
                    sb.Append(' ');
                    break;
                default:
                    // Inline tags (b, strong, i, em, a, span…) carry no words: the link text stays, the tag goes.
                    break;
            }
        }
        AppendText(sb, text.AsSpan(last), listDepth > 0);
        return WebUtility.HtmlDecode(sb.ToString());
    }

    // Lists styled "list-style-type: none" carry their bullets as literal "•" characters instead of <li>.
    private static void AppendText(StringBuilder sb, ReadOnlySpan<char> span, bool inList)
    {
        foreach (var c in span)
        {
            if (inList && LineSyntax.IsSymbolBullet(c))
            {
                sb.Append("\n- ");
            }
            else
            {
                sb.Append(c);
            }
        }
    }

    /// <summary>Removes the HTML tags Word exports leave (a fixed list), keeping any other "<…>" text such as "< 14 vrk" or template instructions.</summary>
    internal static string RemoveKnownTags(string text, string replacement) => Tag().Replace(text, replacement);

    [GeneratedRegex(@"<!--.*?-->|<[ \t]*(/?)[ \t]*(ul|ol|li|p|br|hr|div|span|b|strong|i|em|u|s|a|sup|sub|font|code|pre|blockquote|table|tbody|thead|tr|td|th|h[1-6])\b(?:[^<>""']|""[^""]*""|'[^']*')*?/?[ \t]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    [GeneratedRegex(@"&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Entity();
}
