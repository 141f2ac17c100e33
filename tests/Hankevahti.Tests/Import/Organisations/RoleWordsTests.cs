using Hankevahti.Import.Organisations;
using Hankevahti.Plans;

namespace Hankevahti.Tests.Import.Organisations;

public class RoleWordsTests
{
    [Theory]
    // The template's own wording for the lead.
    [InlineData("Päähakija, hallinnoija ja koordinaattori", new[] { OrganisationRole.LeadApplicant, OrganisationRole.Administrator })]
    // The grant column's words for a co-implementer.
    [InlineData("siirron saaja", new[] { OrganisationRole.CoImplementer })]
    [InlineData("Osatoteuttaja", new[] { OrganisationRole.CoImplementer })]
    // "Päätoteuttaja" is the lead, not a co-implementer, although both end in "toteuttaja".
    [InlineData("Päätoteuttaja", new[] { OrganisationRole.LeadApplicant })]
    [InlineData("Yhteistyökumppani", new[] { OrganisationRole.Partner })]
    // A role that says nothing about the grant gives no role word.
    [InlineData("Toimintamallin vastaanottaja", new OrganisationRole[0])]
    public void OrganisationRoles(string text, OrganisationRole[] expected) =>
        Assert.Equal(expected, RoleWords.OrganisationRoles(text));

    [Theory]
    // "varapuheenjohtaja" contains "puheenjohtaja": the vice chair must be tested first.
    [InlineData("Varapuheenjohtaja", MemberRole.ViceChair)]
    [InlineData("Puheenjohtaja", MemberRole.Chair)]
    [InlineData("pj", MemberRole.Chair)]
    [InlineData("Sihteeri", MemberRole.Secretary)]
    [InlineData("jäsen", MemberRole.Member)]
    [InlineData("Esittelijä", MemberRole.Presenter)]
    [InlineData("pysyvä asiantuntija", MemberRole.Expert)]
    public void MemberRoles(string text, MemberRole expected) => Assert.Equal(expected, RoleWords.MemberRoleOf(text));

    // Words that are not seats give no role, so ordinary tables are not taken for member tables.
    [Theory]
    [InlineData("Projektipäällikkö")]
    [InlineData("")]
    public void NotMemberRoles(string text) => Assert.Null(RoleWords.MemberRoleOf(text));

    // A member cell written as "Name, title, organisation" is split; a title alone stays a title.
    [Fact]
    public void MemberText()
    {
        var m = MemberTableReader.FromText(MemberRole.Chair, "Anja Kajanne, johtaja, HUS", new SourceRef());
        Assert.Equal(("Anja Kajanne", "johtaja", "HUS"), (m.Name, m.Title, m.Organisation));
        var t = MemberTableReader.FromText(MemberRole.Member, "hyvinvointialueen HR-johtaja", new SourceRef());
        Assert.Null(t.Name);
        Assert.Equal("hyvinvointialueen HR-johtaja", t.Title);
    }

    // Seats in prose: "toimivat X ja Y" lists two people unless "ja" joins words of one title.
    [Fact]
    public void SeatsFromProse()
    {
        var members = new List<GovernanceMember>();
        BodyProseReader.Seats("Ryhmän esittelijänä toimivat Porvoon sosiaali- ja terveysjohtaja ja Loviisan perusturvajohtaja.", new SourceRef(), members);
        Assert.Equal(["Porvoon sosiaali- ja terveysjohtaja", "Loviisan perusturvajohtaja"], members.Select(m => m.Title));
        Assert.All(members, m => Assert.Equal(MemberRole.Presenter, m.Role));
    }
}
