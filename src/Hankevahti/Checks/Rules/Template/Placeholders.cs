using System.Text.RegularExpressions;

namespace Hankevahti.Checks.Rules.Template;

/// <summary>A placeholder found in a text: the words as written and what kind of value was to be filled in.</summary>
public sealed record Placeholder(string Words, Localized Stands);

/// <summary>
/// The template's fill-in marks: dates "pp.kk.vvvv", versions "x.xx", amounts "XX €", counts "nn",
/// links whose address was never filled in ("[…](#)"), field names in square brackets ("[pvm]") and
/// Word's own "click here" texts. Each pattern
/// is bounded by non-letters so that words merely containing the letters ("xxl", "Anna") do not match.
/// </summary>
public static partial class Placeholders
{
    private static readonly (Regex Pattern, Localized Stands)[] Patterns =
    [
        (DatePattern(), new("päivämäärä", "a date")),
        (MonthPattern(), new("kuukausi ja vuosi", "a month and year")),
        (VersionPattern(), new("versionumero", "a version number")),
        (YearPattern(), new("vuosi", "a year")),
        (XsPattern(), new("luku tai nimi", "a number or name")),
        (NnPattern(), new("luku", "a number")),
        (EmptyLinkPattern(), new("linkin osoite", "a link's address")),
        (BracketPattern(), new("hankkeen oma tieto", "the project's own detail")),
        (WordPromptPattern(), new("Wordin sisältökentän teksti", "a Word content control's text")),
    ];

    public static IEnumerable<Placeholder> In(string text)
    {
        foreach (var (pattern, stands) in Patterns)
        {
            foreach (Match m in pattern.Matches(text))
            {
                yield return new Placeholder(m.Value, stands);
            }
        }
    }

    [GeneratedRegex(@"(?<![\p{L}\d.])(pp|dd)\.(kk|mm)\.(vvvv|vv|yyyy)(?![\p{L}\d])", RegexOptions.IgnoreCase)]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"(?<![\p{L}\d./])kk[./](vvvv|vv)(?![\p{L}\d])", RegexOptions.IgnoreCase)]
    private static partial Regex MonthPattern();

    [GeneratedRegex(@"(?<![\p{L}\d.])[xX]\.[xX]{1,2}(?![\p{L}\d.])")]
    private static partial Regex VersionPattern();

    [GeneratedRegex(@"(?<![\p{L}\d])(19|20)[xX]{2}(?![\p{L}\d])")]
    private static partial Regex YearPattern();

    // "XX €", "xxx henkilöä": two or more x's standing alone; a single x is a multiplication or a schedule mark.
    [GeneratedRegex(@"(?<![\p{L}\d.,/-])(XX+|xx+)(?![\p{L}\d.,/-])")]
    private static partial Regex XsPattern();

    [GeneratedRegex(@"(?<![\p{L}\d.,/-])(nn|NN)(?![\p{L}\d.,/-])")]
    private static partial Regex NnPattern();

    [GeneratedRegex(@"\[[^\]\n]{1,200}\]\(#?\)")]
    private static partial Regex EmptyLinkPattern();

    // "[nimi]", "[pvm]", "[Kirjoita tähän …]": a field name in square brackets (not a link, not a checkbox "[x]").
    [GeneratedRegex(@"\[(nimi|pvm|päivämäärä|organisaatio|summa|euroa|vuosi|(kirjoita|lisää|täydennä) [^\]\n]{1,80})\](?!\()", RegexOptions.IgnoreCase)]
    private static partial Regex BracketPattern();

    [GeneratedRegex(@"(Napsauta|Kirjoita tekstiä napsauttamalla)[^.\n]{0,60}(kirjoita tekstiä|anna päivämäärä|tätä)\.?", RegexOptions.IgnoreCase)]
    private static partial Regex WordPromptPattern();
}
