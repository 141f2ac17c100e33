using Hankevahti.Tests.Support;
using Hankevahti.Import.Goals;
using Hankevahti.Plans;

namespace Hankevahti.Tests.Import.Goals;

/// <summary>Goals, outcomes and target groups read from the seeds.</summary>
public class GoalsOutcomesGroupsTests
{
    private static Plan Hyvan => SeedImports.Plan(Seeds.HyvanTyon);
    private static Plan Rrf => SeedImports.Plan(Seeds.Rrf);
    private static Plan Vantaa => SeedImports.Plan(Seeds.Rakenneuudistus);

    [Fact]
    public void The_goal_section_gives_one_overall_goal_and_its_listed_objectives()
    {
        var overall = Hyvan.Goals.Where(g => g.Level == GoalLevel.Overall).ToList();
        Assert.Single(overall);
        Assert.StartsWith("Hankkeen tavoitteena on", overall[0].Text, StringComparison.Ordinal);
        // The four items after "… siten, että:" are objectives of the project as a whole.
        Assert.Equal(4, Hyvan.Goals.Count(g => g.Level == GoalLevel.Objective && g.PartCode is null));
    }

    [Fact]
    public void Listed_main_goals_are_overall_goals()
    {
        // Seed 001 lists its "päätavoitteet" after a lead-in; each item is an overall goal.
        Assert.True(Vantaa.Goals.Count(g => g.Level == GoalLevel.Overall) >= 3);
    }

    [Fact]
    public void Work_package_goal_paragraphs_become_objectives_of_the_package()
    {
        var wp1 = Hyvan.Goals.Where(g => g.PartCode == "1").ToList();
        var wp2 = Hyvan.Goals.Where(g => g.PartCode == "2").ToList();
        Assert.NotEmpty(wp1);
        Assert.NotEmpty(wp2);
        // The goal of package 2 keeps its list as "- " lines.
        Assert.Contains(wp2, g => g.Text.Contains("\n- ", StringComparison.Ordinal));
        Assert.Equal(Hyvan.Goals.Count, Hyvan.Goals.Select(g => g.Id).Distinct().Count());
    }

    [Fact]
    public void Labelled_spearheads_are_goals_with_their_label_as_code()
    {
        var codes = Rrf.Goals.Where(g => g.Code is not null).Select(g => g.Code).ToList();
        Assert.Equal(["Kärki 1", "Kärki 2", "Kärki 3"], codes);
        Assert.Single(Rrf.Goals, g => g.Level == GoalLevel.Overall);
    }

    [Fact]
    public void Outputs_are_read_per_work_package_and_results_as_numbered_items()
    {
        Assert.Equal(5, Hyvan.Outcomes.Count(o => o.Kind == OutcomeKind.Output && o.PartCodes.SequenceEqual(["1"])));
        Assert.Equal(4, Hyvan.Outcomes.Count(o => o.Kind == OutcomeKind.Output && o.PartCodes.SequenceEqual(["2"])));
        var results = Hyvan.Outcomes.Where(o => o.Kind == OutcomeKind.Result).ToList();
        // A numbered result keeps its explanation and its list as text.
        Assert.Contains(results, r => r.Text is not null && r.Text.Contains("- ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_lead_in_that_only_mentions_measuring_does_not_make_its_list_indicators()
    {
        // Seed 001 has no indicator lists; its result lists (one lead-in names a "mittaristo") are results.
        Assert.Empty(Vantaa.Indicators);
        Assert.True(Vantaa.Outcomes.Count(o => o.Kind == OutcomeKind.Result) >= 10);
    }

    [Fact]
    public void Rrf_work_package_output_paragraphs_become_outputs_of_the_package()
    {
        var outputs = Rrf.Outcomes.Where(o => o.Kind == OutcomeKind.Output).ToList();
        foreach (var code in new[] { "1.1", "1.2", "1.3", "2.1", "3.1", "4.1", "4.3" })
        {
            Assert.Contains(outputs, o => o.PartCodes.SequenceEqual([code]));
        }
        Assert.Contains(Rrf.Outcomes, o => o.Kind == OutcomeKind.Impact && o.PartCodes.SequenceEqual(["2.1"]));
    }

    [Fact]
    public void The_impact_column_of_the_rrf_impact_table_becomes_impacts()
    {
        var impacts = Rrf.Outcomes.Where(o => o.Kind == OutcomeKind.Impact && o.PartCodes.Count == 0).ToList();
        Assert.True(impacts.Count >= 5);
        Assert.Contains(impacts, o => (o.Title + " " + o.Text).Contains("Puhelinruuhka vähenee", StringComparison.Ordinal));
    }

    [Fact]
    public void Target_groups_are_the_listed_groups_with_the_stated_sizes()
    {
        var groups = Hyvan.TargetGroups;
        Assert.Equal(2, groups.Count(g => g.TotalSize is null && g.TargetedCount is null));
        var whole = Assert.Single(groups, g => g.TotalSize is not null);
        Assert.Equal(90_000m, whole.TotalSize!.Min);
        Assert.Equal(100_000m, whole.TotalSize.Max);
        Assert.Equal(1_500m, whole.TargetedCount!.Min);
        Assert.Equal(3_000m, whole.TargetedCount.Max);
    }

    [Fact]
    public void An_rrf_pillar_target_group_is_described_by_its_prose()
    {
        var pillar = Assert.Single(Rrf.TargetGroups);
        Assert.Contains("Pilari 4", pillar.Name, StringComparison.Ordinal);
        Assert.Contains("terveys- ja päihdehaasteista", pillar.Description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("noin 90 000–100 000 ammattilaista", 90000.0, 100000.0)]
    [InlineData("kävijöitä voisi olla n. 240", 240.0, 240.0)]
    // A year is not a size, and a bare number without "noin" or a range is not taken either.
    [InlineData("vuonna 2020 noin 360 henkilöä", 360.0, 360.0)]
    public void Sizes_are_found_in_text(string text, double min, double max)
    {
        var q = TargetGroupRecogniser.FindQuantity(text);
        Assert.NotNull(q);
        Assert.Equal((decimal)min, q!.Min);
        Assert.Equal((decimal)max, q.Max);
    }

    [Theory]
    [InlineData("Tuotokset", OutcomeKind.Output)]
    [InlineData("5.3 Tulokset", OutcomeKind.Result)]
    [InlineData("Vaikutukset ja vaikuttavuus", OutcomeKind.Impact)]
    // A heading naming several kinds leaves the kind to its subsections.
    [InlineData("Tuotokset, tulokset ja vaikutukset", null)]
    public void Outcome_kind_comes_from_the_heading(string title, OutcomeKind? kind) =>
        Assert.Equal(kind, OutcomeRecogniser.KindOf(title));
}
