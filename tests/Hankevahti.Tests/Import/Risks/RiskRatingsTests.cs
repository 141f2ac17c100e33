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
    // Words alone stay words: no number is invented for them.
    [InlineData("Todennäköinen", null, null, "Todennäköinen")]
    [InlineData("**Merkittävä**", null, null, "Merkittävä")]
    public void Parses(string text, int? min, int? max, string? words)
    {
        var r = RiskRatings.Parse(text);
        Assert.NotNull(r);
        Assert.Equal(min, (int?)r.Min);
        Assert.Equal(max, (int?)r.Max);
        Assert.Equal(words, r.Text);
    }

    // Empty cells and dashes are no rating at all.
    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("–")]
    [InlineData(null)]
    public void EmptyIsNull(string? text) => Assert.Null(RiskRatings.Parse(text));
}
