using System.Text;
using Hankevahti.Import;
using Hankevahti.Plans;
using Hankevahti.Reading.Text;
using Hankevahti.Tests.Support;

namespace Hankevahti.Tests.Import;

/// <summary>
/// The coverage report per top-level section: the parts add up to the plan's totals, and a part that stayed
/// text shows as such even when every word was placed.
/// </summary>
public class PartCoverageTests
{
    public static TheoryData<string> AllSeeds => new(Seeds.All);

    [Theory]
    [MemberData(nameof(AllSeeds))]
    public void The_parts_add_up_to_the_plans_counts(string seed)
    {
        var info = SeedImports.Plan(seed).Import!;

        Assert.NotEmpty(info.Parts);
        Assert.Equal(info.StructuredWords, info.Parts.Sum(p => p.StructuredWords));
        Assert.Equal(info.TextWords, info.Parts.Sum(p => p.TextWords));
        Assert.Equal(info.UnplacedWords, info.Parts.Sum(p => p.UnplacedWords));
        Assert.All(info.Parts, p => Assert.Equal(p.TotalWords, p.StructuredWords + p.TextWords + p.UnplacedWords));
    }

    // A risk section written as free prose is all placed (as text) but nothing of it is structured: the
    // report must say so for that part, while the action table's part is structured.
    [Fact]
    public void A_part_kept_as_text_shows_no_structured_words()
    {
        const string text = "Arjen tuki Hankesuunnitelma\n\n1 Toimenpiteet\n\nToimenpide\tKuvaus\nEtäkäynnit\tKäynnit videolla (3-11/2024)\n\n2 Riskit\n\nMeillä on monenlaisia haasteita ja niihin varaudutaan hyvin.\n";
        var info = PlanImporter.Import(PlanTextReader.Read(Encoding.UTF8.GetBytes(text), "p.txt"), "p.txt").Plan!.Import!;

        var risks = Assert.Single(info.Parts, p => p.Kind == "risks");
        Assert.Equal(2, risks.StructuredWords); // the heading "2 Riskit" only
        Assert.True(risks.TextWords > 5);
        var actions = Assert.Single(info.Parts, p => p.Kind == "actions");
        Assert.Equal(0, actions.TextWords);
    }
}
