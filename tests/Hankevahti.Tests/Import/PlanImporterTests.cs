using Hankevahti.Import;
using Hankevahti.Plans;
using Hankevahti.Reading;

namespace Hankevahti.Tests.Import;

/// <summary>The pipeline itself, on small block streams built by hand: claims, section text, coverage, failures.</summary>
public class PlanImporterTests
{
    private static SourceRef At(int line) => new() { File = "t.txt", Line = line };

    private static ReadResult Doc(DocumentOrigin origin, params Block[] blocks) => new(blocks, []) { Origin = origin };

    private sealed class Throwing(Action<ImportContext> before) : IRecogniser
    {
        public void Run(ImportContext context)
        {
            before(context);
            throw new InvalidOperationException("boom");
        }
    }

    private sealed class ClaimFirstRow : IRecogniser
    {
        public void Run(ImportContext context)
        {
            var table = context.Read.Blocks.OfType<TableBlock>().First();
            context.ClaimRow(table, 0);
            context.Plan.Risks.Add(new Risk { Title = table.Rows[0].Cells[0].Text, Source = table.Rows[0].Source });
        }
    }

    [Fact]
    public void A_failing_recogniser_leaves_its_blocks_in_the_section_text_and_says_so()
    {
        var para = new ParagraphBlock(At(2), "Tärkeä kappale.");
        var read = Doc(DocumentOrigin.WordText, new ParagraphBlock(At(1), "1 Hankkeen tarve"), para);

        var result = PlanImporter.Import(read, "t.txt", [new Throwing(c =>
        {
            c.Claim(para);
            c.Plan.Risks.Add(new Risk { Title = "puolivalmis" });
        })]);

        Assert.True(result.Succeeded);
        var section = Assert.Single(result.Plan!.Sections);
        Assert.Equal("need", section.Kind);
        Assert.Equal("Tärkeä kappale.", section.Text);
        var note = Assert.Single(result.Plan.Import!.Notes);
        Assert.Contains("Throwing failed", note.Message);
        // What it added before failing is taken back too, so nothing half-recognised stays in the plan.
        Assert.Empty(result.Plan.Risks);
    }

    [Fact]
    public void Claimed_rows_are_structured_and_the_rest_of_the_table_stays_text()
    {
        var src = At(3);
        var table = new TableBlock(src,
        [
            new TableRow([new TableCell("Aikatauluriski", 1, 1, src), new TableCell("2", 1, 1, src)], src with { Row = 1 }),
            new TableRow([new TableCell("Muu rivi", 1, 1, src), new TableCell("", 1, 1, src)], src with { Row = 2 }),
        ]);
        var read = Doc(DocumentOrigin.WordText, new ParagraphBlock(At(1), "1 Riskit ja niihin varautuminen"), table);

        var plan = PlanImporter.Import(read, "t.txt", [new ClaimFirstRow()]).Plan!;

        Assert.Equal("Muu rivi", plan.Sections[0].Text);
        Assert.Equal("Aikatauluriski", Assert.Single(plan.Risks).Title);
        // Heading 5 words + claimed row 2 words are structured; the unclaimed row's 2 words are text.
        Assert.Equal(7, plan.Import!.StructuredWords);
        Assert.Equal(2, plan.Import.TextWords);
    }

    [Fact]
    public void Pdf_lines_are_joined_back_into_paragraphs_keeping_hyphenated_compounds()
    {
        var read = Doc(DocumentOrigin.PdfText,
            new ParagraphBlock(At(1), "1 Hankkeen tarve"),
            new ParagraphBlock(At(2), "Työtä tehdään sote-"),
            new ParagraphBlock(At(3), "keskuksessa ja kunnissa."),
            new ParagraphBlock(At(4), "Toinen kappale."));

        var plan = PlanImporter.Import(read, "t.pdf", []).Plan!;

        Assert.Equal("Työtä tehdään sote-keskuksessa ja kunnissa.\n\nToinen kappale.", plan.Sections[0].Text);
    }

    [Fact]
    public void Text_before_the_first_heading_is_kept_as_a_preamble()
    {
        var read = Doc(DocumentOrigin.WordText,
            new ParagraphBlock(At(1), "Hankesuunnitelma"),
            new ParagraphBlock(At(2), "1 Hankkeen tarve"),
            new ParagraphBlock(At(3), "Tarve on suuri."));

        var plan = PlanImporter.Import(read, "t.txt", []).Plan!;

        Assert.Equal("preamble", plan.Sections[0].Kind);
        Assert.Equal("Hankesuunnitelma", plan.Sections[0].Text);
        Assert.Equal(1, plan.Sections[0].Source!.Line);
    }

    [Fact]
    public void A_document_without_template_sections_is_not_a_plan()
    {
        var read = Doc(DocumentOrigin.WordText, new ParagraphBlock(At(1), "Kauppalista"), new ParagraphBlock(At(2), "maitoa"));

        var result = PlanImporter.Import(read, "lista.txt");

        Assert.False(result.Succeeded);
        Assert.StartsWith("lista.txt: does not look like a project plan", result.Error);
    }

    [Fact]
    public void A_read_error_is_passed_on_as_the_reason()
    {
        var read = new ReadResult([], [new ReadMessage(Severity.Error, "x.docx: is not a .docx file (not a zip archive).", null, ImportNoteCodes.ReadFailed)]);

        var result = PlanImporter.Import(read, "x.docx");

        Assert.Equal("x.docx: is not a .docx file (not a zip archive).", result.Error);
        Assert.Null(result.Plan);
    }

    [Fact]
    public void Layout_artefacts_are_counted_apart_from_content()
    {
        var read = new ReadResult([new ParagraphBlock(At(1), "1 Hankkeen tarve"), new PageBreakBlock(At(2), "18(35)")], [])
        {
            Origin = DocumentOrigin.PdfText,
            Artefacts = [new ReadArtefact("pageFooter", "18(35)", At(2))],
        };

        var info = PlanImporter.Import(read, "t.pdf", []).Plan!.Import!;

        Assert.Equal(1, info.ArtefactWords);
        Assert.Equal(4, info.TotalWords);
        Assert.Equal(100m, CoverageFigures.PlacedPercent(info));
        Assert.Equal("pageFooter", Assert.Single(info.Artefacts).Reason);
    }
}
