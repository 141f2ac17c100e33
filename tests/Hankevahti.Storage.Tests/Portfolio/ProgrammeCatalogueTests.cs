using Hankevahti.Storage.Portfolio;

namespace Hankevahti.Storage.Tests.Portfolio;

/// <summary>The programme catalogue: aliases and spellings of a profiled programme are one; unknown programmes are never merged by guess.</summary>
public class ProgrammeCatalogueTests
{
    [Theory]
    // The profile's own key.
    [InlineData("rrf", "RRF", "rrf", true)]
    // An alias of the profile, as one seed plan writes it.
    [InlineData("kestavan-kasvun-ohjelma", "Suomen kestävän kasvun ohjelma", "rrf", true)]
    // Case and surrounding spaces do not make another programme.
    [InlineData(" Sote-Rakenneuudistus ", "Rakenneuudistus", "rakenneuudistus", true)]
    // A key no profile knows: the programme is its name (plans of two programmes may share a made-up key).
    [InlineData("oma-ohjelma", "Oma ohjelma", "name:oma ohjelma", false)]
    [InlineData("test", "Rakenneuudistus", "name:rakenneuudistus", false)]
    // A key no profile knows and no name: the key, lower-cased.
    [InlineData("Oma-Ohjelma", null, "oma-ohjelma", false)]
    // No key: the name is the programme; prefixed so it never collides with a key.
    [InlineData(null, "Oma ohjelma", "name:oma ohjelma", false)]
    // Nothing at all: the no-programme group.
    [InlineData(null, null, "-", false)]
    // "generic" is the checks' fallback profile, not a programme: it stays its own group, not a profile's.
    [InlineData("generic", null, "generic", false)]
    public void A_projects_programme_is_the_catalogues_key(string? key, string? name, string expected, bool known)
    {
        var programme = ProgrammeCatalogue.Of(key, name);
        Assert.Equal(expected, programme.Key);
        Assert.Equal(known, programme.Known);
    }

    [Fact]
    public void A_profiled_programme_is_named_by_its_profile_in_the_readers_language()
    {
        var programme = ProgrammeCatalogue.Of("kestavan-kasvun-ohjelma", "joku muu nimi");
        Assert.NotEqual("joku muu nimi", programme.Name("fi"));
        Assert.NotEqual(programme.Name("fi"), programme.Name("en"));
        // The profile's Swedish name for Swedish readers; a programme no profile knows keeps the plans' name in every language.
        Assert.Equal(Hankevahti.Checks.Profiles.ProfileCatalog.All.Single(p => p.Key == "rrf").Name.Sv, programme.Name("sv"));
        Assert.NotEqual(programme.Name("fi"), programme.Name("sv"));
        Assert.Equal("Oma ohjelma", ProgrammeCatalogue.Of("oma", "Oma ohjelma").Name("sv"));
    }

    [Fact]
    public void Two_unknown_programmes_with_similar_names_stay_two()
    {
        Assert.NotEqual(ProgrammeCatalogue.Of(null, "Oma ohjelma").Key, ProgrammeCatalogue.Of(null, "Oma ohjelma 2").Key);
        Assert.NotEqual(ProgrammeCatalogue.Of("oma", null).Key, ProgrammeCatalogue.Of(null, "oma").Key);
    }
}
