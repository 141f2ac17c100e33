namespace Hankevahti.Tests.Vocabulary;

public class CleanTextTests
{
    [Theory]
    // Markdown emphasis from a Word export.
    [InlineData("**Kuvaus:** teksti", "Kuvaus: teksti")]
    // Cell HTML and entities.
    [InlineData("<p>Hoitotakuu &amp; jonot</p>", "Hoitotakuu & jonot")]
    // An angle bracket that is not a known tag is text (a template instruction or "< 14 vrk").
    [InlineData("< 14 vrk", "< 14 vrk")]
    // No-break spaces and runs of spaces collapse; a soft hyphen is invisible and goes.
    [InlineData("1\u00A0356  000\u00AD €", "1 356 000 €")]
    // A markdown link keeps its text.
    [InlineData("[THL](https://thl.fi) tilastot", "THL tilastot")]
    public void Inline(string text, string expected) => Assert.Equal(expected, CleanText.Inline(text));

    [Fact]
    public void Plain_keeps_the_lines_of_a_cell()
    {
        // Block tags become lines so that a cell's list items stay apart.
        Assert.Equal("Yksi\nKaksi", CleanText.Plain("<ul><li>Yksi</li><li>**Kaksi**</li></ul>"));
    }

    [Theory]
    // A list in a cell reads as one value with "; " between the items, whether HTML or bullets.
    [InlineData("<ul><li>Palkat</li><li>Matkat</li></ul>", "Palkat; Matkat")]
    [InlineData("• Palkat • Matkat", "Palkat; Matkat")]
    public void Cell(string text, string expected) => Assert.Equal(expected, CleanText.Cell(text));

    [Theory]
    [InlineData("", true)]
    [InlineData("–", true)]
    [InlineData("**-**", true)]
    [InlineData("0", false)]
    public void Blank_cells(string text, bool blank) => Assert.Equal(blank, CleanText.IsBlank(text));

    [Fact]
    public void Cleaning_twice_changes_nothing()
    {
        // The reader may or may not have cleaned a text already; the result must be the same.
        const string raw = "<p>**Riski:** Henkilöstön\u00A0saatavuus &lt;heikko&gt;</p>";
        Assert.Equal(CleanText.Inline(raw), CleanText.Inline(CleanText.Inline(raw)));
        Assert.Equal(CleanText.Plain(raw), CleanText.Plain(CleanText.Plain(raw)));
    }
}
