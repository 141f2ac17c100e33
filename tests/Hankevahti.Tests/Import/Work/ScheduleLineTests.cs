using Hankevahti.Import;
using Hankevahti.Import.Common;
using Hankevahti.Import.Work;
using Hankevahti.Plans;
using Hankevahti.Reading;

namespace Hankevahti.Tests.Import.Work;

/// <summary>Period headings, action lines and schedule tables in small made-up documents.</summary>
public class ScheduleLineTests
{
    [Theory]
    // Bimonthly and quarterly columns of the Good Work template.
    [InlineData("09-10/2026", PeriodGranularity.Bimonth, "2026-09-01", "2026-10-31")]
    [InlineData("1-3/2027", PeriodGranularity.Quarter, "2027-01-01", "2027-03-31")]
    // A single month, and a half year.
    [InlineData("3/2026", PeriodGranularity.Month, "2026-03-01", "2026-03-31")]
    [InlineData("1-6/2021", PeriodGranularity.HalfYear, "2021-01-01", "2021-06-30")]
    // Quarter spellings seen in structural-reform and RRF plans.
    [InlineData("2020 Q1", PeriodGranularity.Quarter, "2020-01-01", "2020-03-31")]
    [InlineData("Q4/2021", PeriodGranularity.Quarter, "2021-10-01", "2021-12-31")]
    [InlineData("III/2021", PeriodGranularity.Quarter, "2021-07-01", "2021-09-30")]
    // A month name with its year.
    [InlineData("syyskuu 2026", PeriodGranularity.Month, "2026-09-01", "2026-09-30")]
    public void PeriodHeadings(string heading, PeriodGranularity granularity, string start, string end)
    {
        var p = SchedulePeriods.Parse(heading);
        Assert.NotNull(p);
        Assert.Equal(heading, p.Label);
        Assert.Equal(granularity, p.Granularity);
        Assert.Equal(DateOnly.Parse(start), p.Start);
        Assert.Equal(DateOnly.Parse(end), p.End);
    }

    [Theory]
    // Amounts, dates, budget years and a bare quarter without a year row are not periods.
    [InlineData("1 126 927")]
    [InlineData("28.4.2020")]
    [InlineData("13-14/2026")]
    [InlineData("Q1")]
    [InlineData("Toteutus")]
    // Years no plan has: DateOnly would refuse year 0, which must not stop the recogniser.
    [InlineData("0000 Q1")]
    [InlineData("1/0000-3/2026")]
    [InlineData("IV/0001")]
    // Digits of other scripts match \d in .NET but are not a period (int.Parse would throw on them).
    [InlineData("١/٢٠٢٦")]
    public void NotPeriods(string heading)
    {
        Assert.Null(SchedulePeriods.Parse(heading));
    }

    // "Q1" under a year row takes that year and writes it into the label.
    [Fact]
    public void BareQuarterTakesTheYearAbove()
    {
        var p = SchedulePeriods.Parse("Q2", 2021);
        Assert.Equal("2021 Q2", p!.Label);
        Assert.Equal(new DateOnly(2021, 4, 1), p.Start);
    }

    [Theory]
    // Letter codes with and without a space after the dot, sub-actions, bold and a list dash.
    [InlineData("- A. Hankehallinnon rakentaminen", null, "A", "Hankehallinnon rakentaminen")]
    [InlineData("F.Vaikuttavuusperusteisen mallin valmistelu", null, "F", "Vaikuttavuusperusteisen mallin valmistelu")]
    [InlineData("F.1. Johtamismallin valmistelu", null, "F.1", "Johtamismallin valmistelu")]
    [InlineData("I.3 Osallisuusrakenteet", null, "I.3", "Osallisuusrakenteet")]
    // Numeric codes only under their own work package.
    [InlineData("1.1. Yhteisen ytimen määrittely", "1", "1.1", "Yhteisen ytimen määrittely")]
    [InlineData("2.4 Juurruttamisen tuki", "2", "2.4", "Juurruttamisen tuki")]
    // The template's "Toimenpide 1.2:" wording.
    [InlineData("Toimenpide 1.2: Verkostotyö", "1", "1.2", "Verkostotyö")]
    public void ActionLinesAreRead(string line, string? part, string code, string title)
    {
        var found = ActionLines.Parse(line, part);
        Assert.NotNull(found);
        Assert.Equal(code, found.Value.Code);
        Assert.Equal(title, found.Value.Title);
    }

    [Theory]
    // A sentence, a numeric code of another package, a lower-case title and an abbreviation are not actions.
    [InlineData("Alue osallistuu yhteishankkeeseen.", "1")]
    [InlineData("2.1 Toisen paketin toimenpide", "1")]
    [InlineData("A. tämä jatkuu pienellä", null)]
    [InlineData("1.1 Ilman pakettia", null)]
    public void NotActionLines(string line, string? part)
    {
        Assert.Null(ActionLines.Parse(line, part));
    }

    private static TableCell Cell(string text, int span = 1, int line = 1) => new(text, span, 1, new SourceRef { Line = line });

    private static Plan Import(params Block[] blocks)
    {
        var result = PlanImporter.Import(new ReadResult(blocks, []), "t.docx", [new WorkRecogniser(), new ScheduleRecogniser()]);
        Assert.True(result.Succeeded, result.Error);
        return result.Plan!;
    }

    private static ParagraphBlock P(string text, int line) => new(new SourceRef { Line = line }, text);

    // A .docx Gantt row: one merged cell spans three quarter columns under a year row.
    [Fact]
    public void MergedCellMarksEveryPeriodItSpans()
    {
        var table = new TableBlock(new SourceRef { Line = 10 },
        [
            new TableRow([Cell(""), Cell("2020", 4), Cell("2021", 4)], new SourceRef { Line = 10 }),
            new TableRow([Cell(""), Cell("Q1"), Cell("Q2"), Cell("Q3"), Cell("Q4"), Cell("Q1"), Cell("Q2"), Cell("Q3"), Cell("Q4")], new SourceRef { Line = 11 }),
            new TableRow([Cell("A. Hankehallinto"), Cell(""), Cell("x", 3), Cell(""), Cell(""), Cell(""), Cell("")], new SourceRef { Line = 12 }),
        ]);
        var plan = Import(
            P("1 Osa-alue 1 – Valmistelu", 1), P("1.1 Toimenpiteet", 2), P("A. Hankehallinto", 3), P("Kuvaus.", 4),
            P("1.2 Aikataulu ja vaiheistus", 9), table);
        var a = WorkLookup.FindAction(plan, "A")!;
        Assert.Equal(ScheduleStatus.Known, a.Schedule.Status);
        Assert.Equal(["2020 Q2", "2020 Q3", "2020 Q4"], a.Schedule.Periods.Select(p => p.Label));
        Assert.All(a.Schedule.Periods, p => Assert.Null(p.Note));
        Assert.Equal("Kuvaus.", a.Description);
    }

    // Without any mark the table still names the part's actions: their schedule is unknown, and an
    // action the table does not list (B) shares that fate; a part without a table keeps none.
    [Fact]
    public void TableWithoutMarksMakesThePartsSchedulesUnknown()
    {
        var table = new TableBlock(new SourceRef { Line = 10 },
        [
            new TableRow([Cell(""), Cell("2020"), Cell(""), Cell("2021"), Cell("")], new SourceRef { Line = 10 }),
            new TableRow([Cell(""), Cell("Q1"), Cell("Q2"), Cell("Q1"), Cell("Q2")], new SourceRef { Line = 11 }),
            new TableRow([Cell("A.Hankehallinto"), Cell(""), Cell(""), Cell(""), Cell("")], new SourceRef { Line = 12 }),
        ]);
        var plan = Import(
            P("1 Osa-alue 1 – Valmistelu", 1), P("1.1 Toimenpiteet", 2), P("- A. Hankehallinto", 3), P("- B. Selvitys", 4),
            P("1.2 Aikataulu ja vaiheistus", 9), table,
            P("2 Osa-alue 2 – Johtaminen", 20), P("C. Johtamismalli", 21));
        Assert.Equal(ScheduleStatus.Unknown, WorkLookup.FindAction(plan, "A")!.Schedule.Status);
        Assert.Equal(ScheduleStatus.Unknown, WorkLookup.FindAction(plan, "B")!.Schedule.Status);
        Assert.Equal(ScheduleStatus.None, WorkLookup.FindAction(plan, "C")!.Schedule.Status);
        Assert.Contains(plan.Import!.Notes, n => n.Message.Contains("no marks", StringComparison.Ordinal));
    }

    // Actions written as table rows under "Toimenpiteet": code and title from the first cell, the
    // description from the "Kuvaus" column; an indicator column is left to the goals recogniser.
    [Fact]
    public void ActionTableRowsBecomeActionsOfTheirWorkPackage()
    {
        var table = new TableBlock(new SourceRef { Line = 5 },
        [
            new TableRow([Cell("Toimenpide"), Cell("Kuvaus"), Cell("Mittari")], new SourceRef { Line = 5 }),
            new TableRow([Cell("1.1. Ytimen määrittely"), Cell("<ul><li>Kootaan tavoitteet</li><li>Sovitaan periaatteet</li></ul>"), Cell("Ydin määritelty (k/e)")], new SourceRef { Line = 6 }),
        ]);
        var plan = Import(P("1 Toteutus", 1), P("1.1 Toimenpiteet", 2), P("Työpaketti 1: Levittäminen", 3), table);
        var wp = Assert.Single(plan.Work);
        var action = Assert.Single(wp.Actions);
        Assert.Equal("1.1", action.Code);
        Assert.Equal("Ytimen määrittely", action.Title);
        Assert.Equal("- Kootaan tavoitteet\n- Sovitaan periaatteet", action.Description);
        var section = plan.Sections.Single().Children.Single().Children.Single();
        Assert.Contains("Ydin määritelty", section.Text);
        Assert.DoesNotContain("Kootaan", section.Text);
    }

    // Whole-year columns are a schedule only when marked with symbols; with amounts they are a budget
    // and stay untouched.
    [Fact]
    public void YearColumnsNeedSymbolMarks()
    {
        TableBlock YearTable(string mark) => new(new SourceRef { Line = 10 },
        [
            new TableRow([Cell("Toimenpide"), Cell("2026"), Cell("2027")], new SourceRef { Line = 10 }),
            new TableRow([Cell("A. Hankehallinto"), Cell(mark), Cell("")], new SourceRef { Line = 11 }),
        ]);
        ParagraphBlock[] head = [P("1 Osa-alue 1 – Valmistelu", 1), P("1.1 Toimenpiteet", 2), P("A. Hankehallinto", 3), P("1.2 Aikataulu", 9)];

        var marked = Import([.. head, YearTable("●")]);
        var period = Assert.Single(WorkLookup.FindAction(marked, "A")!.Schedule.Periods);
        Assert.Equal(PeriodGranularity.Year, period.Granularity);
        Assert.Equal(new DateOnly(2026, 12, 31), period.End);

        var budget = Import([.. head, YearTable("120 000")]);
        Assert.Equal(ScheduleStatus.None, WorkLookup.FindAction(budget, "A")!.Schedule.Status);
    }
}
