using Hankevahti.Reading;

namespace Hankevahti.Tests.Reading.Text;

/// <summary>PDF text (pdftotext output): layout blank lines, page footers, one block per visual line.</summary>
public class PdfTextTests
{
    private static ReadResult Pdf(string text) => TextReading.Read(text, origin: DocumentOrigin.PdfText);

    [Theory]
    // The footer forms pdftotext leaves on a line of their own.
    [InlineData("18(35)")]
    [InlineData("       18(35) ")]
    [InlineData("3 (35)")]
    [InlineData("Sivu 3 / 35")]
    [InlineData("Sivu 3")]
    [InlineData("Page 3 of 35")]
    [InlineData("3 / 35")]
    public void FootersArePageBreaksAndArtefacts(string footer)
    {
        var r = Pdf($"ennen \n\n{footer}\n\njälkeen ");
        Assert.Equal($"P:ennen ~ F:{footer.Trim()} ~ P:jälkeen", TextReading.ShowAll(r));
        var a = Assert.Single(r.Artefacts);
        Assert.Equal(("pageFooter", 3, footer.Trim()), (a.Kind, a.Source.Line!.Value, a.Text));
    }

    [Theory]
    // Page 12 of 5 is not a footer: more likely a table fragment.
    [InlineData("12 (5)")]
    // A bare number is a table cell as often as a page number: kept.
    [InlineData("18")]
    // A fraction without spaces is a value, not a footer.
    [InlineData("1/5")]
    public void NumbersThatAreNotFooters(string line)
    {
        var r = Pdf(line);
        Assert.Equal($"P:{line}", TextReading.ShowAll(r));
        Assert.Empty(r.Artefacts);
    }

    // Blank-line doubling is dropped; each visual line stays its own trimmed paragraph, not joined.
    [Fact]
    public void EachVisualLineIsOneParagraph()
    {
        var r = Pdf("Hankkeen tavoitteena on sote- \n\nkeskuksen kehittäminen. \n\n \n\nUusi kappale ");
        Assert.Equal("P:Hankkeen tavoitteena on sote- ~ P:keskuksen kehittäminen. ~ P:Uusi kappale", TextReading.ShowAll(r));
        Assert.Equal([1, 3, 7], r.Blocks.Select(b => b.Source.Line!.Value));
    }

    // Bullets in PDF text: the glyph tells the level, the page position does not.
    [Fact]
    public void BulletsAreListItems()
    {
        var r = Pdf(" • Hyvinvointikertomus \n\n\uF0B7 Kysely \n\no alakohta \n\n- toinen ");
        Assert.Equal("L0•:Hyvinvointikertomus ~ L0\uF0B7:Kysely ~ L1o:alakohta ~ L0-:toinen", TextReading.ShowAll(r));
    }

    // A form feed is a page break; next to a footer it adds no second one.
    [Fact]
    public void FormFeedIsPageBreak()
    {
        var r = Pdf("sivu yksi\n\fsivu kaksi\n3 (9)\n\fsivu neljä");
        Assert.Equal("P:sivu yksi ~ F: ~ P:sivu kaksi ~ F:3 (9) ~ P:sivu neljä", TextReading.ShowAll(r));
    }

    [Theory]
    // Short visual lines, trailing spaces, lower-case continuations and doubling: PDF text.
    [InlineData("Itä-Uudenmaan hyvinvointialue koostuu \n\nseitsemästä kunnasta, joiden \n\nväkiluku vuonna 2020 oli 98 254. \n\nAlueella on palvelu- ja hoitovelkaa \n\neri yksiköissä niin pandemian \n\nkuin ikärakenteen vuoksi. \n\nUusi kappale alkaa \n\ntästä ja jatkuu \n\nvielä. \n", DocumentOrigin.PdfText)]
    // The same text without trailing spaces and with a page footer still counts as PDF text.
    [InlineData("Itä-Uudenmaan hyvinvointialue koostuu\n\nseitsemästä kunnasta, joiden\n\nväkiluku vuonna 2020 oli 98 254.\n\nAlueella on palvelu- ja hoitovelkaa\n\n4(35)\n\neri yksiköissä niin pandemian\n\nkuin ikärakenteen vuoksi.\n\nUusi kappale alkaa\n\ntästä ja jatkuu\n\nvielä.\n", DocumentOrigin.PdfText)]
    // Plain pdftotext output (no doubling, no trailing spaces, no footer): short lines wrapped mid-sentence.
    [InlineData("Itä-Uudenmaan hyvinvointialue koostuu seitsemästä\nkunnasta, joiden väkiluku vuonna 2020 oli 98 254 ja\nalueella on merkittävää palvelu- ja hoitovelkaa eri\nsosiaali- ja terveydenhuollon yksiköissä niin pandemian\nkuin alueen ikärakenteen vuoksi. Alueen palvelutuotantoa\nollaan vasta yhtenäistämässä, joten tämä tuo osaltaan\nmuutoksia palvelutuotantoon. Tämän hankkeen tavoitteena\non saavuttaa hoitotakuulain mukaiset aikarajat.\n", DocumentOrigin.PdfText)]
    // Word text: one long paragraph per line, blank lines between, sentences end at line ends.
    [InlineData("1. Hankkeen tarve\n\nAlueella on merkittävää palvelu- ja hoitovelkaa eri sosiaali- ja terveydenhuollon yksiköissä niin pandemian kuin alueen ikärakenteen vuoksi, ja tähän hanke vastaa.\n\nHanke toteutetaan vaiheittain.\n\n2. Kohderyhmä\n\nKohderyhmänä ovat henkilöstö ja esihenkilöt.\n\n3. Tavoitteet\n\nTavoitteena on parempi työhyvinvointi.\n\n- henkilöstön hyvinvointi vahvistuu\n- työnjako selkeytyy\n", DocumentOrigin.WordText)]
    // Tab rows mean a Word export, however the paragraphs look.
    [InlineData("Itä-Uudenmaan hyvinvointialue koostuu \n\nseitsemästä kunnasta, joiden \n\nväkiluku a\tb \n\nAlueella on c\td \n\neri yksiköissä e\tf \n\nkuin ikärakenteen vuoksi. \n\nUusi kappale g\th \n\ntästä ja jatkuu \n\nvielä. \n", DocumentOrigin.WordText)]
    public void OriginDetection(string text, DocumentOrigin expected) =>
        Assert.Equal(expected, TextReading.Read(text).Origin);
}
