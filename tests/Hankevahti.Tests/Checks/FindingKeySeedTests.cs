using Hankevahti.Checks;
using Hankevahti.Import;
using Hankevahti.Plans;
using Hankevahti.Tests.Support;

namespace Hankevahti.Tests.Checks;

/// <summary>
/// On real plans: an edit elsewhere in the plan leaves every finding's key as it was, so no dismissal
/// is lost to it (docs/checks.md, "Dismissing a finding").
/// </summary>
public class FindingKeySeedTests
{
    public static TheoryData<string> AllSeeds() => new(Seeds.All);

    private static IReadOnlySet<string> Keys(Plan plan) => FindingKey.ForAll(PlanChecker.Check(plan).Findings).ToHashSet();

    [Theory]
    [MemberData(nameof(AllSeeds))]
    public void Keys_survive_a_section_added_before_all_the_others(string seed)
    {
        var plan = PlanImporter.ImportFile(Seeds.Path(seed)).Plan!;
        var before = Keys(plan);

        // A section before every other, so every section's index moves; its synthetic text gives no rule anything to say.
        var edited = plan with
        {
            Sections = [new Section { Title = "Muutoshistoria", Text = "Suunnitelmaa on täydennetty ohjausryhmän pyynnöstä." }, .. plan.Sections],
        };
        var after = Keys(edited);

        Assert.True(before.Count > 5, $"{seed}: only {before.Count} findings");
        Assert.Empty(before.Except(after));
    }
}
