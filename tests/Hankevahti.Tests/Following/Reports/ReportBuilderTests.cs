using Hankevahti.Checks.Profiles;
using Hankevahti.Demo;
using Hankevahti.Following;
using Hankevahti.Following.Reports;
using Hankevahti.People;
using Hankevahti.Plans;

namespace Hankevahti.Tests.Following.Reports;

public class ReportBuilderTests
{
    private static readonly Plan Demo = DemoPlan.Load();
    private static readonly ProgrammeProfile Profile = ProfileCatalog.For(Demo);

    private static ReportInput Input(FollowUp followUp, DateOnly? today = null) =>
        new(Demo, null, followUp, Profile, ReportingCalendar.For(Profile, Demo.Project.Period), today ?? new DateOnly(2027, 3, 1));

    private static CostAmount Cost(string organisation, CostCategory category, int year, int month, decimal amount) =>
        new(organisation, "1.1", category, new DateOnly(year, month, 1), amount);

    // The claim of a period counts only that period's months; the grant is the plan's 80 % rounded to the cent,
    // own funding the rest, so the two add up to the total exactly even when 80 % of it has a third decimal.
    [Fact]
    public void A_periods_claim_counts_its_months_and_grant_and_own_funding_add_up_to_the_total_to_the_cent()
    {
        var followUp = FollowUp.Empty with
        {
            Costs = [Cost("A", CostCategory.PersonnelHired, 2026, 3, 100.01m), Cost("A", CostCategory.Rents, 2026, 12, 0.02m),
                     Cost("B", CostCategory.PersonnelHired, 2027, 1, 999m)],
        };

        var claim = ReportBuilder.Claim(Input(followUp), "2026", Narrative.Empty).Report!;

        Assert.Equal(100.03m, claim.Total);
        Assert.Equal(80.02m, claim.Grant);
        Assert.Equal(20.01m, claim.OwnFunding);
        Assert.Equal(claim.Total, claim.Grant + claim.OwnFunding);
        Assert.Equal([("A", CostCategory.PersonnelHired, 100.01m), ("A", CostCategory.Rents, 0.02m)],
            claim.Lines.Select(l => (l.Organisation, l.Category, l.Amount)).ToList());
        // Cumulative to the period's end: 2027's cost is not in it.
        Assert.Equal(100.01m, claim.Cumulative.Single(c => c.Category == CostCategory.PersonnelHired).Cumulative);
    }

    // Without a period a claim runs from the project's start to today and includes every cost so far.
    [Fact]
    public void A_claim_without_a_period_covers_the_start_to_today()
    {
        var followUp = FollowUp.Empty with { Costs = [Cost("A", CostCategory.Other, 2026, 1, 1m), Cost("A", CostCategory.Other, 2027, 2, 2m)] };

        var claim = ReportBuilder.Claim(Input(followUp), null, Narrative.Empty).Report!;

        Assert.Equal((Demo.Project.Period!.Start!.Value, new DateOnly(2027, 3, 1), 3m), (claim.From, claim.To, claim.Total));
        Assert.Null(claim.PeriodCode);
    }

    // A period the project does not have is refused with the periods it has.
    [Fact]
    public void An_unknown_period_is_refused_naming_the_projects_periods()
    {
        var result = ReportBuilder.Status(Input(FollowUp.Empty), "2030", Narrative.Empty);

        Assert.Null(result.Report);
        Assert.Equal("the project has no period '2030'; its periods are: 2026, 2027", result.Problem);
    }

    // A status report sees only approved values up to its period: a later period's value and a submitted one are not in it.
    [Fact]
    public void A_status_report_shows_the_latest_approved_value_up_to_its_period()
    {
        var indicator = Demo.Indicators.First(i => i.Kind != IndicatorKind.YesNo);
        var followUp = FollowUp.Empty with
        {
            Values =
            [
                new MeasuredValue(indicator.Id, "2026", "", 24m, null, "mitattu", VersionStatus.Approved, null),
                new MeasuredValue(indicator.Id, "2027", "", 10m, null, null, VersionStatus.Approved, null),
            ],
        };

        var report = ReportBuilder.Status(Input(followUp), "2026", Narrative.Empty).Report!;
        var line = report.Indicators.Single(i => i.Id == indicator.Id);

        Assert.Equal((24m, "2026", "mitattu"), (line.Value, line.ValuePeriod, line.Comment));
    }

    // The .docx and .xlsx writers take any layout, and the .docx is a package Word's schema accepts.
    [Fact]
    public void The_writers_produce_a_valid_docx_and_an_xlsx_with_a_sheet_per_table()
    {
        var followUp = FollowUp.Empty with { Costs = [Cost("A", CostCategory.PersonnelHired, 2026, 3, 1234.5m)] };
        var document = ReportLayout.Of(ReportBuilder.Claim(Input(followUp), "2026", Narrative.Empty).Report!, key => key, new DateOnly(2027, 1, 2));

        using (var docx = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(DocxWriter.Bytes(document)), false))
        {
            var errors = new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(docx).ToList();
            Assert.Equal("", string.Join(" | ", errors.Select(e => e.Path?.XPath + " " + e.Description[^60..])));
            Assert.Contains("1 234,50 €", docx.MainDocumentPart!.Document!.InnerText.Replace('\u00A0', ' '));
        }
        var sheets = MiniExcelLibs.MiniExcel.GetSheetNames(new MemoryStream(XlsxWriter.Bytes(document)));
        Assert.Equal(["Sheet.Claim", "Sheet.Funding", "Sheet.Cumulative"], sheets);
    }
}
