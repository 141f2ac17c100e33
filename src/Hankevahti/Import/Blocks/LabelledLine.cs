using System.Text.RegularExpressions;
using Hankevahti.Import.Common;

namespace Hankevahti.Import.Blocks;

/// <summary>
/// One line read as "label: value": "Kuvaus: …", "**Kuvaus:** …", "**Kuvaus** …", "- Kuvaus: …", or the label
/// alone ("Kuvaus", "**Kuvaus:**") with its value in the next paragraph. Only labels in the given vocabulary
/// count, so "Huom: …" or a sentence with a colon stays text.
/// </summary>
public sealed partial record LabelledLine(string Role, string Label, string? Code, string Value)
{
    /// <summary>The line's label and value, or null when it does not open with a known label.</summary>
    public static LabelledLine? Parse(string? text, IReadOnlyDictionary<string, string> labels)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var raw = Marker().Replace(text.Trim(), "");
        // Bold label: the colon may stand inside or outside the emphasis, or be missing.
        var bold = BoldLabel().Match(raw);
        if (bold.Success && Known(bold.Groups["label"].Value, labels) is { } b)
        {
            return new LabelledLine(b.Role, b.Label, b.Code, CleanText.OneLine(bold.Groups["value"].Value));
        }
        var plain = CleanText.OneLine(raw);
        var colon = PlainLabel().Match(plain);
        if (colon.Success && Known(colon.Groups["label"].Value, labels) is { } c)
        {
            return new LabelledLine(c.Role, c.Label, c.Code, colon.Groups["value"].Value.Trim());
        }
        // A label alone on its line ("Varautuminen"): the value follows.
        // It opens with a capital: a lower-case "vaikutukset" alone on a PDF line is a word of a wrapped sentence.
        if (plain.Length <= 60 && plain.Length > 0 && !char.IsLower(plain[0]) && Known(plain.TrimEnd(':', ' '), labels) is { } alone)
        {
            return new LabelledLine(alone.Role, alone.Label, alone.Code, "");
        }
        return null;
    }

    /// <summary>The role of a label ("Todennäköisyys (1–5)" → likelihood), with a code that follows a title word ("Riski 2").</summary>
    public static (string Role, string Label, string? Code)? Known(string label, IReadOnlyDictionary<string, string> labels)
    {
        var key = CleanText.Key(CleanText.OneLine(label)).Trim(' ', ':', '.', '-', '–');
        key = Scale().Replace(key, "").Trim();
        if (key.Length == 0)
        {
            return null;
        }
        if (labels.TryGetValue(key, out var role))
        {
            return (role, label.Trim(), null);
        }
        var coded = Coded().Match(key);
        if (coded.Success && labels.TryGetValue(coded.Groups["label"].Value, out role))
        {
            return (role, label.Trim(), coded.Groups["code"].Value.ToUpperInvariant());
        }
        return null;
    }

    [GeneratedRegex(@"^(?:[-*•–]\s+|•\s*)")]
    private static partial Regex Marker();

    [GeneratedRegex(@"^(?:\*\*|__)(?<label>[^*_]{2,60}?)\s*:?\s*(?:\*\*|__)\s*[:–-]?\s*(?<value>.*)$", RegexOptions.Singleline)]
    private static partial Regex BoldLabel();

    [GeneratedRegex(@"^(?<label>\p{L}[\p{L}\d ,/()–-]{1,60}?)\s*:\s*(?<value>.*)$")]
    private static partial Regex PlainLabel();

    // A scale written after the label: "(1–5)", "(1-5)", "1–5", "(asteikko 1–5)".
    [GeneratedRegex(@"\(?\s*(asteikko|asteikolla)?\s*\d\s*[–-]\s*\d\s*\)?$")]
    private static partial Regex Scale();

    [GeneratedRegex(@"^(?<label>\p{L}[\p{L} ]*?)\s+(?<code>[a-z]?\d{1,2}[a-z]?)$")]
    private static partial Regex Coded();
}
