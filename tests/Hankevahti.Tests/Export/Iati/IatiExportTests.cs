using System.Globalization;
using System.Xml.Linq;
using Hankevahti.Export.Iati;
using Hankevahti.Figures;
using Hankevahti.Following;
using Hankevahti.People;
using Hankevahti.Plans;
using Hankevahti.Tests.Support;

namespace Hankevahti.Tests.Export.Iati;

/// <summary>The IATI 2.03 export of the real plans (read from HANKEVAHTI_SEEDS), checked against the official schemas and codelists.</summary>
public class IatiExportTests
{
    public static TheoryData<string> SeedNames() => new(IatiTestProjects.All);

    private static XDocument Export(params IatiProject[] projects)
    {
        var export = IatiDocument.Make(projects, IatiTestProjects.Options, IatiTestProjects.Generated);
        Assert.True(export.Document is not null, export.Problem);
        Assert.Empty(export.Skipped);
        return export.Document!;
    }

    [Theory]
    [MemberData(nameof(SeedNames))]
    public void A_seed_with_its_follow_up_is_valid_against_the_IATI_2_03_schemas(string seed)
    {
        var project = IatiTestProjects.Seed(seed);
        var document = Export(project);

        var problems = IatiSchemas.Validate(IatiDocument.Bytes(document));

        Assert.True(problems.Count == 0, $"{seed}: {problems.Count} errors or warnings:\n" + string.Join("\n", problems.Take(20)));
        var activity = Assert.Single(document.Root!.Elements("iati-activity"));
        Assert.Equal("2.03", (string?)document.Root.Attribute("version"));
        Assert.Equal("FI-PRO-1234567-8-7", (string?)activity.Element("iati-identifier"));
        Assert.NotEmpty(activity.Elements("transaction"));
        Assert.Equal(project.Plan.Budget.Lines.Any(l => l.Kind == FigureKind.Planned && l.Year is not null), activity.Elements("budget").Any());
        Assert.Equal(project.Plan.Indicators.Count, activity.Elements("result").Elements("indicator").Count());
    }

    [Theory]
    [MemberData(nameof(SeedNames))]
    public void The_transactions_sum_to_the_follow_ups_cost_total_to_the_cent(string seed)
    {
        var project = IatiTestProjects.Seed(seed);
        var expected = project.FollowUp.Costs.Sum(c => c.Amount);

        var document = Export(project);
        Assert.Equal(expected, TransactionSum(document));
        // The extension's actual per cost category is the same money cut another way.
        Assert.Equal(expected, document.Descendants(IatiExtension.Ns + "cost-category")
            .Sum(c => decimal.Parse((string)c.Attribute("actual")!, CultureInfo.InvariantCulture)));

        // Metamorphic: the same costs split into more rows (each into two parts, cents kept) and in another order
        // are the same spending, so the export's sum must not move.
        var split = project.FollowUp.Costs
            .SelectMany(c => new[] { c with { Amount = Math.Round(c.Amount / 3, 2) }, c with { Amount = c.Amount - Math.Round(c.Amount / 3, 2) } })
            .Reverse().ToList();
        var splitProject = project with { FollowUp = project.FollowUp with { Costs = split } };
        Assert.Equal(expected, TransactionSum(Export(splitProject)));
    }

    [Theory]
    [MemberData(nameof(SeedNames))]
    public void The_budgets_and_the_undated_lines_add_up_to_the_plans_planned_total(string seed)
    {
        var project = IatiTestProjects.Seed(seed);
        var activity = Export(project).Root!.Element("iati-activity")!;
        var hv = IatiExtension.Ns;

        var budgets = activity.Elements("budget").Sum(b => decimal.Parse((string)b.Element("value")!, CultureInfo.InvariantCulture));
        var undated = activity.Element(hv + "budget-without-year") is { } u ? decimal.Parse((string)u.Attribute("amount")!, CultureInfo.InvariantCulture) : 0m;

        Assert.Equal(PlanFigures.Total(project.Plan.Budget), budgets + undated);
        Assert.Equal(PlanFigures.Total(project.Plan.Budget), decimal.Parse((string)activity.Element(hv + "funding")!.Attribute("planned-total")!, CultureInfo.InvariantCulture));
        // A budget covers one year at most (IATI's rule), inside the project.
        Assert.All(activity.Elements("budget"), b =>
        {
            var from = DateOnly.Parse((string)b.Element("period-start")!.Attribute("iso-date")!, CultureInfo.InvariantCulture);
            var to = DateOnly.Parse((string)b.Element("period-end")!.Attribute("iso-date")!, CultureInfo.InvariantCulture);
            Assert.True(from <= to && to <= from.AddYears(1), $"budget {from}–{to}");
        });
    }

    [Theory]
    [MemberData(nameof(SeedNames))]
    public void Only_approved_values_are_actuals(string seed)
    {
        var project = IatiTestProjects.Seed(seed);
        var activity = Export(project).Root!.Element("iati-activity")!;

        var actuals = activity.Descendants("actual").ToList();
        var approved = project.FollowUp.Values.Count(v => v.Status == VersionStatus.Approved);

        Assert.Equal(approved, actuals.Count);
        // The test's draft, submitted and returned values are 99, 98 and 97, or "yes" for a yes/no indicator.
        Assert.DoesNotContain(actuals, a => (string?)a.Attribute("value") is "99" or "98" or "97");
    }

    /// <summary>Which attribute holds a code of which codelist; each row is a code the export writes.</summary>
    public static TheoryData<string, string, string> CodedAttributes() => new()
    {
        { "participating-org", "role", "OrganisationRole" },
        { "reporting-org", "type", "OrganisationType" },
        { "activity-status", "code", "ActivityStatus" },
        { "activity-date", "type", "ActivityDateType" },
        { "budget", "type", "BudgetType" },
        { "budget", "status", "BudgetStatus" },
        { "transaction-type", "code", "TransactionType" },
        { "indicator", "measure", "IndicatorMeasure" },
        { "result", "type", "ResultType" },
        { "description", "type", "DescriptionType" },
        { "value", "currency", "Currency" },
        { "iati-activity", "default-currency", "Currency" },
    };

    [Theory]
    [MemberData(nameof(CodedAttributes))]
    public void Every_code_written_is_in_its_IATI_codelist(string element, string attribute, string codelist)
    {
        var codes = IatiCodelists.Codes(codelist);
        var written = IatiTestProjects.All.SelectMany(s => Export(IatiTestProjects.Seed(s)).Descendants(element))
            .Select(e => (string?)e.Attribute(attribute)).OfType<string>().Distinct().ToList();

        Assert.NotEmpty(written);
        Assert.All(written, code => Assert.Contains(code, codes));
    }

    [Fact]
    public void Every_language_written_is_in_the_language_codelist()
    {
        var codes = IatiCodelists.Codes("Language");
        var written = IatiTestProjects.All.SelectMany(s => Export(IatiTestProjects.Seed(s)).Descendants().Attributes(XNamespace.Xml + "lang"))
            .Select(a => a.Value).Distinct().ToList();

        Assert.Equal(["fi"], written);
        Assert.All(written, code => Assert.Contains(code, codes));
    }

    [Fact]
    public void Fifty_projects_of_a_programme_are_one_valid_file_with_unique_identifiers()
    {
        var projects = Enumerable.Range(1, 50).Select(i => IatiTestProjects.Seed(IatiTestProjects.All[i % 4], id: i)).ToArray();
        var document = Export(projects);

        var problems = IatiSchemas.Validate(IatiDocument.Bytes(document));

        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));
        var identifiers = document.Root!.Elements("iati-activity").Select(a => (string)a.Element("iati-identifier")!).ToList();
        Assert.Equal(50, identifiers.Distinct().Count());
        Assert.All(identifiers, i => Assert.StartsWith("FI-PRO-1234567-8-", i));
    }

    [Fact]
    public void A_plan_without_dates_is_left_out_with_its_reason_and_the_others_are_written()
    {
        // Without dates and without costs (which would give the actual start) there is no date IATI could take.
        var seed = IatiTestProjects.Seed(IatiTestProjects.Demo, id: 1);
        var undated = seed with { Id = 2, Plan = seed.Plan with { Project = seed.Plan.Project with { Period = null } }, FollowUp = FollowUp.Empty };

        var export = IatiDocument.Make([seed, undated], IatiTestProjects.Options, IatiTestProjects.Generated);

        Assert.Equal(1, export.Activities);
        var reason = Assert.Single(export.Skipped);
        Assert.StartsWith("project 2 (", reason);
        Assert.Contains("no start or end date", reason);
    }

    /// <summary>Each row: a reference prefix the options refuse, and the word the message must name.</summary>
    [Theory]
    [InlineData("", "empty")]                      // no identifier at all would make "-7" identifiers
    [InlineData("FI PRO 123", "space")]           // IATI identifiers go into URLs
    [InlineData("FI/PRO", "/ & | ?")]             // a slash breaks the registry's URLs too
    public void A_bad_reporting_organisation_reference_is_refused_in_one_line(string reference, string named)
    {
        var export = IatiDocument.Make([IatiTestProjects.Seed(Seeds.Rrf)], IatiTestProjects.Options with { ReportingOrgReference = reference }, IatiTestProjects.Generated);

        Assert.Null(export.Document);
        Assert.Contains(named, export.Problem);
        Assert.DoesNotContain('\n', export.Problem!);
    }

    [Fact]
    public void Amounts_and_dates_do_not_follow_the_machines_culture()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("fi-FI");
            var document = Export(IatiTestProjects.Seed(Seeds.Rrf));
            var values = document.Descendants("value").Select(v => v.Value).ToList();
            Assert.All(values, v => Assert.DoesNotContain(',', v));
            Assert.Contains(values, v => v.Contains('.'));
            Assert.Empty(IatiSchemas.Validate(IatiDocument.Bytes(document)));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    private static decimal TransactionSum(XDocument document) =>
        document.Descendants("transaction").Sum(t => decimal.Parse((string)t.Element("value")!, NumberStyles.Number, CultureInfo.InvariantCulture));
}

/// <summary>Text copied from documents may hold characters XML cannot: the export leaves them out instead of failing.</summary>
public class IatiTextTests
{
    /// <summary>Each row: text as a plan may hold it, and what the narrative says.</summary>
    [Theory]
    [InlineData("Hanke\u0001 A", "Hanke A")]            // a control character from a .docx field code
    [InlineData("Hanke {half}B", "Hanke B")]            // half of a surrogate pair (put in below: xunit would mangle it)
    [InlineData("Hanke 😀", "Hanke 😀")]                // a whole pair stays
    [InlineData("  Hanke\n\tA  ", "Hanke A")]           // line breaks and tabs become one space
    public void A_title_with_characters_XML_cannot_hold_is_written_without_them(string name, string expected)
    {
        var seed = IatiTestProjects.Seed(IatiTestProjects.Demo);
        var project = seed with { Plan = seed.Plan with { Project = seed.Plan.Project with { Name = name.Replace("{half}", "\ud800", StringComparison.Ordinal) } } };

        var document = IatiDocument.Make([project], IatiTestProjects.Options, IatiTestProjects.Generated).Document!;
        var bytes = IatiDocument.Bytes(document);

        Assert.Empty(IatiSchemas.Validate(bytes));
        Assert.Equal(expected, document.Root!.Element("iati-activity")!.Element("title")!.Value);
    }
}
