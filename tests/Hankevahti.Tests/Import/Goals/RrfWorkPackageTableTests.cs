using Hankevahti.Import.Common;
using Hankevahti.Plans;

namespace Hankevahti.Tests.Import.Goals;

/// <summary>Seed 004 (RRF, PDF text): every work package's goal / action / monitoring table read row by row.</summary>
public class RrfWorkPackageTableTests
{
    private static Plan Plan => GoalSeeds.Plan(GoalSeeds.Rrf);

    public static TheoryData<string> TablePackages => new() { "1.1", "1.2", "1.3", "1.4", "1.4A", "1.4B", "2.1", "2.2", "3.1", "3.2", "4.1", "4.2", "4.3" };

    [Theory]
    [MemberData(nameof(TablePackages))]
    public void Each_table_gives_goals_actions_and_indicators_of_its_work_package(string code)
    {
        Assert.Contains(Plan.Goals, g => g.PartCode == code && g.Level == GoalLevel.Objective && g.Text.Length > 10);
        var part = WorkTree.FindPart(Plan, code);
        Assert.NotNull(part);
        Assert.NotEmpty(part!.Actions);
        Assert.All(part.Actions, a => Assert.StartsWith(code + ".", a.Code));
        Assert.Contains(Plan.Indicators, i => i.WorkCodes.SequenceEqual([code]));
    }

    [Fact]
    public void Work_package_4_4_has_prose_only_so_nothing_structured()
    {
        Assert.DoesNotContain(Plan.Goals, g => g.PartCode == "4.4");
        Assert.DoesNotContain(Plan.Indicators, i => i.WorkCodes.Contains("4.4"));
        Assert.Empty(WorkTree.FindPart(Plan, "4.4")?.Actions ?? []);
    }

    // Phrases that cross a line break of the PDF text: they also show that fragments were joined into cells.
    [Theory]
    [InlineData("1.1", "goal", "jonot saadaan purettua")]
    [InlineData("1.1", "action", "yhtenäinen suunnitelma pitkäaikaissairaiden")]
    [InlineData("1.1", "indicator", "kynnyksen sosiaalityön asiointien")]
    [InlineData("1.2", "goal", "nuoret saavat avun")]
    [InlineData("1.2", "action", "henkilöstön koulutustarve, laaditaan")]
    [InlineData("1.2", "indicator", "potilaat vuoden aikana")]
    [InlineData("2.1", "goal", "hyvinvointialue on julkaissut oman")]
    [InlineData("2.1", "action", "järjestöjen tietojen lisäämiseksi")]
    [InlineData("2.1", "indicator", "Palvelutarjottimen käyttöönotto (kyllä/ei)")]
    public void Texts_land_in_the_column_they_stood_in(string code, string column, string phrase)
    {
        var goals = Plan.Goals.Where(g => g.PartCode == code).Select(g => g.Text);
        var actions = WorkTree.FindPart(Plan, code)!.Actions.Select(a => a.Title);
        var indicators = Plan.Indicators.Where(i => i.WorkCodes.Contains(code)).Select(i => i.Name);
        var (right, wrong) = column switch
        {
            "goal" => (goals, actions.Concat(indicators)),
            "action" => (actions, goals.Concat(indicators)),
            _ => (indicators, goals.Concat(actions)),
        };
        Assert.Contains(right, t => t.Contains(phrase, StringComparison.Ordinal));
        Assert.DoesNotContain(wrong, t => t.Contains(phrase, StringComparison.Ordinal));
    }

    [Fact]
    public void A_yes_no_measure_of_the_table_is_classified_as_yes_no()
    {
        var indicator = Plan.Indicators.Single(i => i.WorkCodes.Contains("2.1") && i.Name.Contains("Palvelutarjottimen käyttöönotto", StringComparison.Ordinal));
        Assert.Equal(IndicatorKind.YesNo, indicator.Kind);
    }

    [Fact]
    public void Goals_are_linked_to_the_indicators_of_their_row()
    {
        var linked = Plan.Goals.Where(g => g.PartCode == "1.1" && g.IndicatorIds.Count > 0).ToList();
        Assert.NotEmpty(linked);
        var ids = Plan.Indicators.Select(i => i.Id).ToHashSet();
        Assert.All(linked.SelectMany(g => g.IndicatorIds), id => Assert.Contains(id, ids));
        Assert.All(linked.SelectMany(g => g.IndicatorIds), id => Assert.Contains("1.1", Plan.Indicators.Single(i => i.Id == id).WorkCodes));
    }

    [Fact]
    public void Table_fragments_are_claimed_so_they_leave_the_section_text()
    {
        var wp = Plan.Sections.SelectMany(Flatten).Single(s => s.Number == "1.1" && s.Kind == "workPackage");
        Assert.DoesNotContain("Tavoite Toimenpiteet Seuranta", wp.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("COC-indeksi", wp.Text, StringComparison.Ordinal);
        // The prose before the table stays.
        Assert.Contains("hoitotakuulain", wp.Text, StringComparison.Ordinal);
    }

    private static IEnumerable<Section> Flatten(Section s) => new[] { s }.Concat(s.Children.SelectMany(Flatten));
}
