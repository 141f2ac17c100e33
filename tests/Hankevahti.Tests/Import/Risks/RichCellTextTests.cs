using Hankevahti.Import.Common;

namespace Hankevahti.Tests.Import.Risks;

public class RichCellTextTests
{
    [Theory]
    // The raw Word export: HTML list with "•" bullets inside.
    [InlineData("<ul style=\"list-style-type: none\"> • Yksi • Kaksi </ul>", new[] { "Yksi", "Kaksi" })]
    // The improved reader's form: "- " lines.
    [InlineData("- Yksi\n- Kaksi", new[] { "Yksi", "Kaksi" })]
    // A paragraph before the list is an item of its own.
    [InlineData("<p>Alku</p><ul><li>Yksi</li></ul>", new[] { "Alku", "Yksi" })]
    // An unmarked lower-case line continues the item a page break cut.
    [InlineData("- Selkeät käytännöt\nja yhteiset pohjat\n- Varahenkilöt", new[] { "Selkeät käytännöt ja yhteiset pohjat", "Varahenkilöt" })]
    // Plain text without bullets is one item; emphasis goes.
    [InlineData("**Vaiheistus**", new[] { "Vaiheistus" })]
    public void Items(string cell, string[] expected) => Assert.Equal(expected, RichCellText.Items(cell));

    [Theory]
    // Comparisons in a measure are words, not tags: removing "< … >" would lose the target.
    [InlineData("odotusaika < 14 vrk, tyytyväisyys > 4", "odotusaika < 14 vrk, tyytyväisyys > 4")]
    // A template instruction in angle brackets is text the plan still holds.
    [InlineData("<Kuvaa tähän riskit>", "<Kuvaa tähän riskit>")]
    // Real HTML from the export goes.
    [InlineData("<p><b>Vastuu</b></p>", "Vastuu")]
    public void Only_known_html_tags_are_removed(string cell, string expected) => Assert.Equal(expected, CleanText.OneLine(cell));
}
