using Hankevahti.Checks;
using Hankevahti.Checks.Rules.Costs;
using Hankevahti.Plans;
using Hankevahti.Tests.Checks.Support;
using static Hankevahti.Tests.Checks.Costs.CostPlans;

namespace Hankevahti.Tests.Checks.Costs;

public class CostedPartWithoutContentTests
{
    private static Plan WithPillar(WorkPart pillar, string sectionText = "", decimal amount = 800_000) => Plan(
        [pillar with { Source = new SourceRef { Line = 10 } }, Pillar("4", Investment("2", Package("2.1")))],
        [Row("Pilari 3", "Työkyky", amount), Row("Pilari 4 / Investointi 2", "Palvelut", 100_000)],
        sections: [
            new Section { Number = "4.1", Title = "PILARI 3: -", Text = sectionText, Source = new SourceRef { Line = 10 } },
            new Section { Number = "4.2", Title = "PILARI 4", Text = "Kuvaus.", Source = new SourceRef { Line = 12 } },
        ]);

    [Fact]
    public void A_costed_pillar_with_an_empty_section()
    {
        var f = Assert.Single(CheckRun.Rule<CostedPartWithoutContentRule>(WithPillar(Pillar("3"))));
        Assert.Equal(FindingSeverity.Error, f.Severity);
        Assert.Equal("4.1", f.Place.SectionNumber);
        Assert.Equal("work[0]", f.Place.Path);
        Assert.Contains("Pilari 3", f.Message.Fi, StringComparison.Ordinal);
        Assert.Contains("800 000 €", f.Message.Fi, StringComparison.Ordinal);
        Assert.Contains("Työkyky", f.Message.Fi, StringComparison.Ordinal);
        Assert.Contains("€800,000", f.Message.En, StringComparison.Ordinal);
    }

    [Theory]
    // The section describes the pillar even though the importer found no title for it.
    [InlineData("", "Pilarin työ kuvataan tässä.", 800_000)]
    // The pillar has a title.
    [InlineData("Työkyky", "", 800_000)]
    // Nothing is costed for it.
    [InlineData("", "", 0)]
    public void A_described_or_uncosted_part_gives_nothing(string title, string text, decimal amount)
    {
        var findings = CheckRun.Rule<CostedPartWithoutContentRule>(WithPillar(Pillar("3") with { Title = title }, text, amount));
        Assert.True(findings.Count == 0, CheckRun.Describe(findings));
    }

    [Fact]
    public void A_part_with_actions_gives_nothing()
    {
        var pillar = Pillar("3") with { Actions = [new WorkAction { Code = "A", Title = "Kartoitus" }] };
        Assert.Empty(CheckRun.Rule<CostedPartWithoutContentRule>(WithPillar(pillar)));
    }

    [Fact]
    public void A_stored_plan_without_sources_still_finds_an_empty_part()
    {
        // A plan made in Hankevahti has no lines: the part's own emptiness decides.
        var plan = Plan([Pillar("3"), Pillar("4", Investment("2", Package("2.1")))], [Row("Pilari 3", null, 500_000) with { Source = null }]);
        var f = Assert.Single(CheckRun.Rule<CostedPartWithoutContentRule>(plan));
        Assert.Null(f.Place.SectionNumber);
        Assert.Contains("500 000 €", f.Message.Fi, StringComparison.Ordinal);
    }
}
