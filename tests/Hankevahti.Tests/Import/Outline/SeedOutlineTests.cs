using Hankevahti.Tests.Support;
using Hankevahti.Import;
using Hankevahti.Tests.Import.Work;

namespace Hankevahti.Tests.Import.Outline;

/// <summary>The numbered sections of the real plans, with the template kind each one gets.</summary>
public class SeedOutlineTests
{
    private static List<string> Numbered(string seed) =>
        SeedImports.Outline(seed).Descendants()
            .Where(s => s.Number is not null && s.Kind != SectionKinds.WorkPackage)
            .Select(s => $"{s.Number} {s.Kind}")
            .ToList();

    // The draft has a numbered list "1.–7." inside 5.2/5.3 and renumbers 6.x in the body; the
    // contents decides which "6." is the heading, and 6.1–6.5 keep the contents' numbers.
    [Fact]
    public void GoodWorkPlanHasTheTemplateSections()
    {
        Assert.Equal(
            [
                "1 need", "2 targetGroups", "3 goals", "4 implementation", "4.1 schedule", "4.2 actions",
                "5 outcomes", "5.1 outputs", "5.2 results", "5.3 impacts",
                "6 administration", "6.1 organisation", "6.2 resources", "6.3 communication", "6.4 monitoring", "6.5 risks",
            ],
            Numbered(Seeds.HyvanTyon));
    }

    // The body's "6." heading is the administration section, not the list item that came first.
    [Fact]
    public void GoodWorkListItemsInsideResultsAreNotHeadings()
    {
        var root = SeedImports.Outline(Seeds.HyvanTyon);
        var six = Assert.Single(root.Children, c => c.Number == "6");
        Assert.Equal("Hankkeen hallinnointi", six.Title);
        Assert.Equal(5, six.Children.Count);
        var results = root.Descendants().Single(s => s.Number == "5.2");
        Assert.Empty(results.Children);
        Assert.True(results.Blocks.Count >= 6);
    }

    [Fact]
    public void StructuralReformHasPartsAndBudgetAnnexes()
    {
        var all = Numbered(Seeds.Rakenneuudistus);
        Assert.Equal(
            ["1 ", "1.1 introduction", "1.2 background", "1.2.1 background", "1.2.2 background", "1.3 goals", "1.4 scope",
             "1.5 organisation", "1.6 monitoring", "1.7 risks", "1.8 communication"],
            all.Take(11).ToList());
        var parts = SeedImports.Outline(Seeds.Rakenneuudistus).Children.Where(c => c.Kind == SectionKinds.Part).ToList();
        Assert.Equal(["2", "3", "4", "5"], parts.Select(p => p.Number));
        Assert.Equal(
            ["2.1 goals", "2.2 actions", "2.3 schedule", "2.4 impacts", "2.5 budget"],
            parts[0].Children.Select(c => $"{c.Number} {c.Kind}"));
        Assert.Equal(9, parts[2].Children.Count);
        Assert.Contains("3.4 results", all);
        Assert.Contains("3.8 scaling", all);
        Assert.Equal(["Liite 1 budget", "Liite 2 budget", "Liite 3 budget"], all.Where(s => s.StartsWith("Liite", StringComparison.Ordinal)));
    }

    // PDF text: headings wrapped onto a second line, upper-case pillars, investments 4.2.1–4.2.4
    // and keyword work packages nested under their investment.
    [Fact]
    public void RrfPlanHasPillarsInvestmentsAndWorkPackages()
    {
        var root = SeedImports.Outline(Seeds.Rrf);
        Assert.Equal(["1", "2", "3", "4", "5", "6", "7"], root.Children.Select(c => c.Number));
        Assert.Equal(["7.1", "7.2", "7.3", "7.4", "7.5"], root.Children[6].Children.Select(c => c.Number));
        Assert.Equal(
            [SectionKinds.Organisation, SectionKinds.Budget, SectionKinds.Communication, SectionKinds.Monitoring, SectionKinds.Risks],
            root.Children[6].Children.Select(c => c.Kind));
        var pillars = root.Children[3].Children;
        Assert.Equal(["4.1", "4.2"], pillars.Select(p => p.Number));
        Assert.All(pillars, p => Assert.Equal(SectionKinds.Pillar, p.Kind));
        var investments = pillars[1].Children;
        Assert.Equal(["4.2.1", "4.2.2", "4.2.3", "4.2.4"], investments.Select(i => i.Number));
        Assert.All(investments, i => Assert.Equal(SectionKinds.Investment, i.Kind));
        Assert.Equal(["1.1", "1.2", "1.3", "1.4", "1.4A", "1.4B"], investments[0].Children.Select(w => w.Number));
        Assert.All(investments.SelectMany(i => i.Children), w => Assert.Equal(SectionKinds.WorkPackage, w.Kind));
        Assert.Equal(14, investments.Sum(i => i.Children.Count));
    }

    [Fact]
    public void RrfWrappedHeadingsTakeTheirSecondLine()
    {
        var root = SeedImports.Outline(Seeds.Rrf);
        var pillar = root.Descendants().Single(s => s.Number == "4.2" && s.Kind == SectionKinds.Pillar);
        Assert.Single(pillar.HeadingContinuation);
        Assert.EndsWith("lisääminen", pillar.Title);
        var investment = root.Descendants().Single(s => s.Number == "4.2.1" && s.Kind == SectionKinds.Investment);
        Assert.Single(investment.HeadingContinuation);
        Assert.EndsWith("palveluvelkaa", investment.Title);
        // The continuation line is the heading's, not the first line of the section's text.
        Assert.DoesNotContain(investment.HeadingContinuation[0], investment.Blocks);
    }

    // Under "2 Kohderyhmä" the pillar subsections describe target groups, not the work structure.
    [Fact]
    public void RrfPillarsUnderTargetGroupsAreTargetGroups()
    {
        var root = SeedImports.Outline(Seeds.Rrf);
        Assert.All(root.Children[1].Children, c => Assert.Equal(SectionKinds.TargetGroups, c.Kind));
    }
}
