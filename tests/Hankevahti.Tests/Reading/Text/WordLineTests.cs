using Hankevahti.Reading;

namespace Hankevahti.Tests.Reading.Text;

/// <summary>How single lines of Word text exports become blocks.</summary>
public class WordLineTests
{
    [Theory]
    // A dash bullet is a list item; the marker is kept.
    [InlineData("- kohta", "L0-:kohta")]
    // Asterisk bullets (markdown) are list items too; "**bold**" is not a bullet.
    [InlineData("* kohta", "L0*:kohta")]
    [InlineData("**Kuvaus:** teksti", "P:Kuvaus: teksti")]
    // Unicode and Word private-use bullet glyphs, with or without a space after them.
    [InlineData("• kohta", "L0•:kohta")]
    [InlineData("\uF0B7\tkohta", "L0\uF0B7:kohta")]
    [InlineData("\uF0A7 kohta", "L2\uF0A7:kohta")]
    [InlineData("◦ kohta", "L1◦:kohta")]
    // Word's second-level "o" bullet; "o" followed by a letter only.
    [InlineData("o alakohta", "L1o:alakohta")]
    // Word writes list glyphs and heading numbers with a tab after them: that is not a two-cell table.
    [InlineData("•\tkohta", "L0•:kohta")]
    [InlineData("1.\tHankkeen tarve", "P:1. Hankkeen tarve")]
    // Lettered and numbered items with a parenthesis are list items.
    [InlineData("a) ensimmäinen", "L0a):ensimmäinen")]
    [InlineData("2) toinen", "L02):toinen")]
    // Numbered headings stay paragraphs: the outline decides on them.
    [InlineData("1. Hankkeen tarve", "P:1. Hankkeen tarve")]
    [InlineData("4.2 Toimenpiteet", "P:4.2 Toimenpiteet")]
    // Markdown headings with a number: the number is split off, closing hashes dropped.
    [InlineData("### 4.2 Toimenpiteet ###", "H3[4.2]:Toimenpiteet")]
    [InlineData("# Liite 1", "H1[]:Liite 1")]
    // Markdown links keep their text; a real address is kept after it so no words are lost.
    [InlineData("1. [Esimerkkiopas | Sivusto](#)", "P:1. Esimerkkiopas | Sivusto")]
    [InlineData("- [Materiaalit](https://example.org/a)", "L0-:Materiaalit (https://example.org/a)")]
    // Template instructions in angle brackets are text, not HTML.
    [InlineData("< Kuvaa hankkeen aikataulu. >", "P:< Kuvaa hankkeen aikataulu. >")]
    // HTML in a paragraph becomes plain text too; entities are decoded.
    [InlineData("Tausta &amp; <b>lähtökohdat</b>", "P:Tausta & lähtökohdat")]
    // Runs of spaces are squeezed, ends trimmed.
    [InlineData("  sana   toinen  ", "P:sana toinen")]
    public void LineBecomesBlock(string line, string expected)
    {
        var r = TextReading.Read(line);
        Assert.Equal(expected, TextReading.Show(Assert.Single(r.Blocks)));
    }

    // Depth comes from indentation relative to the items above, whatever width the exporter used.
    [Theory]
    [InlineData("- a\n - b\n - c\n- d", "L0-:a ~ L1-:b ~ L1-:c ~ L0-:d")]
    [InlineData("- a\n    - b\n        - c\n    - d", "L0-:a ~ L1-:b ~ L2-:c ~ L1-:d")]
    [InlineData("- a\n\t- b", "L0-:a ~ L1-:b")]
    public void ListDepthFromIndentation(string text, string expected) =>
        Assert.Equal(expected, TextReading.ShowAll(TextReading.Read(text)));

    // Markdown rules and stray separators on their own line are artefacts, not content.
    [Theory]
    [InlineData("---")]
    [InlineData("***")]
    [InlineData("| --- | :---: |")]
    public void SeparatorLinesAreArtefacts(string line)
    {
        var r = TextReading.Read("alku\n" + line + "\nloppu");
        Assert.Equal("P:alku ~ P:loppu", TextReading.ShowAll(r));
        var a = Assert.Single(r.Artefacts);
        Assert.Equal(("separator", 2), (a.Kind, a.Source.Line!.Value));
    }

    // .md with markdown headings is Markdown; .txt or .md without headings is Word text.
    [Theory]
    [InlineData("a.md", "# Otsikko\nteksti", DocumentOrigin.Markdown)]
    [InlineData("a.txt", "# Otsikko\nteksti", DocumentOrigin.WordText)]
    [InlineData("a.md", "Otsikko\nteksti", DocumentOrigin.WordText)]
    public void MarkdownOrigin(string file, string text, DocumentOrigin expected) =>
        Assert.Equal(expected, TextReading.Read(text, file).Origin);
}
