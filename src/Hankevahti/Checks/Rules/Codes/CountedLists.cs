using System.Text.RegularExpressions;

namespace Hankevahti.Checks.Rules.Codes;

/// <summary>
/// A line that announces a number of things and the list that follows it:
/// "Johtamisen ja ohjauksen kehittäminen, neljä toimenpidettä:" and its items.
/// </summary>
public sealed record CountedList(TextLine Header, string Subject, string CountWords, int Stated, string Noun, IReadOnlyList<TextLine> Items, IReadOnlyList<CodedItem> Coded)
{
    /// <summary>How many things the list names: its top-level codes ("E", not "E.1"), or its outermost items when uncoded.</summary>
    public int Listed
    {
        get
        {
            if (Coded.Count > 0 && Coded.Count * 2 >= Items.Count)
            {
                var depth = Coded.Min(c => c.Depth);
                return Coded.Where(c => c.Depth == depth).Select(c => c.Key).Distinct(StringComparer.Ordinal).Count();
            }
            if (Items.Count == 0)
            {
                return 0;
            }
            var indent = Items.Min(i => i.Indent);
            return Items.Count(i => i.Indent == indent);
        }
    }

    /// <summary>The top-level codes of the list, "A–D" style when they run in order.</summary>
    public IReadOnlyList<string> TopCodes
    {
        get
        {
            if (Coded.Count == 0)
            {
                return [];
            }
            var depth = Coded.Min(c => c.Depth);
            return Coded.Where(c => c.Depth == depth).Select(c => c.Code.TrimEnd('.')).Distinct(StringComparer.Ordinal).ToList();
        }
    }

    public bool IsAboutActions => Noun.StartsWith("toimenpi", StringComparison.OrdinalIgnoreCase);
}

public static partial class CountedLists
{
    public static IEnumerable<CountedList> In(string? text)
    {
        var lines = TextLines.Of(text);
        for (var i = 0; i < lines.Count; i++)
        {
            var m = Header().Match(lines[i].Text);
            if (!m.Success || FinnishNumbers.Parse(m.Groups["num"].Value) is not { } stated)
            {
                continue;
            }
            var items = new List<TextLine>();
            for (var j = i + 1; j < lines.Count && lines[j].IsListItem && !Header().IsMatch(lines[j].Text); j++)
            {
                items.Add(lines[j]);
            }
            var subject = lines[i].Text[..m.Index].Trim().TrimEnd(',', ';', ':', '–', '-').Replace("**", "", StringComparison.Ordinal).Trim();
            yield return new CountedList(lines[i], subject, m.Value.TrimEnd(':').Trim(), stated, m.Groups["noun"].Value, items,
                items.Select(CodedItems.Read).OfType<CodedItem>().ToList());
        }
    }

    // "…, viisi toimenpidettä:" at the end of a line that introduces a list.
    [GeneratedRegex(@"(?<![\w-])(?<num>" + NumberWords + @"|\d{1,2})\s+(?<noun>toimenpi\w+|työpaket\w+|tavoit\w+|osa-alue\w*|investoin\w+)\s*(?:\([^)]*\)\s*)?:\s*\**\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Header();

    private const string NumberWords = "seitsemän|kahdeksan|kahdeksaa|seitsemää|yhdeksän|yhdeksää|kymmenen|kymmentä|kolmea|neljää|viittä|kuutta|kahden|kolmen|neljän|viiden|kuuden|kaksi|kahta|kolme|neljä|viisi|kuusi|yhden|yksi|yhtä";
}
