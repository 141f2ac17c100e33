using Hankevahti.Tests.Support;
using Hankevahti.Plans;
using Hankevahti.Tests.Import.Overview;

namespace Hankevahti.Tests.Import.Organisations;

public class OrganisationSeedTests
{
    // The template's actor table: the joint authority applies and administers, four counties receive transfers.
    // A blank line splits the table; the rows after it still belong to it.
    [Fact]
    public void TemplateLeadApplicantAndFourCoImplementers()
    {
        var orgs = SeedImports.Plan(Seeds.HyvanTyon).Organisations;
        var lead = Assert.Single(orgs, o => o.Roles.Contains(OrganisationRole.LeadApplicant));
        Assert.Equal("HUS-yhtymä", lead.Name);
        Assert.Contains(OrganisationRole.Administrator, lead.Roles);
        Assert.Equal("Päähakija, hallinnoija ja koordinaattori", lead.RoleText);
        Assert.NotNull(lead.Responsibilities);

        var co = orgs.Where(o => o.Roles.Contains(OrganisationRole.CoImplementer)).ToList();
        Assert.Equal(4, co.Count);
        Assert.Equal(["VAKE", "Keusote", "LUVN", null], co.Select(o => o.ShortName));
        Assert.Equal("Vantaan ja Keravan hyvinvointialue", co[0].Name);
        Assert.Equal("Itä-Uudenmaan hyvinvointialue", co[3].Name);
        Assert.All(co, o =>
        {
            Assert.False(string.IsNullOrEmpty(o.RoleText));
            Assert.False(string.IsNullOrEmpty(o.Responsibilities));
            Assert.NotNull(o.Source?.Line);
        });
        // The resource table (Toimija | Rooli | Kuvaus | Arvio allokaatiosta) is not an organisation table.
        Assert.Equal(5, orgs.Count);
    }

    // An RRF plan that names no applicant: the county it is written for is the lead, with a note saying why.
    [Fact]
    public void RrfPlanLeadIsTheCounty()
    {
        var plan = SeedImports.Plan(Seeds.Rrf);
        var lead = Assert.Single(plan.Organisations, o => o.Roles.Contains(OrganisationRole.LeadApplicant));
        Assert.Equal("Itä-Uudenmaan hyvinvointialue", lead.Name);
        Assert.NotNull(lead.Source);
        Assert.Contains(plan.Import!.Notes, n => n.Message.Contains("Itä-Uudenmaan hyvinvointialue"));
    }

    // Roles stated in a sentence: the administrating city applies, the other implements a part.
    [Fact]
    public void StructuralReformRolesFromProse()
    {
        var orgs = SeedImports.Plan(Seeds.Rakenneuudistus).Organisations;
        var vantaa = Assert.Single(orgs, o => o.Name == "Vantaan kaupunki");
        Assert.Contains(OrganisationRole.Administrator, vantaa.Roles);
        Assert.Contains(OrganisationRole.LeadApplicant, vantaa.Roles);
        var kerava = Assert.Single(orgs, o => o.Name == "Keravan kaupunki");
        Assert.Equal([OrganisationRole.CoImplementer], kerava.Roles);
    }
}
