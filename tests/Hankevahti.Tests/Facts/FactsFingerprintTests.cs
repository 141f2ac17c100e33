using Hankevahti.Facts;
using Hankevahti.Plans;

namespace Hankevahti.Tests.Facts;

/// <summary>The facts fingerprint of synthetic plans in the template's vocabulary: what counts, what is normalised away, and how differences are listed.</summary>
public class FactsFingerprintTests
{
    private static Plan Sample(Func<Plan, Plan>? change = null)
    {
        var plan = new Plan
        {
            Project = new Project { Name = "Kotona kotoisasti" },
            Organisations =
            [
                new Organisation { Name = "Esimerkin kaupunki", Roles = [OrganisationRole.CoImplementer] },
                new Organisation { Name = "Mallilan hyvinvointialue", Roles = [OrganisationRole.LeadApplicant] },
            ],
            Work =
            [
                new WorkPart
                {
                    Code = "TP10", Title = "Arviointi",
                    Actions = [new WorkAction { Code = "10.1", Title = "Loppuarviointi" }],
                },
                new WorkPart
                {
                    Code = "TP2", Title = "Kotihoidon kehittäminen",
                    Actions =
                    [
                        new WorkAction { Code = "2.1", Title = "Kartoitus", Schedule = new Schedule { Status = ScheduleStatus.Known, Periods = [new SchedulePeriod { Label = "1-3/2025" }] } },
                        new WorkAction { Code = "2.2", Title = "Pilotti", Schedule = new Schedule { Status = ScheduleStatus.Unknown } },
                    ],
                },
            ],
            Budget = new Budget
            {
                Lines =
                [
                    new BudgetLine { PartCode = "TP2", Category = CostCategory.PersonnelHired, Amount = 100_000m },
                    new BudgetLine { PartCode = "TP10", Category = CostCategory.ServicesExpert, Amount = 20_000.50m },
                    new BudgetLine { PartCode = "TP2", Kind = FigureKind.Actual, Amount = 5m },
                ],
                Funding = new Funding { OwnFundingShare = 0.20m, GrantShare = 0.80m },
            },
            Risks =
            [
                new Risk { Title = "Henkilöstön vaihtuvuus", Likelihood = new RiskRating { Min = 2, Max = 3 }, Impact = new RiskRating { Min = 4, Max = 4 } },
                new Risk { Title = "Aikataulu venyy", Likelihood = new RiskRating { Text = "Todennäköinen" } },
            ],
            Indicators =
            [
                new Indicator { Name = "Asiakastyytyväisyys", Targets = [new IndicatorValue { Year = 2026, Value = 4.5m }, new IndicatorValue { Year = 2025, Value = 4m }] },
                new Indicator { Name = "Malli käytössä", Targets = [new IndicatorValue { Achieved = true }] },
            ],
        };
        return change is null ? plan : change(plan);
    }

    [Fact]
    public void Text_lists_each_fact_on_its_line_sorted()
    {
        var text = FactsFingerprint.Text(FactsFingerprint.Of(Sample()));

        Assert.Equal("""
            title: Kotona kotoisasti
            lead: Mallilan hyvinvointialue
            parts: 2
            part [TP2]: Kotihoidon kehittäminen
            part [TP10]: Arviointi
            actions: 3
            actions.scheduled: 1
            budget.total: 120000.50
            budget.part [TP2]: 100000.00
            budget.part [TP10]: 20000.50
            funding.ownShare: 20 %
            funding.own: 24000.10
            funding.grantShare: 80 %
            funding.grant: 96000.40
            risks: 2
            risk [Aikataulu venyy]: likelihood Todennäköinen, impact -
            risk [Henkilöstön vaihtuvuus]: likelihood 2–3, impact 4
            indicators: 2
            indicator [Asiakastyytyväisyys]: 2025: 4; 2026: 4.5
            indicator [Malli käytössä]: yes

            """.ReplaceLineEndings("\n"), text);
    }

    // Each case is a difference a format makes and the plan does not: none of them may change the fingerprint.
    [Theory]
    [InlineData("**Kotona** kotoisasti")]      // markdown bold left in by a Word text export
    [InlineData("__Kotona__ kotoisasti")]      // the other bold marker
    [InlineData("*Kotona* kotoisasti")]        // emphasis
    [InlineData("Kotona\u00A0kotoisasti")]     // a no-break space from a PDF
    [InlineData("  Kotona\n kotoisasti ")]     // a wrapped line with indentation
    [InlineData("Koto\u00ADna kotoisasti")]    // a soft hyphen Word keeps in the text
    [InlineData("<b>Kotona</b> kotoisasti")]   // HTML emphasis from a cell
    public void Format_noise_does_not_count(string title)
    {
        var plain = FactsFingerprint.Of(Sample());
        var noisy = FactsFingerprint.Of(Sample(p => p with { Project = p.Project with { Name = title } }));

        Assert.Empty(FactsFingerprint.Compare(plain, noisy));
    }

    // Case, words and signs are the plan's own: a fingerprint that ignored them would hide a misreading.
    [Theory]
    [InlineData("kotona kotoisasti")]
    [InlineData("Kotona kotoisasti 23")]
    [InlineData("Kotona, kotoisasti")]
    [InlineData("2 * 3 kotona")]
    public void Real_differences_count(string title)
    {
        var differences = FactsFingerprint.Compare(FactsFingerprint.Of(Sample()), FactsFingerprint.Of(Sample(p => p with { Project = p.Project with { Name = title } })));

        Assert.Equal([new FactDifference("title", "", "Kotona kotoisasti", FactText.Normalise(title))], differences);
    }

    [Fact]
    public void Compare_lists_changed_missing_and_added_entries_by_field()
    {
        var a = FactsFingerprint.Of(Sample());
        var b = FactsFingerprint.Of(Sample(p => p with
        {
            Risks = [p.Risks[0] with { Impact = new RiskRating { Min = 5, Max = 5 } }, new Risk { Title = "Uusi riski" }],
            Budget = p.Budget with { Lines = [.. p.Budget.Lines.Where(l => l.PartCode != "TP10")] },
        }));

        var shown = FactsFingerprint.Compare(a, b).Select(d => d.ToString()).ToList();

        Assert.Equal(
        [
            "budget.total: 120000.50 → 100000.00",
            "budget.part [TP10]: 20000.50 → (none)",
            "funding.own: 24000.10 → 20000.00",
            "funding.grant: 96000.40 → 80000.00",
            "risk [Aikataulu venyy]: likelihood Todennäköinen, impact - → (none)",
            "risk [Henkilöstön vaihtuvuus]: likelihood 2–3, impact 4 → likelihood 2–3, impact 5",
            "risk [Uusi riski]: (none) → likelihood -, impact -",
        ], shown);
    }

    // The same plan with its lists in another order (as another reader may produce them) has the same fingerprint, text and JSON alike.
    [Fact]
    public void Order_of_the_model_lists_does_not_count()
    {
        var a = Sample();
        var b = Sample(p => p with
        {
            Work = [.. Enumerable.Reverse(p.Work)],
            Risks = [.. Enumerable.Reverse(p.Risks)],
            Indicators = [.. Enumerable.Reverse(p.Indicators)],
            Organisations = [.. Enumerable.Reverse(p.Organisations)],
        });

        Assert.Equal(FactsFingerprint.Text(FactsFingerprint.Of(a)), FactsFingerprint.Text(FactsFingerprint.Of(b)));
        Assert.Equal(FactsFingerprint.Json(FactsFingerprint.Of(a)), FactsFingerprint.Json(FactsFingerprint.Of(b)));
    }

    // Two risks of the same title stay two facts, so that losing one of them shows.
    [Fact]
    public void Same_titles_are_kept_apart()
    {
        var twice = FactsFingerprint.Of(Sample(p => p with { Risks = [.. p.Risks, p.Risks[0] with { Impact = null }] }));

        var text = FactsFingerprint.Text(twice);

        // Sorted by title, then by rating ("-" before "4"): the order does not depend on the reader's.
        Assert.Contains("risk [Henkilöstön vaihtuvuus]: likelihood 2–3, impact -\n", text);
        Assert.Contains("risk [Henkilöstön vaihtuvuus #2]: likelihood 2–3, impact 4\n", text);
    }

    [Fact]
    public void A_plan_without_budget_or_lead_says_so()
    {
        var facts = FactsFingerprint.Of(new Plan { Project = new Project { Name = "Tyhjä" } });

        var text = FactsFingerprint.Text(facts);

        Assert.Contains("lead: -\n", text);
        Assert.Contains("budget.total: -\n", text);
        Assert.Contains("funding.own: -\n", text);
        Assert.Contains("\"budgetTotal\": null", FactsFingerprint.Json(facts));
    }
}
