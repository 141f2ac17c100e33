using System.Text.RegularExpressions;

namespace Hankevahti.Checks.Rules.Template;

/// <summary>
/// Words that mark a passage as still to be written: "Tarkennetaan:" as a label, "täydennetään
/// myöhemmin", "TBD", or a dash standing for the whole content ("PILARI 3: -"). A plan that says what
/// will be specified during the project ("tarkennetaan palvelujen yhdyspintoja") describes work,
/// not a gap, so the verb alone is not enough: it must be a label, or be put off until later.
/// </summary>
public static partial class UnfinishedText
{
    private static readonly string[] LabelWords = ["Tarkennetaan", "Täydennetään", "Täsmennetään", "Kesken"];

    /// <summary>The unfinished marks in a text, as they stand. Each pattern runs only when its key word is in the text: most texts have none.</summary>
    public static IEnumerable<string> MarksIn(string text)
    {
        var found = new List<(int At, string Mark)>();
        if (LabelWords.Any(w => text.Contains(w, StringComparison.Ordinal)))
        {
            found.AddRange(Label().Matches(text).Select(m => (m.Index, m.Value.Trim())));
        }
        if (text.Contains("myöhemmin", StringComparison.OrdinalIgnoreCase))
        {
            found.AddRange(Later().Matches(text).Select(m => (m.Index, m.Value.Trim())));
        }
        if (text.Contains("tbd", StringComparison.OrdinalIgnoreCase) || text.Contains("tba", StringComparison.OrdinalIgnoreCase))
        {
            found.AddRange(Shorthand().Matches(text).Select(m => (m.Index, m.Value.Trim())));
        }
        return found.OrderBy(f => f.At).Select(f => f.Mark);
    }

    /// <summary>Whether a paragraph only says that it is still to come: a word such as "Tarkennetaan", or a bare dash or question mark.</summary>
    public static bool IsOnlyAMark(string text) => WholeMark().IsMatch(text.Trim()) || WholeDash().IsMatch(text.Trim());

    /// <summary>
    /// Whether a field only says that it is still to come. A dash in a table cell often means "none"
    /// or "not applicable", so in fields only the words count.
    /// </summary>
    public static bool IsOnlyAWordMark(string text) => WholeMark().IsMatch(text.Trim());

    /// <summary>Whether a heading ends in a dash where its content should be ("PILARI 3: -", "Pilari 3 -").</summary>
    public static bool EndsInDash(string title) => DashTitle().IsMatch(title);

    [GeneratedRegex(@"(?<=^|\n)[ \t]*(Tarkennetaan|Täydennetään|Täsmennetään|Kesken)[ \t]*:")]
    private static partial Regex Label();

    [GeneratedRegex(@"(?<!\p{L})(tarkennetaan|täydennetään|täsmennetään|lisätään|kirjoitetaan)[ \t]+myöhemmin(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex Later();

    [GeneratedRegex(@"(?<!\p{L})(TBD|TBA|tbd)(?!\p{L})")]
    private static partial Regex Shorthand();

    [GeneratedRegex(@"^(tarkennetaan|täydennetään|täsmennetään|kesken|tulossa|tbd|tba)[.!]?$", RegexOptions.IgnoreCase)]
    private static partial Regex WholeMark();

    [GeneratedRegex(@"^([-–—]+|\.{3}|…|\?+)$")]
    private static partial Regex WholeDash();

    [GeneratedRegex(@"(:\s*|\s+)[-–—]\s*$")]
    private static partial Regex DashTitle();
}
