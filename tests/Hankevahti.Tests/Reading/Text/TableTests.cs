using Hankevahti.Reading;

namespace Hankevahti.Tests.Reading.Text;

/// <summary>Tables of Word text exports: HTML cells, separator rows, rows split by page breaks.</summary>
public class TableTests
{
    [Theory]
    // A list styled without bullets keeps its literal "•" characters: each starts a "- " line.
    [InlineData("<ul style=\"list-style-type: none\"> • Eka kohta • Toka kohta </ul>", "- Eka kohta\n- Toka kohta")]
    // Proper <li> items, paragraph tags and <br> become lines; no tag remains.
    [InlineData("<ul><li>Eka</li><li>Toka</li></ul>", "- Eka\n- Toka")]
    [InlineData("<ol><li>Eka</li></ol>", "- Eka")]
    [InlineData("<p>Kappale yksi</p><p>Kappale kaksi</p>", "Kappale yksi\nKappale kaksi")]
    [InlineData("rivi<br>toinen<br/>kolmas", "rivi\ntoinen\nkolmas")]
    // Inline tags vanish, link text stays, entities are decoded.
    [InlineData("<b>Vahva</b> ja <strong>vahvempi</strong> <i>kursiivi</i>", "Vahva ja vahvempi kursiivi")]
    [InlineData("Katso <a href=\"#\">Innokylä</a> &amp; muut", "Katso Innokylä & muut")]
    // Markdown emphasis in cells is removed.
    [InlineData("**Kokonaiskulut**", "Kokonaiskulut")]
    // A bullet glyph alone is an empty list item: the cell is empty.
    [InlineData("•", "")]
    public void HtmlCellBecomesPlainText(string cell, string expected)
    {
        var r = TextReading.Read($"Otsake\tSisältö\nRivi\t{cell}");
        var t = Assert.IsType<TableBlock>(Assert.Single(r.Blocks));
        Assert.Equal(expected, t.Rows[1].Cells[1].Text);
        Assert.DoesNotContain('<', t.Rows[1].Cells[1].Text);
    }

    // A row of only dashes is a separator: dropped from the table, kept as an artefact with its line.
    [Theory]
    [InlineData("--\t---")]
    [InlineData("|---|:--:|")]
    [InlineData("--\t\t--")]
    public void SeparatorRowsAreArtefacts(string separator)
    {
        var r = TextReading.Read($"a\tb\n{separator}\nc\td");
        var t = Assert.IsType<TableBlock>(Assert.Single(r.Blocks));
        Assert.Equal("T:a|b/c|d", TextReading.Show(t));
        var a = Assert.Single(r.Artefacts);
        Assert.Equal(("separator", 2), (a.Kind, a.Source.Line!.Value));
        Assert.Equal(2, t.Rows[1].Source.Row);
    }

    // Markdown pipe tables are tables too.
    [Fact]
    public void PipeTable()
    {
        var r = TextReading.Read("| Riski | Vaikutus |\n|---|---|\n| **Aikataulu** | 3 |", "p.md");
        Assert.Equal("T:Riski|Vaikutus/Aikataulu|3", TextReading.ShowAll(r));
    }

    [Theory]
    // A page break splits a row: after the blank line the row goes on in lower case, cell by cell, into filled cells only.
    [InlineData("Riski\tSeuraus\tToimenpiteet\nTekijöiden\tTieto häviää, työ\t<ul> • Kirjaaminen \n\nvaihtuminen.\thidastuu.\t<p>ja mallit</p> <ul> • Sijaiset </ul>",
        "T:Riski|Seuraus|Toimenpiteet/Tekijöiden vaihtuminen.|Tieto häviää, työ hidastuu.|- Kirjaaminen ja mallit\n- Sijaiset")]
    // The same with an empty first cell.
    [InlineData("Riski\tSeuraus\tVastuu\nVastarinta\tKokeilut eivät\tPP\n\n\tala.\t",
        "T:Riski|Seuraus|Vastuu/Vastarinta|Kokeilut eivät ala.|PP")]
    // The continuation may carry more trailing empty cells than the row above.
    [InlineData("A\tB\nalku\tteksti jatkuu\n\nloppu\tedelleen\t\t", "T:A|B/alku loppu|teksti jatkuu edelleen")]
    // An empty first cell without a page break is a real row (an unnamed member), not a continuation.
    [InlineData("Rooli\tNimi\nPuheenjohtaja\tMatti\n\tjäsen", "T:Rooli|Nimi/Puheenjohtaja|Matti/|jäsen")]
    // Lower-case first cells are real rows when the cell above ends a sentence.
    [InlineData("Rooli\tKuvaus\nHUS\tHallinnoi hanketta.\n\n\tvastaa raportoinnista.", "T:Rooli|Kuvaus/HUS|Hallinnoi hanketta./|vastaa raportoinnista.")]
    // A row filling a column the row above left empty is a real row, even after a page break.
    [InlineData("Rooli\tJäsen\tVara\nSihteeri\tNN\t\n\njäsen\t\tmm", "T:Rooli|Jäsen|Vara/Sihteeri|NN|/jäsen||mm")]
    // Upper-case text after a page break is a new row.
    [InlineData("Toimija\tRooli\nHUS\thallinnoi\n\nVAKE\tlevittää", "T:Toimija|Rooli/HUS|hallinnoi/VAKE|levittää")]
    public void PageBreakRows(string text, string expected) =>
        Assert.Equal(expected, TextReading.ShowAll(TextReading.Read(text)));

    // The merged row keeps both source lines: its own and the continuation's as EndLine.
    [Fact]
    public void MergedRowKeepsSourceLines()
    {
        var r = TextReading.Read("A\tB\nalku\tjatkuu\n\nloppu\tedelleen");
        var row = Assert.IsType<TableBlock>(Assert.Single(r.Blocks)).Rows[1];
        Assert.Equal((2, 4), (row.Source.Line!.Value, row.Source.EndLine!.Value));
        Assert.Equal(4, row.Cells[1].Source.EndLine);
        Assert.Contains(r.Messages, m => m.Severity == Severity.Info && m.Message.Contains("line 4"));
    }

    [Theory]
    // A blank line inside a table (a page break) does not end it.
    [InlineData("A\tB\n1\t2\n\n3\t4", "T:A|B/1|2/3|4")]
    // The same header again after a blank line is the next table.
    [InlineData("A\tB\n1\t2\n\nA\tB\n3\t4", "T:A|B/1|2 ~ T:A|B/3|4")]
    // A clearly different width after a blank line is another table.
    [InlineData("A\tB\n1\t2\n\nX\tY\tZ\tW\n3\t4\t5\t6", "T:A|B/1|2 ~ T:X|Y|Z|W/3|4|5|6")]
    // Three blank lines end a table.
    [InlineData("A\tB\n1\t2\n\n\n\n3\t4", "T:A|B/1|2 ~ T:3|4")]
    // A leading tab alone is indentation, not a table.
    [InlineData("\tsisennetty kappale", "P:sisennetty kappale")]
    // Rows of empty cells are truly empty and dropped.
    [InlineData("A\tB\n\t\t\n1\t2", "T:A|B/1|2")]
    public void TableBoundaries(string text, string expected) =>
        Assert.Equal(expected, TextReading.ShowAll(TextReading.Read(text)));
}
