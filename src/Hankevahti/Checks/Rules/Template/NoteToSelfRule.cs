using System.Text.RegularExpressions;

namespace Hankevahti.Checks.Rules.Template;

/// <summary>
/// HV-TEMPLATE-004: notes the writers left for each other in capitals ("TÄYDENNETÄÄN", "HUOM!",
/// "TODO") or as "???". Only a fixed list of note words counts: capitalised acronyms (HUS, STM, RRF)
/// and headings in capitals ("PILARI 3:") are ordinary text. A line written wholly in capitals is a
/// heading, so only the unmistakable notes (TODO, HUOM, ???) or a note alone on its line count there.
/// </summary>
public sealed partial class NoteToSelfRule : Rule
{
    public override string Code => "HV-TEMPLATE-004";
    public override FindingSeverity Severity => FindingSeverity.Warning;
    public override Localized Title => new("Työhuomautus jäänyt suunnitelmaan", "Note to self left in the plan");
    public override Localized Explanation => new(
        "Kirjoittajien toisilleen jättämät huomautukset, kuten TÄYDENNETÄÄN, HUOM! tai TODO, kertovat, että kohta on kesken. Ne on käsiteltävä ja poistettava ennen kuin suunnitelma lähetetään.",
        "Notes the writers left for each other, such as TÄYDENNETÄÄN (to be completed), HUOM! (note) or TODO, show that a passage is unfinished. They are dealt with and deleted before the plan is sent.");

    public override IEnumerable<Finding> Check(CheckContext context)
    {
        foreach (var text in PlanTexts.Of(context))
        {
            foreach (var line in text.Text.Split('\n'))
            {
                if (!MayHoldNote(line))
                {
                    continue;
                }
                var inCapitals = IsInCapitals(line);
                foreach (Match m in Note().Matches(line))
                {
                    if (inCapitals && !Unmistakable().IsMatch(m.Value) && !IsWholeLine(line, m))
                    {
                        continue;
                    }
                    // "HUOM! Kustannukset sisältävät arvonlisäveron." and "riskit TARKISTETAAN neljännesvuosittain"
                    // are emphasis for the reader; such words are notes only alone on a line or as a label "HUOM:".
                    if (Weak().IsMatch(m.Value) && !IsWholeLine(line, m) && !m.Value.EndsWith(':') && !AsksSomething(line[(m.Index + m.Length)..]))
                    {
                        continue;
                    }
                    var quote = QuoteAround(line, m);
                    yield return Found(
                        text.Place(context, quote),
                        new($"Työhuomautus \"{m.Value.Trim()}\" on jäänyt tekstiin: \"{quote}\".",
                            $"The note \"{m.Value.Trim()}\" was left in the text: \"{quote}\"."),
                        new("Tee huomautuksen pyytämä muutos ja poista huomautus.", "Make the change the note asks for and delete the note."));
                }
            }
        }
    }

    /// <summary>The note with a few words after it, as they stand, so that the line can be found and the note understood.</summary>
    private static string QuoteAround(string line, Match m)
    {
        // The words exactly as written (a quote the source locator can find), cut after five words.
        var rest = line[m.Index..];
        var words = 0;
        for (var i = 0; i < rest.Length; i++)
        {
            if (char.IsWhiteSpace(rest[i]) && i > 0 && !char.IsWhiteSpace(rest[i - 1]) && ++words == 6)
            {
                rest = rest[..i];
                break;
            }
        }
        return CheckContext.Shorten(rest.Trim(), 80)!;
    }

    /// <summary>Notes are capitals or "??"; a line without two capitals or question marks in a row has none.</summary>
    private static bool MayHoldNote(string line)
    {
        for (var i = 1; i < line.Length; i++)
        {
            if (char.IsUpper(line[i]) && char.IsUpper(line[i - 1]) || line[i] == '?' && line[i - 1] == '?')
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"HUOM! Tarkista luvut", "HUOM! kuka vastaa?": the words after the note ask the writers to do something.</summary>
    private static bool AsksSomething(string after) => Instruction().IsMatch(after) || after.Contains('?');

    /// <summary>A note standing alone on its line ("TÄYDENNETÄÄN") is a note even though the line is in capitals.</summary>
    private static bool IsWholeLine(string line, Match m) =>
        line.Trim().TrimStart('-', '•', '*', ' ').TrimEnd('.', '!', ':', ' ') == m.Value.TrimEnd('!', ':');

    /// <summary>A line with at least three letters, none of them lower case: a heading or label in capitals.</summary>
    private static bool IsInCapitals(string line) =>
        line.Count(char.IsLetter) >= 3 && !line.Any(char.IsLower);

    [GeneratedRegex(@"(?<![\p{L}\d])(TÄYDENNETÄÄN|TÄYDENNÄ|TÄYDENNETTÄVÄ|TARKENNETAAN|TARKENNA|TARKISTETAAN|TARKISTA|TARKISTETTAVA|KESKENERÄINEN|KESKEN|PUUTTUU|KOMMENTTI|KYSYMYS|MUOKKAA|POISTETAAN|POISTA|TODO|FIXME|HUOM)(?![\p{L}\d-])[!:]?|\?{2,}")]
    private static partial Regex Note();

    [GeneratedRegex(@"^(TODO|FIXME|HUOM|\?+)")]
    private static partial Regex Unmistakable();

    [GeneratedRegex(@"^(HUOM|KESKEN|PUUTTUU|TARKENNETAAN|TARKISTETAAN|POISTETAAN|KOMMENTTI|KYSYMYS)\b")]
    private static partial Regex Weak();

    [GeneratedRegex(@"^\W*(tarkist|täydenn|tarkenn|korjaa|korjat|lisää|lisät|muuta|muutet|poista|poistet|selvit|kysy|päivit|vaihda)", RegexOptions.IgnoreCase)]
    private static partial Regex Instruction();
}
