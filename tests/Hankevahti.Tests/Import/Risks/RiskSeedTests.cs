using Hankevahti.Tests.Support;
using Hankevahti.Plans;
using Hankevahti.Tests.Import.Overview;

namespace Hankevahti.Tests.Import.Risks;

public class RiskSeedTests
{
    // The template's risk table: rows cut by page breaks (one a lower-case continuation, one with an empty
    // first cell, each after a blank line) join their risk, giving seven risks; three name who is responsible.
    [Fact]
    public void TemplateRiskTable()
    {
        var risks = SeedImports.Plan(Seeds.HyvanTyon).Risks;
        Assert.Equal(7, risks.Count);
        Assert.Equal(3, risks.Count(r => r.Owner is not null));
        Assert.All(risks, r =>
        {
            Assert.NotNull(r.Consequence);
            Assert.NotEmpty(r.Mitigations);
            Assert.NotNull(r.Source?.Row);
        });
        // The second risk's text goes on after the page break, and its first bullet with it.
        Assert.EndsWith("pitkät poissaolot.", risks[1].Title);
        Assert.Equal(3, risks[1].Mitigations.Count);
        Assert.DoesNotContain(risks.SelectMany(r => r.Mitigations), m => m.Contains('<') || m.Contains('•'));
    }

    // Prose records: likelihood and impact are words, kept as written and placed on the 1–5 scale through the
    // vocabulary, so every risk is rated (issue 13: they showed as unrated).
    [Fact]
    public void StructuralReformProseRisks()
    {
        var risks = SeedImports.Plan(Seeds.Rakenneuudistus).Risks;
        Assert.Equal(7, risks.Count);
        Assert.All(risks, r =>
        {
            Assert.NotNull(r.Likelihood?.Text);
            Assert.NotNull(r.Impact?.Text);
            Assert.True(r.Likelihood?.FromWords);
            Assert.True(r.Impact?.FromWords);
            Assert.NotNull(r.Description);
            Assert.Single(r.Mitigations);
        });
        // Likelihood: two unlikely (2), four average (3), one likely (4); impact: six significant (4), one medium (3).
        Assert.Equal([2, 3, 3, 3, 4, 3, 2], risks.Select(r => (int)r.Likelihood!.Min!.Value));
        Assert.Equal([4, 4, 4, 4, 4, 4, 3], risks.Select(r => (int)r.Impact!.Min!.Value));
        Assert.Equal("Todennäköinen", risks[4].Likelihood?.Text);
        Assert.Equal("Merkittävä", risks[4].Impact?.Text);
        Assert.DoesNotContain(SeedImports.Plan(Seeds.Rakenneuudistus).Import!.Notes, n => n.Code == ImportNoteCodes.RisksNotRead);
        // A lower-case paragraph after a page break goes on with the preparation text.
        Assert.Contains("lisäresursseja", risks[1].Mitigations[0]);
    }

    // PDF cell fragments: four risks anchored on their rating lines, and the cut-off end of the file is reported.
    [Fact]
    public void RrfRiskFragments()
    {
        var plan = SeedImports.Plan(Seeds.Rrf);
        var risks = plan.Risks;
        Assert.Equal(4, risks.Count);
        Assert.Equal("Aikatauluriski", risks[0].Title);
        Assert.Equal((2m, 2m), (risks[0].Likelihood?.Min, risks[0].Likelihood?.Max));
        Assert.Equal((4m, 4m), (risks[0].Impact?.Min, risks[0].Impact?.Max));
        Assert.Equal((8m, 8m), (risks[0].StatedScore?.Min, risks[0].StatedScore?.Max));
        Assert.Equal("Hankejohtaja, johtoryhmä", risks[0].Owner);
        Assert.Equal((4m, 4m), (risks[1].Likelihood?.Min, risks[1].Likelihood?.Max));
        Assert.Equal((2m, 3m), (risks[1].Impact?.Min, risks[1].Impact?.Max));
        Assert.Equal((8m, 12m), (risks[1].StatedScore?.Min, risks[1].StatedScore?.Max));
        Assert.All(risks, r =>
        {
            Assert.NotEmpty(r.Mitigations);
            Assert.NotNull(r.Owner);
            Assert.NotNull(r.Source?.Line);
        });
        var warning = Assert.Single(plan.Import!.Notes, n => n.Severity == NoteSeverity.Warning && n.Message.Contains("ends inside the risk table"));
        Assert.NotNull(warning.Source?.Line);
        Assert.True(warning.Source!.Line > risks[3].Source!.Line);
    }

    // Every seed's risks are read, so none is left with risk labels in its text, and all of 001's and 004's
    // rating words are on the scale (000's template table rates nothing).
    [Theory]
    [InlineData(Seeds.HyvanTyon)]
    [InlineData(Seeds.Rakenneuudistus)]
    [InlineData(Seeds.Rrf)]
    public void NoRiskNotesOnSeeds(string seed)
    {
        var notes = SeedImports.Plan(seed).Import!.Notes;
        Assert.DoesNotContain(notes, n => n.Code is ImportNoteCodes.RisksNotRead or ImportNoteCodes.RatingWordsOffScale);
    }
}
