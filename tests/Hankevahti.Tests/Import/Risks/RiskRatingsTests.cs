using Hankevahti.Import.Risks;

namespace Hankevahti.Tests.Import.Risks;

public class RiskRatingsTests
{
    [Theory]
    // A single value is a range of one.
    [InlineData("3", 3, 3, null)]
    // En dash, hyphen and spaces around them all make a range.
    [InlineData("2–3", 2, 3, null)]
    [InlineData("2 - 3", 2, 3, null)]
    [InlineData("8–12", 8, 12, null)]
    // A reversed range is put in order.
    [InlineData("3–2", 2, 3, null)]
    // The scale's word next to the number is kept.
    [InlineData("3 (keskisuuri)", 3, 3, "keskisuuri")]
    // Words alone land on the 1–5 scale through the vocabulary and keep their wording.
    [InlineData("Todennäköinen", 4, 4, "Todennäköinen")]
    [InlineData("**Merkittävä**", 4, 4, "Merkittävä")]
    [InlineData("Keskimääräinen", 3, 3, "Keskimääräinen")]
    [InlineData("Pieni", 2, 2, "Pieni")]
    [InlineData("Vähäinen", 2, 2, "Vähäinen")]
    [InlineData("Kohtalainen", 3, 3, "Kohtalainen")]
    [InlineData("Suuri", 4, 4, "Suuri")]
    [InlineData("Erittäin suuri", 5, 5, "Erittäin suuri")]
    [InlineData("Epätodennäköinen", 2, 2, "Epätodennäköinen")]
    [InlineData("Mahdollinen", 3, 3, "Mahdollinen")]
    [InlineData("Erittäin todennäköinen", 5, 5, "Erittäin todennäköinen")]
    [InlineData("Matala", 2, 2, "Matala")]
    [InlineData("Korkea", 4, 4, "Korkea")]
    // Two steps in words make a range.
    [InlineData("Pieni–kohtalainen", 2, 3, "Pieni–kohtalainen")]
    // A value said to be out of five.
    [InlineData("3/5", 3, 3, null)]
    // The word, then the number in brackets: the number counts.
    [InlineData("Kohtalainen (3)", 3, 3, "Kohtalainen")]
    // Words off the scale stay words: no number is invented for them.
    [InlineData("melko suuri", null, null, "melko suuri")]
    // Another denominator is another scale; it is not read as a rating.
    [InlineData("2/3", null, null, "2/3")]
    public void Parses(string text, int? min, int? max, string? words)
    {
        var r = RiskRatings.Parse(text);
        Assert.NotNull(r);
        Assert.Equal(min, (int?)r.Min);
        Assert.Equal(max, (int?)r.Max);
        Assert.Equal(words, r.Text);
        // Only a number read from words is marked so; a number the plan wrote is not.
        Assert.Equal(min is not null && !text.Any(char.IsDigit) ? true : null, r.FromWords);
    }

    // A score is a product of two ratings: a word in the score column is not turned into a number.
    [Fact]
    public void ScoreWordsStayWords()
    {
        var r = RiskRatings.ParseScore("Korkea");
        Assert.Equal((null, "Korkea"), (r?.Min, r?.Text));
    }

    // Empty cells and dashes are no rating at all.
    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("–")]
    [InlineData(null)]
    public void EmptyIsNull(string? text) => Assert.Null(RiskRatings.Parse(text));
}
