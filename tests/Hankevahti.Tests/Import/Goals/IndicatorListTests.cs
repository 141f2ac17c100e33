using Hankevahti.Tests.Support;
using Hankevahti.Plans;

namespace Hankevahti.Tests.Import.Goals;

/// <summary>Seed 000 (Word text): the indicators listed under each action in the monitoring section.</summary>
public class IndicatorListTests
{
    private static Plan Plan => SeedImports.Plan(Seeds.HyvanTyon);

    [Fact]
    public void Action_1_1_has_three_indicators_the_first_yes_no()
    {
        var list = Plan.Indicators.Where(i => i.WorkCodes.SequenceEqual(["1.1"])).ToList();
        Assert.Equal(3, list.Count);
        Assert.Equal(IndicatorKind.YesNo, list[0].Kind);
        Assert.Equal(IndicatorKind.Count, list[1].Kind);
        Assert.Equal(IndicatorKind.SelfAssessment, list[2].Kind);
        // The trailing "(…)" says how the indicator is measured and is kept apart from the name.
        Assert.DoesNotContain("(", list[0].Name);
        Assert.NotNull(list[2].Method);
    }

    [Theory]
    [InlineData("1.2", 3)]
    [InlineData("1.3", 3)]
    [InlineData("1.4", 3)]
    [InlineData("2.1", 3)]
    [InlineData("2.2", 3)]
    [InlineData("2.3", 3)]
    [InlineData("2.4", 3)]
    public void Every_action_has_its_listed_indicators(string code, int count)
    {
        Assert.Equal(count, Plan.Indicators.Count(i => i.WorkCodes.SequenceEqual([code])));
    }

    [Fact]
    public void Indicator_ids_are_unique_and_numbered()
    {
        Assert.Equal(Plan.Indicators.Count, Plan.Indicators.Select(i => i.Id).Distinct().Count());
        Assert.All(Plan.Indicators, i => Assert.StartsWith("ind-", i.Id));
        Assert.All(Plan.Indicators, i => Assert.NotNull(i.Source?.Line));
    }

    [Fact]
    public void Listed_indicators_are_claimed_and_the_action_lists_are_not()
    {
        var all = string.Join("\n", Plan.Sections.SelectMany(Flatten).Select(s => s.Text));
        Assert.DoesNotContain("(Kyllä / Ei)", all, StringComparison.Ordinal);
        // Lists of the actions section are not indicators: no indicator comes from outside the monitoring section.
        Assert.Equal(24, Plan.Indicators.Count);
    }

    private static IEnumerable<Section> Flatten(Section s) => new[] { s }.Concat(s.Children.SelectMany(Flatten));
}
