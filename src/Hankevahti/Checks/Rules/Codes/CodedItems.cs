using System.Text.RegularExpressions;

namespace Hankevahti.Checks.Rules.Codes;

/// <summary>A line of text that starts with a code and a title: "G. Asiakasohjauksen uudistaminen", "E.1 …", "2.3) …".</summary>
public sealed record CodedItem(TextLine Line, string Code, string Title)
{
    public string Key => CodeText.Key(Code);

    /// <summary>How deep the code is: "G" and "2" are 0, "E.1" and "2.3" are 1.</summary>
    public int Depth => Key.Count(c => c == '.');
}

public static partial class CodedItems
{
    public static CodedItem? Read(TextLine line)
    {
        var m = Item().Match(line.Text);
        if (!m.Success)
        {
            return null;
        }
        var code = m.Groups["code"].Value;
        return code.Length == 4 && code.All(char.IsDigit) ? null : new CodedItem(line, code, m.Groups["title"].Value.Trim());
    }

    public static IEnumerable<CodedItem> In(string? text) =>
        TextLines.Of(text).Select(Read).OfType<CodedItem>();

    // A letter or number code with dotted parts, then ". ", ") ", ": " or a space (some plans write "F.Title"),
    // then a title that starts with a capital.
    [GeneratedRegex(@"^\**(?<code>[A-ZÅÄÖ](?:\.\d+)*|\d+(?:\.\d+)*[A-Z]?)(?:\.\s*|\)\s+|:\s+|\s+)\**(?<title>\p{Lu}.{2,})$", RegexOptions.CultureInvariant)]
    private static partial Regex Item();
}
