using Hankevahti.Import.Risks;

namespace Hankevahti.Tests.Import.Risks;

public class RiskFragmentTests
{
    // Mitigation sentences come first, then the owner's phrase (joined over commas and lower-case lines),
    // and what follows is the next risk's text.
    [Fact]
    public void SplitsMitigationOwnerAndNextRisk()
    {
        var (mitigation, owner, rest) = RiskFragmentReader.Split(
            ["Seurataan", "kuukausittain.", "Sovitaan varahenkilöt.", "Projektipäällikkö,", "ohjaus", "ryhmä", "Rahoitus", "viivästyy"], hasOwner: true);
        Assert.Equal("Seurataan kuukausittain. Sovitaan varahenkilöt.", mitigation);
        Assert.Equal("Projektipäällikkö, ohjaus ryhmä", owner);
        Assert.Equal(["Rahoitus", "viivästyy"], rest);
    }

    // Without an owner column, everything after the mitigation belongs to the next risk.
    [Fact]
    public void NoOwnerColumn()
    {
        var (_, owner, rest) = RiskFragmentReader.Split(["Varaudutaan.", "Tietojärjestelmä", "ei valmistu"], hasOwner: false);
        Assert.Null(owner);
        Assert.Equal(["Tietojärjestelmä", "ei valmistu"], rest);
    }

    [Theory]
    // A word broken at the line end without a hyphen is glued back ("hyvinvointialue" + "en").
    [InlineData(new[] { "hyvinvointialue", "en muuhun" }, "hyvinvointialueen muuhun")]
    // A short real word on the next line is not glued.
    [InlineData(new[] { "palvelut", "ja tuki" }, "palvelut ja tuki")]
    // A hyphen at the line end joins the word ("Toden-" + "näköisyys").
    [InlineData(new[] { "Toden-", "näköisyys" }, "Todennäköisyys")]
    // A hyphen before "ja" is a shared word ending and stays.
    [InlineData(new[] { "sosiaali-", "ja terveys" }, "sosiaali- ja terveys")]
    public void JoinsFragments(string[] fragments, string expected) => Assert.Equal(expected, FragmentText.Join(fragments));
}
