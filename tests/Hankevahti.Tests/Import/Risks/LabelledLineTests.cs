using Hankevahti.Import.Blocks;
using Hankevahti.Vocabulary;

namespace Hankevahti.Tests.Import.Risks;

public class LabelledLineTests
{
    [Theory]
    // The plain form.
    [InlineData("Kuvaus: Avainhenkilöt lähtevät.", RiskWords.Description, "Avainhenkilöt lähtevät.")]
    // Bold label with the colon inside the emphasis, in a bullet.
    [InlineData("- **Varautuminen:** Dokumentointi.", RiskWords.Mitigation, "Dokumentointi.")]
    // Colon outside the emphasis.
    [InlineData("**Todennäköisyys**: 3", RiskWords.Likelihood, "3")]
    // Bold label without a colon: the emphasis marks it.
    [InlineData("**Vaikutus** Merkittävä", RiskWords.Impact, "Merkittävä")]
    // The scale after the label is not part of it.
    [InlineData("Todennäköisyys (1–5): 4", RiskWords.Likelihood, "4")]
    // A label alone on its line: the value follows in the next paragraph.
    [InlineData("Hallintakeinot", RiskWords.Mitigation, "")]
    [InlineData("**Vastuu:**", RiskWords.Owner, "")]
    public void Reads(string text, string role, string value)
    {
        var line = LabelledLine.Parse(text, RiskWords.Labels);
        Assert.NotNull(line);
        Assert.Equal((role, value), (line.Role, line.Value));
    }

    // A title label with a number gives the code.
    [Fact]
    public void TitleLabelWithCode()
    {
        var line = LabelledLine.Parse("Riski 3: Rahoitus viivästyy", RiskWords.Labels);
        Assert.Equal((RiskWords.Title, "3", "Rahoitus viivästyy"), (line?.Role, line?.Code, line?.Value));
    }

    [Theory]
    // An unknown label is not a field.
    [InlineData("Huom: tämä tarkentuu.")]
    // A sentence that starts with a label word but has no colon or emphasis is prose.
    [InlineData("Vaikutus kohdistuu koko alueeseen.")]
    // A colon far into a sentence.
    [InlineData("Hankkeessa on tunnistettu seuraavat riskit: aikataulu ja rahoitus.")]
    public void LeavesProse(string text) => Assert.Null(LabelledLine.Parse(text, RiskWords.Labels));
}
