using System.Text.RegularExpressions;

namespace Hankevahti.Checks.Rules.Template;

/// <summary>
/// Tells the template's guidance written as plain text ("Kerro tiiviisti … Mihin tarpeeseen
/// hankkeella vastataan?") from the plan's own prose. Guidance speaks to the writer: its sentences
/// open with an imperative (Kerro, Kuvaa, Aseta, Arvioi…) and ask questions. Plans write in the
/// passive ("Kuvataan", "Arvioidaan") and rarely ask, so one imperative with a question, or two
/// imperatives, mark a paragraph as guidance.
/// </summary>
public static partial class TemplateGuidance
{
    private static readonly HashSet<string> Imperatives = new(StringComparer.Ordinal)
    {
        "Kerro", "Kuvaa", "Kuvaile", "Aseta", "Arvioi", "Ilmoita", "Listaa", "Luettele", "Esitä", "Mainitse", "Perustele",
        "Tiivistä", "Nimeä", "Täytä", "Kirjoita", "Varmista", "Segmentoi", "Asemoi", "Selvitä", "Määrittele", "Erittele",
        "Yksilöi", "Täsmennä", "Tarkenna", "Liitä", "Merkitse", "Valitse", "Kertokaa", "Kuvatkaa", "Arvioikaa", "Ilmoittakaa",
    };

    /// <summary>The paragraphs of a text that are template guidance, as they stand.</summary>
    public static IEnumerable<string> ParagraphsIn(string text)
    {
        foreach (var paragraph in TemplateInstructions.Without(text).Split("\n\n"))
        {
            if (IsGuidance(paragraph))
            {
                yield return paragraph.Trim();
            }
        }
    }

    public static bool IsGuidance(string paragraph)
    {
        if (!paragraph.Contains('?') && !Imperatives.Any(w => paragraph.Contains(w, StringComparison.Ordinal)))
        {
            // Most paragraphs have neither; their sentences need not be looked at.
            return false;
        }
        var sentences = Sentence().Split(paragraph.Trim()).Where(s => s.Length > 0).ToList();
        var imperatives = sentences.Count(s => Imperatives.Contains(FirstWord(s)));
        var questions = sentences.Count(s => s.TrimEnd().EndsWith('?'));
        return imperatives >= 2 || imperatives >= 1 && questions >= 1;
    }

    /// <summary>The text without its guidance paragraphs.</summary>
    public static string Without(string text) =>
        string.Join("\n\n", TemplateInstructions.Without(text).Split("\n\n").Where(p => !IsGuidance(p)));

    private static string FirstWord(string sentence)
    {
        var trimmed = sentence.TrimStart('-', '•', '*', ' ', '\t', '\n');
        var end = 0;
        while (end < trimmed.Length && char.IsLetter(trimmed[end]))
        {
            end++;
        }
        return trimmed[..end];
    }

    [GeneratedRegex(@"(?<=[.?!])\s+")]
    private static partial Regex Sentence();
}
