using Hankevahti.Tests.Support;
using Hankevahti.Plans;

namespace Hankevahti.Tests.Import.Overview;

public class ProjectSeedTests
{
    // The template draft: the title line ends in the document type word, which is not part of the name;
    // the capitals banner above it names only the programme.
    [Fact]
    public void TemplateDraftTitleProgrammeAndPeriod()
    {
        var project = SeedImports.Plan(Seeds.HyvanTyon).Project;
        Assert.Equal("Hyvän työn ratkaisut Etelä-Suomen YTA-alueella", project.Name);
        Assert.Equal(12, project.Source?.Line);
        Assert.Equal("hyvan-tyon-ohjelma", project.Programme?.Key);
        Assert.Equal("STM", project.Programme?.Funder);
        Assert.Equal(new DateOnly(2026, 9, 1), project.Period?.Start);
        Assert.Equal(new DateOnly(2027, 12, 31), project.Period?.End);
        Assert.Equal("09/2026–12/2027", project.Period?.Text);
    }

    // A title page whose document-type line carries only the version: the title is the line above.
    [Fact]
    public void StructuralReformTitleIsTheLineAboveTheDocumentType()
    {
        var project = SeedImports.Plan(Seeds.Rakenneuudistus).Project;
        Assert.StartsWith("Vantaan–Keravan", project.Name);
        Assert.EndsWith("alueen rakenneuudistus", project.Name);
        Assert.Equal(3, project.Source?.Line);
        Assert.Equal("rakenneuudistus", project.Programme?.Key);
    }

    // An RRF plan without a title page: the programme comes from its pillars and investments.
    [Fact]
    public void RrfPlanHasPillarsAndInvestments()
    {
        var programme = SeedImports.Plan(Seeds.Rrf).Project.Programme;
        Assert.NotNull(programme);
        Assert.Equal("rrf", programme.Key);
        Assert.Equal("3, 4", programme.Pillar);
        Assert.Equal("1, 2, 3, 4", programme.Investment);
    }
}
