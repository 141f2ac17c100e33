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
        var r = Pdf("Esimerkin tavoitteena on sote- \n\nkeskuksen mallin kokeilu. \n\n \n\nUusi kappale ");
        Assert.Equal("P:Esimerkin tavoitteena on sote- ~ P:keskuksen mallin kokeilu. ~ P:Uusi kappale", TextReading.ShowAll(r));
        Assert.Equal([1, 3, 7], r.Blocks.Select(b => b.Source.Line!.Value));
    }

    // Bullets in PDF text: the glyph tells the level, the page position does not.
    [Fact]
    public void BulletsAreListItems()
    {
        var r = Pdf("  • Kertomus \n\n\uF0B7 Kysely \n\no alakohta \n\n- toinen ");
        Assert.Equal("L0•:Kertomus ~ L0\uF0B7:Kysely ~ L1o:alakohta ~ L0-:toinen", TextReading.ShowAll(r));
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
    [InlineData("Esimerkkialueen kunnat tekevät laajaa \n\nyhteistyötä, jonka tuloksena syntyi \n\nuusi palvelumalli vuonna 2019. \n\nMallissa on neuvonta- ja ohjauspiste \n\nsekä sähköinen asiointi niin arkena \n\nkuin viikonloppuna. \n\nSeuraava kappale kertoo \n\nresursseista ja niiden \n\njaosta. \n", DocumentOrigin.PdfText)]
    // The same text without trailing spaces and with a page footer still counts as PDF text.
    [InlineData("Esimerkkialueen kunnat tekevät laajaa\n\nyhteistyötä, jonka tuloksena syntyi\n\nuusi palvelumalli vuonna 2019.\n\nMallissa on neuvonta- ja ohjauspiste\n\n4(35)\n\nsekä sähköinen asiointi niin arkena\n\nkuin viikonloppuna.\n\nSeuraava kappale kertoo\n\nresursseista ja niiden\n\njaosta.\n", DocumentOrigin.PdfText)]
    // Plain pdftotext output (no doubling, no trailing spaces, no footer): short lines wrapped mid-sentence.
    [InlineData("Esimerkkialueen kunnat ovat tehneet pitkään laajaa\nyhteistyötä, jonka tuloksena syntyi uusi palvelumalli\nasukkaiden neuvontaan ja ohjaukseen eri kanavissa sekä\nsähköiseen asiointiin arkena ja viikonloppuna. Malli\notetaan käyttöön vaiheittain, ja sen toimivuutta\narvioidaan kyselyin ja haastatteluin koko hankkeen\najan. Tulokset raportoidaan ohjausryhmälle kahdesti\nvuodessa ja julkaistaan verkkosivuilla.\n", DocumentOrigin.PdfText)]
    // Word text: one long paragraph per line, blank lines between, sentences end at line ends.
    [InlineData("1. Hankkeen tarve\n\nAlueen palveluissa on jonoja eri yksiköissä sekä arkena että viikonloppuisin, ja tähän esimerkkihanke vastaa uudella mallilla.\n\nHanke toteutetaan vaiheittain.\n\n2. Kohderyhmä\n\nKohderyhmänä ovat henkilöstö ja esihenkilöt.\n\n3. Tavoitteet\n\nTavoitteena on parempi työhyvinvointi.\n\n- henkilöstön hyvinvointi vahvistuu\n- työnjako selkeytyy\n", DocumentOrigin.WordText)]
    // Tab rows mean a Word export, however the paragraphs look.
    [InlineData("Esimerkkialueen kunnat tekevät laajaa \n\nyhteistyötä, jonka tuloksena syntyi \n\nuusi a\tb \n\nMallissa on c\td \n\nsekä sähköinen e\tf \n\nkuin viikonloppuna. \n\nSeuraava kappale g\th \n\nresursseista ja niiden \n\njaosta. \n", DocumentOrigin.WordText)]
    public void OriginDetection(string text, DocumentOrigin expected) =>
        Assert.Equal(expected, TextReading.Read(text).Origin);
}
