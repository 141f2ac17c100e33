using Hankevahti.Following.Values;

namespace Hankevahti.Tests.Following.Values;

/// <summary>A values file is read with either separator, or refused at its first bad row with the row number.</summary>
public class ValueCsvTests
{
    public static TheoryData<string, string, string> Files() => new()
    {
        // Finnish Excel writes ';' and decimal commas.
        { "semicolons", "mittari;kausi;arvo;kommentti\ni1;2026;12,5;hyvä\n", "2:i1|2026|12,5|hyvä" },
        // English header, commas, a quoted comment holding a comma.
        { "commas and quotes", "indicator,period,value,comment\ni1,2026,12,\"a, b\"\n", "2:i1|2026|12|a, b" },
        // The comment column may be left out; blank lines are skipped but rows keep their numbers.
        { "no comment, blank line", "indicator;period;value\n\ni1;2026;3\n", "3:i1|2026|3|" },
        // A byte-order mark (Excel's UTF-8 CSV) is not part of the first header.
        { "bom", "\uFEFFindicator;period;value\r\ni2;2027;kyllä\r\n", "2:i2|2027|kyllä|" },
    };

    [Theory, MemberData(nameof(Files))]
    public void Rows_are_read_with_their_numbers(string why, string text, string expected)
    {
        var (rows, problem) = ValueCsv.Read(text);

        Assert.True(problem is null, why + ": " + problem);
        Assert.Equal(expected, string.Join(" ", rows.Select(r => $"{r.Row}:{r.Indicator}|{r.Period}|{r.Value}|{r.Comment}")));
    }

    public static TheoryData<string, string, string> Refusals() => new()
    {
        { "empty", "", "row 1:" },
        { "no value column", "indicator;period\ni1;2026\n", "row 1: the header has no 'value' column" },
        { "unknown column", "indicator;period;value;colour\n", "row 1: column 'colour'" },
        { "too few fields", "indicator;period;value\ni1;2026;1\ni1;2027\n", "row 3: 2 fields; expected 3" },
        { "unclosed quote", "indicator;period;value\ni1;2026;\"1\n", "row 2: a quoted field is not closed" },
    };

    [Theory, MemberData(nameof(Refusals))]
    public void A_bad_row_refuses_the_file_with_its_number(string why, string text, string expected)
    {
        var (rows, problem) = ValueCsv.Read(text);

        Assert.Empty(rows);
        Assert.True(problem?.StartsWith(expected, StringComparison.Ordinal) == true, $"{why}: {problem}");
    }
}
