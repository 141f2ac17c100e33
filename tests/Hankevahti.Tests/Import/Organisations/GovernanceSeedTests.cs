using Hankevahti.Tests.Support;
using Hankevahti.Plans;
using Hankevahti.Tests.Import.Overview;

namespace Hankevahti.Tests.Import.Organisations;

public class GovernanceSeedTests
{
    // The template's empty member table: a chair, a secretary and five members, none named yet.
    [Fact]
    public void TemplateSteeringGroupSeats()
    {
        var body = Assert.Single(SeedImports.Plan(Seeds.HyvanTyon).Governance);
        Assert.Equal(GovernanceKind.SteeringGroup, body.Kind);
        Assert.Equal(7, body.Members.Count);
        Assert.Equal(MemberRole.Chair, body.Members[0].Role);
        Assert.Equal(MemberRole.Secretary, body.Members[1].Role);
        Assert.Equal(5, body.Members.Count(m => m.Role == MemberRole.Member));
        Assert.All(body.Members, m =>
        {
            Assert.Null(m.Name);
            Assert.NotNull(m.Source?.Row);
        });
    }

    // Bodies described in prose: the steering group's chair, presenter and secretary, and how often it meets.
    [Fact]
    public void StructuralReformBodiesFromProse()
    {
        var governance = SeedImports.Plan(Seeds.Rakenneuudistus).Governance;
        var steering = Assert.Single(governance, g => g.Kind == GovernanceKind.SteeringGroup);
        Assert.Equal("neljä kertaa vuodessa", steering.MeetingFrequency);
        Assert.Equal([MemberRole.Chair, MemberRole.Presenter, MemberRole.Secretary], steering.Members.Select(m => m.Role));
        Assert.Equal("hankepäällikkö", steering.Members[1].Title);
        Assert.Contains(governance, g => g.Kind == GovernanceKind.ManagementGroup && g.Members.Any(m => m.Role == MemberRole.ViceChair));
        Assert.DoesNotContain(governance, g => g.Kind == GovernanceKind.WorkingGroup);
    }
}
