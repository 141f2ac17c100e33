using Hankevahti.Import;
using Hankevahti.Plans;
using Hankevahti.Reading;

namespace Hankevahti.Tests.Import.Outline;

/// <summary>Tricky heading lines, each in a small made-up document.</summary>
public class OutlineLineTests
{
    // Consecutive tab lines form one table, as the text reader makes them.
    private static List<Block> Blocks(params string[] lines)
    {
        var blocks = new List<Block>();
        List<TableRow>? rows = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var src = new SourceRef { Line = i + 1 };
            if (lines[i].Contains('\t'))
            {
                if (rows is null)
                {
                    rows = [];
                    blocks.Add(new TableBlock(src, rows));
                }
                rows.Add(new TableRow(lines[i].Split('\t').Select(c => new TableCell(c, 1, 1, src)).ToList(), src));
                continue;
            }
            rows = null;
            blocks.Add(new ParagraphBlock(src, lines[i]));
        }
        return blocks;
    }

    private static List<string> Headings(SectionNode root) =>
        root.Descendants().Select(s => $"{s.Number}|{s.Kind}").ToList();

    public static TheoryData<string[], string[]> Cases => new()
    {
        // A numbered list item whose number would follow the outline is not a heading when a later
        // paragraph with the same number has a template title.
        {
            ["1 Hankkeen tarve", "Teksti.", "2 Tulokset", "3. Asiakkaat saavat apua nopeammin", "Selitys.", "3 Riskit", "Teksti."],
            ["1|need", "2|results", "3|risks"]
        },
        // Without a competitor the plausible number is accepted, kept with an unknown kind.
        {
            ["1 Hankkeen tarve", "2 Jotain aivan muuta", "Teksti."],
            ["1|need", "2|"]
        },
        // Lower-case list lines are never headings; a number that skips ahead is one only when its short title
        // names a template section (plans leave sections out and keep the template's numbers).
        {
            ["1 Hankkeen tarve", "1. kotihoidon toimintamallit", "5 Viestintä"],
            ["1|need", "5|communication"]
        },
        // A skip ahead to a title the template does not name is a list item, not a heading.
        {
            ["1 Hankkeen tarve", "Teksti.", "5 Kotihoidon mallit", "Teksti."],
            ["1|need"]
        },
        // A skip back to an earlier number is never a heading, even with a template word.
        {
            ["1 Hankkeen tarve", "2 Tavoitteet", "3 Toteutus", "1 Riskit"],
            ["1|need", "2|goals", "3|implementation"]
        },
        // A template word in a sentence with a skipped number is still prose.
        {
            ["1 Hankkeen tarve", "6 riskiä tunnistettiin.", "Teksti."],
            ["1|need"]
        },
        // Upper-case pillar headings, and keyword work packages nested under the numbered investment.
        {
            ["1 Toteutus", "1.1 PILARI 4: Palvelut", "1.1.1 Investointi 1: Hoitotakuu", "Työpaketti 1.1: Mallit", "Teksti.", "Työpaketti 2.5C: Etävastaanotto", "2 Riskit"],
            ["1|implementation", "1.1|pillar", "1.1.1|investment", "1.1|workPackage", "2.5C|workPackage", "2|risks"]
        },
        // Outputs, results and impacts are three kinds; the combined heading is outcomes.
        {
            ["1 Tuotokset, tulokset ja vaikutukset", "1.1 Tuotokset", "1.2 Tulokset", "1.3 Vaikutukset"],
            ["1|outcomes", "1.1|outputs", "1.2|results", "1.3|impacts"]
        },
        // Annexes with a colon or a dot, and a budget annex by its word.
        {
            ["1 Riskit", "Liite 1: Taloussuunnitelma osa-alue 7", "Liite 2. Sopimus"],
            ["1|risks", "Liite 1|budget", "Liite 2|annex"]
        },
        // Unnumbered part and work-package headings with a colon, as other plans of the families write them.
        {
            ["Osa-alue 1: Valmistelu", "TP1: Koordinaatio", "Teksti.", "Osa-alue 2 – Johtaminen"],
            ["1|part", "1|workPackage", "2|part"]
        },
        // Pillar rows of a table flattened to text have no colon and stay text.
        {
            ["1 Hankkeen kustannukset", "Pilari 2 Investointi 3", "1 250 000"],
            ["1|budget"]
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void HeadingsAreFoundOnEvidence(string[] lines, string[] expected)
    {
        Assert.Equal(expected, Headings(Hankevahti.Import.Outline.Build(Blocks(lines))));
    }

    // The contents (tab rows with page numbers) is the list of expected headings: a body heading
    // numbered differently from the contents gets the contents' number, and an unlisted "7." is text.
    [Fact]
    public void TableOfContentsDecides()
    {
        var root = Hankevahti.Import.Outline.Build(Blocks(
            "Sisällysluettelo",
            "1. Hankkeen tarve\t1", "2. Hallinnointi\t2", "2.1. Resurssit\t2", "2.2. Viestintä\t3",
            "1. Hankkeen tarve", "Teksti.",
            "2. Tuloksena syntyy malli", "Selitys.",
            "2. Hallinnointi",
            "2.2 Resurssit", "Teksti.",
            "2.1. Viestintä", "Teksti.",
            "2.3 Ylimääräinen", "Teksti."));
        Assert.Equal(["|contents", "1|need", "2|administration", "2.1|resources", "2.2|communication"], Headings(root));
        var communication = root.Descendants().Single(s => s.Number == "2.2");
        Assert.Contains(communication.Blocks, b => b is ParagraphBlock p && p.Text == "2.3 Ylimääräinen");
    }

    // A PDF heading wrapped onto a second, lower-case line takes that line into its title.
    [Fact]
    public void WrappedPdfHeadingTakesItsContinuation()
    {
        var blocks = Blocks("1 Toteutus", "1.1 Investointi 2: Vahvistetaan kotihoidon etäpalveluja ja", "asiakkaiden omahoidon tukea", "Hankkeen tavoitteena on kehittää.");
        var root = Hankevahti.Import.Outline.Build(blocks, DocumentOrigin.PdfText);
        var node = root.Descendants().Single(s => s.Number == "1.1");
        Assert.Same(blocks[2], Assert.Single(node.HeadingContinuation));
        Assert.EndsWith("omahoidon tukea", node.Title);
        Assert.Equal(SectionKinds.Investment, node.Kind);
        Assert.Single(node.Blocks);
    }

    // A reader that takes a numbered heading for a list item still yields the heading; a bullet does not.
    [Fact]
    public void NumberedListItemCanBeAHeading()
    {
        var blocks = new List<Block>
        {
            new ParagraphBlock(new SourceRef { Line = 1 }, "1 Hankkeen tarve"),
            new ListItemBlock(new SourceRef { Line = 2 }, 0, "2.", "Kohderyhmä"),
            new ListItemBlock(new SourceRef { Line = 3 }, 0, "-", "3 Riskit"),
        };
        Assert.Equal(["1|need", "2|targetGroups"], Headings(Hankevahti.Import.Outline.Build(blocks)));
    }

    // A short heading followed by an ordinary lower-case paragraph in Word text is not wrapped.
    [Fact]
    public void ShortWordHeadingDoesNotTakeTheNextLine()
    {
        var blocks = Blocks("1 Tausta", "järjestämisvastuun siirto alkaa.");
        var node = Hankevahti.Import.Outline.Build(blocks).Children.Single();
        Assert.Empty(node.HeadingContinuation);
        Assert.Equal("Tausta", node.Title);
    }

    [Theory]
    // Template wordings from the three families, and an unknown heading.
    [InlineData("Hankkeen tarve", SectionKinds.Need)]
    [InlineData("Osa-alue 2 – Kotihoidon etäpalvelut", SectionKinds.Part)]
    [InlineData("PILARI 4: Sosiaali- ja terveydenhuollon palvelut", SectionKinds.Pillar)]
    [InlineData("Pilari 4 kohderyhmä", SectionKinds.TargetGroups)]
    [InlineData("Työpaketti 2.3B: Sähköinen neuvola", SectionKinds.WorkPackage)]
    [InlineData("Aikataulu ja vaiheistus", SectionKinds.Schedule)]
    [InlineData("Tuotokset", SectionKinds.Outputs)]
    [InlineData("Tulokset", SectionKinds.Results)]
    [InlineData("Vaikutukset ja vaikuttavuus tavoitteittain", SectionKinds.Impacts)]
    [InlineData("Asukkaisiin kohdistuvien vaikutusten arviointi", SectionKinds.Impacts)]
    [InlineData("Liite 4. Taloussuunnitelma osa-alue 5", SectionKinds.Budget)]
    [InlineData("Kuvitteellinen otsikko", null)]
    public void SectionKindsClassify(string title, string? kind)
    {
        Assert.Equal(kind, SectionKinds.Classify(title));
    }
}
