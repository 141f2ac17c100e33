using Hankevahti.Tests.Support;
using Hankevahti.Plans;

namespace Hankevahti.Tests.Import.Overview;

public class VersionSeedTests
{
    // The template's version table has five rows; only the first is filled in, later ones keep the
    // placeholder date as written and the approved row is marked approved.
    [Fact]
    public void TemplateVersionTableHasFiveRows()
    {
        var versions = SeedImports.Plan(Seeds.HyvanTyon).Versions;
        Assert.Equal(5, versions.Count);
        Assert.Equal(["0.01", "0.02", "0.03", "1.00", "1.01"], versions.Select(v => v.Number));
        Assert.Equal(new DateOnly(2026, 4, 7), versions[0].Date);
        Assert.Equal("Kajanne Anja", versions[0].Editor);
        Assert.Null(versions[3].Date);
        Assert.Equal("pp.kk.vvvv", versions[3].DateText);
        Assert.Equal(VersionState.Approved, versions[3].State);
        Assert.Equal(VersionState.Draft, versions[4].State);
        Assert.All(versions, v => Assert.NotNull(v.Source?.Row));
    }

    // Version 2.0 of 28.4.2020, updated 21.6.2021: the update is a second entry of the same version.
    [Fact]
    public void StructuralReformStatedVersionAndUpdate()
    {
        var versions = SeedImports.Plan(Seeds.Rakenneuudistus).Versions;
        Assert.Equal(2, versions.Count);
        Assert.Equal("2.0", versions[0].Number);
        Assert.Equal(new DateOnly(2020, 4, 28), versions[0].Date);
        Assert.Equal("2.0", versions[1].Number);
        Assert.Equal(new DateOnly(2021, 6, 21), versions[1].Date);
        Assert.Equal("Päivitetty", versions[1].Description);
        Assert.All(versions, v => Assert.NotNull(v.Source?.Line));
    }
}
