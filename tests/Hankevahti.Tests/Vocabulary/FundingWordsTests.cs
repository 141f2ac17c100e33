namespace Hankevahti.Tests.Vocabulary;

public class FundingWordsTests
{
    [Theory]
    // The template's funding rows and the wordings plans use for them.
    [InlineData("Omarahoitus", FundingKind.OwnFunding)]
    [InlineData("**Omarahoitusosuus 20 %**", FundingKind.OwnFunding)]
    [InlineData("Valtionavustus", FundingKind.Grant)]
    [InlineData("Haettava avustus", FundingKind.Grant)]
    [InlineData("RRF-rahoitus", FundingKind.Grant)]
    [InlineData("Muu rahoitus", FundingKind.OtherFunding)]
    [InlineData("Tulot", FundingKind.Income)]
    [InlineData("Hankkeen tulot", FundingKind.Income)]
    public void Labels(string label, FundingKind kind) => Assert.Equal(kind, FundingWords.OfLabel(label));

    [Theory]
    // A cost row and a total are not funding.
    [InlineData("Henkilöstökulut")]
    [InlineData("Yhteensä")]
    // "Avustus" inside a longer word is not the grant row ("Neuvonta-avustus" is a service).
    [InlineData("Neuvonta-avustus")]
    public void Not_funding(string label) => Assert.Null(FundingWords.OfLabel(label));

    [Fact]
    public void Prose_words_in_order_one_per_place()
    {
        // "valtionavustuksen" matches two stems; it is one word.
        var words = FundingWords.InProse("Valtionavustuksen osuus on 80 % ja omarahoituksen 20 %.");
        Assert.Equal([FundingKind.Grant, FundingKind.OwnFunding], words.Select(w => w.Kind));
    }
}
