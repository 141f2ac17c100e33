using Hankevahti.Checks;
using Hankevahti.Plans;

namespace Hankevahti.Tests.Checks;

/// <summary>An error rests on values read with certainty; where the import marked its reading uncertain, the error is a warning.</summary>
public class CertaintyTests
{
    private static Finding Error(SourceRef at) => new()
    {
        Code = "HV-TEST-001",
        Severity = FindingSeverity.Error,
        Message = new("Summa ei täsmää.", "The sum does not match."),
        Place = new FindingPlace { Path = "budget", Source = at },
    };

    private static ImportInfo Uncertain(SourceRef region, string code = ImportNoteCodes.UncertainPdfFragments) =>
        new() { Notes = [new ImportNote { Code = code, Severity = NoteSeverity.Info, Message = "rebuilt", Source = region }] };

    public static TheoryData<SourceRef, SourceRef, string?, FindingSeverity> Cases => new()
    {
        // A line inside the uncertain region: lowered.
        { new SourceRef { File = "a.txt", Line = 10, EndLine = 20 }, new SourceRef { File = "a.txt", Line = 15 }, null, FindingSeverity.Warning },
        // A line after it: the error stands.
        { new SourceRef { File = "a.txt", Line = 10, EndLine = 20 }, new SourceRef { File = "a.txt", Line = 21 }, null, FindingSeverity.Error },
        // The same table of a .docx: lowered, whatever the row.
        { new SourceRef { File = "a.docx", Table = 3 }, new SourceRef { File = "a.docx", Table = 3, Row = 7 }, null, FindingSeverity.Warning },
        // Another table: the error stands.
        { new SourceRef { File = "a.docx", Table = 3 }, new SourceRef { File = "a.docx", Table = 4, Row = 1 }, null, FindingSeverity.Error },
        // A note that is not about certainty (the name came from the file) changes nothing.
        { new SourceRef { File = "a.txt", Line = 10, EndLine = 20 }, new SourceRef { File = "a.txt", Line = 15 }, ImportNoteCodes.NameFromFile, FindingSeverity.Error },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void An_error_on_an_uncertain_reading_is_a_warning(SourceRef region, SourceRef at, string? code, FindingSeverity expected)
    {
        var tempered = Certainty.Temper(Error(at), code is null ? Uncertain(region) : Uncertain(region, code));

        Assert.Equal(expected, tempered.Severity);
        Assert.Equal(expected == FindingSeverity.Warning, tempered.Message.En.Contains("read with uncertainty", StringComparison.Ordinal));
    }
}
