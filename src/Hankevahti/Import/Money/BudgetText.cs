using System.Net;
using System.Text.RegularExpressions;
using Hankevahti.Import.Common;

namespace Hankevahti.Import.Money;

/// <summary>Cell and paragraph text as the money recognisers compare it: markdown emphasis and simple HTML removed, spaces collapsed.</summary>
public static partial class BudgetText
{
    /// <summary>
    /// Word exports can leave "**bold**" and cell HTML ("&lt;ul&gt;&lt;li&gt;…") in the text whether or not the reader
    /// cleaned it, so the recognisers clean again; list items inside a cell become "; "-separated.
    /// </summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        var s = TextUtil.StripEmphasis(text);
        if (s.Contains('<'))
        {
            s = ListBreak().Replace(s, "; ");
            s = WebUtility.HtmlDecode(Hankevahti.Reading.Text.HtmlText.RemoveKnownTags(s, " "));
        }
        s = s.Replace('•', ';');
        s = Numbers.Squeeze(s);
        s = Separators().Replace(s, "; ").Trim(' ', ';');
        return s;
    }

    /// <summary>Whether a cell holds nothing a reader would miss: empty, a dash or a lone bullet.</summary>
    public static bool IsBlank(string? text)
    {
        var s = Clean(text);
        return s.Length == 0 || s is "-" or "–" or "—" or ";";
    }

    [GeneratedRegex(@"<\s*(li|br|p)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ListBreak();


    [GeneratedRegex(@"\s*(;\s*)+")]
    private static partial Regex Separators();
}
