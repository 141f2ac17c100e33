using System.Text.RegularExpressions;

namespace Hankevahti.Tests.Vocabulary;

/// <summary>
/// Squeeze, CountWords and OneLine are written by hand for speed (the importer calls them on every block
/// many times); these pin them to the regex definitions they replaced, on the awkward cases.
/// </summary>
public class CleanTextPassTests
{
    public static TheoryData<string> Texts => new()
    {
        "",
        " ",
        "\t\r\n",
        "sana",
        "kaksi sanaa",
        // Leading, trailing and repeated white space of every kind Word and PDF exports leave.
        "  alku ja loppu  ",
        "rivi\r\nrivi\n\n\tsisennys",
        "1\u00A0356\u202F000\u2009€",
        // A soft hyphen inside a word, alone between spaces, at the ends, and as a whole "word".
        "hanke\u00ADsuunnitelma",
        "a \u00AD b",
        "\u00ADalku loppu\u00AD",
        "\u00AD",
        // Tokens without a letter or digit are not words.
        "– • ; 12 % x",
        "**Kuvaus:** teksti\n\n- kohta",
        "<p>Yksi</p><p>Kaksi &amp; kolme</p>",
        "\u2028erotin\u2029\u0085\u000B\u000C",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Squeeze_is_the_regex_collapse(string text) =>
        Assert.Equal(Regex.Replace(text.Replace("\u00AD", ""), @"\s+", " ").Trim(), CleanText.Squeeze(text));

    [Theory]
    [MemberData(nameof(Texts))]
    public void CountWords_counts_tokens_with_a_letter_or_digit(string text) =>
        Assert.Equal(Regex.Matches(text, @"\S+").Count(m => m.Value.Any(char.IsLetterOrDigit)), CleanText.CountWords(text));

    [Theory]
    [MemberData(nameof(Texts))]
    public void OneLine_is_Plain_on_one_line(string text) =>
        Assert.Equal(CleanText.Squeeze(CleanText.Plain(text).Replace('\n', ' ')), CleanText.OneLine(text));
}
