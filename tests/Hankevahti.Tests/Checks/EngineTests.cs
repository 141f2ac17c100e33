using System.Text.Json;
using Hankevahti.Checks;
using Hankevahti.Checks.Output;
using Hankevahti.Checks.Profiles;
using Hankevahti.Plans;
using Hankevahti.Reading;

namespace Hankevahti.Tests.Checks;

public class EngineTests
{
    [Fact]
    public void Every_rule_has_a_stable_code_a_severity_and_texts_in_both_languages()
    {
        Assert.NotEmpty(RuleCatalog.All);
        Assert.Equal(RuleCatalog.All.Count, RuleCatalog.All.Select(r => r.Code).Distinct().Count());
        Assert.All(RuleCatalog.All, r =>
        {
            Assert.Matches(@"^HV-[A-Z]+-\d{3}$", r.Code);
            Assert.False(string.IsNullOrWhiteSpace(r.Title.Fi), r.Code);
            Assert.False(string.IsNullOrWhiteSpace(r.Title.En), r.Code);
            Assert.False(string.IsNullOrWhiteSpace(r.Explanation.Fi), r.Code);
            Assert.False(string.IsNullOrWhiteSpace(r.Explanation.En), r.Code);
            // A Finnish text that equals the English one was not translated.
            Assert.NotEqual(r.Title.Fi, r.Title.En);
        });
    }

    [Fact]
    public void A_rule_that_throws_becomes_a_finding_and_the_other_rules_still_run()
    {
        var report = PlanChecker.Check(new Plan(), rules: [new Throws(), new AlwaysFinds()]);

        Assert.Equal([PlanChecker.RuleFailedCode, "HV-TEST-002"], report.Findings.Select(f => f.Code).Order());
        var failed = report.Of(PlanChecker.RuleFailedCode).Single();
        Assert.Contains("HV-TEST-001", failed.Message.Fi);
        Assert.Contains("boom", failed.Message.En);
    }

    [Fact]
    public void Findings_come_in_document_order_and_the_more_severe_first_within_a_line()
    {
        var plan = new Plan
        {
            Sections =
            [
                new Section { Number = "1", Title = "Tarve", Source = new SourceRef { Line = 1 } },
                new Section { Number = "2", Title = "Riskit", Source = new SourceRef { Line = 10 } },
            ],
        };
        var rule = new FindsAt([(12, FindingSeverity.Info), (3, FindingSeverity.Warning), (12, FindingSeverity.Error)]);

        var report = PlanChecker.Check(plan, rules: [rule]);

        Assert.Equal([(3, "1"), (12, "2"), (12, "2")], report.Findings.Select(f => (f.Place.Source!.Line!.Value, f.Place.SectionNumber!)));
        Assert.Equal(FindingSeverity.Error, report.Findings[1].Severity);
        Assert.Equal((1, 1, 1), (report.Errors, report.Warnings, report.Infos));
        Assert.Single(report.AtLeast(FindingSeverity.Error).Findings);
    }

    [Fact]
    public void A_finding_belongs_to_the_section_its_line_falls_in_even_when_titles_repeat()
    {
        // Plans repeat "Työpaketti 1" under actions, outputs and monitoring; a finding in the monitoring one
        // must be listed there, not with the first section of that name.
        var plan = new Plan
        {
            Sections =
            [
                new Section { Number = "1", Title = "Työpaketti 1", Source = new SourceRef { Line = 10 } },
                new Section { Number = "5", Title = "Riskit", Source = new SourceRef { Line = 20 } },
                new Section { Number = "1", Title = "Työpaketti 1", Source = new SourceRef { Line = 30 } },
            ],
        };
        var rule = new FindsAt([(31, FindingSeverity.Warning), (21, FindingSeverity.Warning), (11, FindingSeverity.Warning)]);

        var report = PlanChecker.Check(plan, rules: [rule]);
        var text = CheckText.Format(report);

        Assert.Equal([11, 21, 31], report.Findings.Select(f => f.Place.Source!.Line!.Value));
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(text, "(?m)^1 Työpaketti 1$").Count);
    }

    [Fact]
    public void A_quote_in_section_text_is_located_to_its_line_in_the_source()
    {
        var plan = new Plan { Sections = [new Section { Number = "4", Title = "Toteutus", Text = "Ensin.\n\nTäydennetään myöhemmin.", Source = new SourceRef { Line = 20 } }] };
        var read = new ReadResult(
        [
            new HeadingBlock(new SourceRef { Line = 20 }, 1, "4", "Toteutus"),
            new ParagraphBlock(new SourceRef { Line = 22 }, "Ensin."),
            new ParagraphBlock(new SourceRef { Line = 24 }, "Täydennetään   myöhemmin."),
        ], []);

        var report = PlanChecker.Check(plan, rules: [new QuotesText("Täydennetään myöhemmin")], source: read);

        Assert.Equal(24, report.Findings.Single().Place.Source!.Line);
    }

    [Theory]
    // The plan's programme key selects the profile; aliases work too.
    [InlineData("rakenneuudistus", "rakenneuudistus")]
    [InlineData("rrf", "rrf")]
    [InlineData("kestavan-kasvun-ohjelma", "rrf")]
    [InlineData("hyvan-tyon-ohjelma", "hyvan-tyon-ohjelma")]
    // Unknown or missing programmes fall back to the generic profile rather than failing.
    [InlineData("tulevaisuuden-sote-keskus", "tulevaisuuden-sote-keskus")]
    [InlineData(null, "generic")]
    public void The_programme_selects_the_profile(string? programme, string expected)
    {
        var plan = new Plan { Project = new Project { Programme = programme is null ? null : new Programme { Key = programme } } };

        Assert.Equal(expected, ProfileCatalog.For(plan).Key);
    }

    [Fact]
    public void The_profiles_carry_the_programmes_funding_rules()
    {
        // The structural reform sets a ceiling (grant at most 80 %), not fixed shares.
        var reform = ProfileCatalog.For("rakenneuudistus").Funding;
        Assert.Equal((null, null, 0.80m), (reform.OwnFundingShare, reform.GrantShare, reform.MaxGrantShare));
        // RRF and Tulevaisuuden sote-keskus fund in full.
        Assert.Equal((0m, 1m), (ProfileCatalog.For("rrf").Funding.OwnFundingShare, ProfileCatalog.For("rrf").Funding.GrantShare));
        Assert.Equal((0m, 1m), (ProfileCatalog.For("tulevaisuuden-sote-keskus").Funding.OwnFundingShare, ProfileCatalog.For("tulevaisuuden-sote-keskus").Funding.GrantShare));
        // The Good Work programme has no share rule we know of.
        Assert.Equal((null, null, null), (ProfileCatalog.For("hyvan-tyon-ohjelma").Funding.OwnFundingShare, ProfileCatalog.For("hyvan-tyon-ohjelma").Funding.GrantShare, ProfileCatalog.For("hyvan-tyon-ohjelma").Funding.MaxGrantShare));
        Assert.All(ProfileCatalog.All, p => Assert.False(string.IsNullOrWhiteSpace(p.SourceNote), $"{p.Key} names no source"));
        Assert.Null(ProfileCatalog.Generic.Funding.GrantShare);
        Assert.All(ProfileCatalog.All, p =>
        {
            Assert.NotEmpty(p.RequiredSections);
            Assert.NotEmpty(p.ReportingPeriods);
            Assert.All(p.RequiredSections, s => Assert.NotEmpty(s.Kinds));
        });
    }

    [Theory]
    // A typo in a property name must not be ignored: the rule it meant would silently not apply.
    [InlineData("""{"key":"x","fundng":{}}""", "fundng")]
    [InlineData("""{"key":"x","funding":{"ownFundingShare":0.3,"grantShare":0.8}}""", "add up to 1")]
    [InlineData("""{"name":{"fi":"x","en":"x"}}""", "key")]
    [InlineData("""{"key":"x",""", "line")]
    public void A_broken_profile_file_gets_a_message_naming_the_file_and_the_problem(string json, string mentions)
    {
        var (profile, error) = ProfileCatalog.Parse(json, "oma.profile.json");

        Assert.Null(profile);
        Assert.StartsWith("oma.profile.json: ", error);
        Assert.Contains(mentions, error);
    }

    [Fact]
    public void The_text_report_groups_by_section_and_ends_with_the_summary_line()
    {
        var plan = new Plan
        {
            Import = new ImportInfo { File = "suunnitelma.docx" },
            Sections = [new Section { Number = "6.5", Title = "Riskit", Source = new SourceRef { Line = 40 } }],
        };
        var report = PlanChecker.Check(plan, rules: [new FindsAt([(41, FindingSeverity.Error), (42, FindingSeverity.Warning), (43, FindingSeverity.Warning)])]);

        var fi = CheckText.Format(report);
        var en = CheckText.Format(report, "en");

        Assert.Contains("\n6.5 Riskit\n", fi);
        Assert.Contains("VIRHE    HV-TEST-003  rivi 41", fi);
        Assert.EndsWith("\n1 virhe, 2 varoitusta, 0 huomautusta\n", fi);
        Assert.Contains("ERROR    HV-TEST-003  line 41", en);
        Assert.EndsWith("\n1 error, 2 warnings, 0 info\n", en);
    }

    [Fact]
    public void The_json_report_has_both_languages_and_the_place()
    {
        var report = PlanChecker.Check(new Plan(), rules: [new FindsAt([(7, FindingSeverity.Warning)])]);

        using var json = JsonDocument.Parse(CheckJson.Format(report));
        var finding = json.RootElement.GetProperty("findings")[0];

        Assert.Equal("HV-TEST-003", finding.GetProperty("code").GetString());
        Assert.Equal("warning", finding.GetProperty("severity").GetString());
        Assert.Equal("Rivillä 7", finding.GetProperty("message").GetProperty("fi").GetString());
        Assert.Equal("On line 7", finding.GetProperty("message").GetProperty("en").GetString());
        Assert.Equal(7, finding.GetProperty("place").GetProperty("source").GetProperty("line").GetInt32());
        Assert.Equal(1, json.RootElement.GetProperty("summary").GetProperty("warnings").GetInt32());
    }

    [Theory]
    // Finnish groups thousands with a space and writes the sign after; English the other way round.
    [InlineData("1096927", "1 096 927 €", "€1,096,927")]
    [InlineData("996.89", "996,89 €", "€996.89")]
    [InlineData("0", "0 €", "€0")]
    public void Euros_are_written_as_each_language_writes_them(string amount, string fi, string en)
    {
        var text = Say.Euros(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal((fi, en), (text.Fi, text.En));
    }

    private sealed class Throws : Rule
    {
        public override string Code => "HV-TEST-001";
        public override FindingSeverity Severity => FindingSeverity.Error;
        public override Localized Title => new("Kaatuu", "Throws");
        public override Localized Explanation => new("Testi", "Test");
        public override IEnumerable<Finding> Check(CheckContext context) => throw new InvalidOperationException("boom");
    }

    private sealed class AlwaysFinds : Rule
    {
        public override string Code => "HV-TEST-002";
        public override FindingSeverity Severity => FindingSeverity.Info;
        public override Localized Title => new("Löytää", "Finds");
        public override Localized Explanation => new("Testi", "Test");
        public override IEnumerable<Finding> Check(CheckContext context) => [Found(new FindingPlace(), new("Löytyi", "Found"))];
    }

    private sealed class FindsAt((int Line, FindingSeverity Severity)[] at) : Rule
    {
        public override string Code => "HV-TEST-003";
        public override FindingSeverity Severity => FindingSeverity.Info;
        public override Localized Title => new("Rivit", "Lines");
        public override Localized Explanation => new("Testi", "Test");
        public override IEnumerable<Finding> Check(CheckContext context) =>
            at.Select(a => Found(context.Place("sections[0]", new SourceRef { Line = a.Line }), new($"Rivillä {a.Line}", $"On line {a.Line}"), severity: a.Severity));
    }

    private sealed class QuotesText(string quote) : Rule
    {
        public override string Code => "HV-TEST-004";
        public override FindingSeverity Severity => FindingSeverity.Warning;
        public override Localized Title => new("Lainaus", "Quote");
        public override Localized Explanation => new("Testi", "Test");
        public override IEnumerable<Finding> Check(CheckContext context) =>
            [Found(context.PlaceInText(context.Sections[0], quote), new("Keskeneräinen", "Unfinished"))];
    }
}
