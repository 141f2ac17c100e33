using Hankevahti.Checks;
using Hankevahti.Checks.Rules.Document;
using Hankevahti.Plans;
using Hankevahti.Tests.Checks.Support;

namespace Hankevahti.Tests.Checks.Document;

public class DocumentEndsMidTableRuleTests
{
    private static Plan Imported(params ImportNote[] notes) => new()
    {
        Sections = [new Section { Number = "8", Title = "Riskit", Kind = "risks", Source = new SourceRef { Line = 100 } }],
        Import = new ImportInfo { File = "plan.txt", Notes = [.. notes] },
    };

    [Theory]
    // The importer's coded note.
    [InlineData("import.endsInTable", "The document ends inside the risk table: the text from line 120 on is part of a row.")]
    // A plan stored before notes had codes is known by the note's words.
    [InlineData(null, "The document ends inside the risk table: the text from line 120 on is part of a row.")]
    public void A_document_ending_inside_a_table_is_found(string? code, string message)
    {
        var plan = Imported(new ImportNote { Code = code, Message = message, Source = new SourceRef { Line = 120 } });
        var finding = Assert.Single(CheckRun.Rule<DocumentEndsMidTableRule>(plan));
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Contains("riskitaulukon", finding.Message.Fi);
        Assert.Equal("8", finding.Place.SectionNumber);
        Assert.Equal(120, finding.Place.Source?.Line);
        Assert.Equal("plan.txt", finding.Place.Source?.File);
    }

    [Fact]
    public void Other_notes_and_plans_without_an_import_are_not_found()
    {
        var plan = Imported(
            new ImportNote { Message = "The document ends with the risk table; its last row may be incomplete." },
            new ImportNote { Message = "A budget row without a label was kept as text." });
        Assert.Empty(CheckRun.Rule<DocumentEndsMidTableRule>(plan));
        Assert.Empty(CheckRun.Rule<DocumentEndsMidTableRule>(new Plan()));
    }
}
