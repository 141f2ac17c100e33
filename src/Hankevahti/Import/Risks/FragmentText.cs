using System.Text.RegularExpressions;

namespace Hankevahti.Import.Risks;

/// <summary>
/// Joins the line fragments of a narrow PDF table cell back into text. Words broken without a hyphen
/// ("hyvinvointialue" + "en") are glued when the next fragment starts with a short lower-case piece that is
/// not a word of its own; a hyphen at a line end is kept only before a capital or a conjunction ("Itä-", "sosiaali- ja").
/// </summary>
public static partial class FragmentText
{
    private static readonly HashSet<string> ShortWords =
        ["ja", "tai", "on", "ei", "eli", "kun", "jos", "jo", "myös", "sekä", "eri", "osa", "niin", "kuin", "että", "mm.", "ym.", "esim.", "yms.", "vain", "koko", "sen", "ne", "se", "he", "nyt", "sekä", "tms.", "mutta", "x", "vs."];

    public static string Join(IEnumerable<string> fragments)
    {
        var result = "";
        foreach (var raw in fragments)
        {
            var f = raw.Trim();
            if (f.Length == 0)
            {
                continue;
            }
            if (result.Length == 0)
            {
                result = f;
                continue;
            }
            var firstWord = FirstWord().Match(f).Value;
            if (result.EndsWith('-') && result.Length > 1 && char.IsLetter(result[^2]) && char.IsLower(f[0]) && !ShortWords.Contains(firstWord))
            {
                result = result[..^1] + f;
            }
            else if (char.IsLetter(result[^1]) && char.IsLower(f[0]) && firstWord.Length <= 4 && firstWord.All(char.IsLetter) && !ShortWords.Contains(firstWord.ToLowerInvariant()))
            {
                result += f;
            }
            else
            {
                result += " " + f;
            }
        }
        return result;
    }

    [GeneratedRegex(@"^\S+?(?=[\s,.;:]|$)")]
    private static partial Regex FirstWord();
}
