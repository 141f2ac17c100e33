using Hankevahti.Checks.Profiles;
using Hankevahti.Vocabulary;

namespace Hankevahti.Storage.Portfolio;

/// <summary>One programme of the catalogue: the key lists and links use, and its name in Finnish, English and (when the profile gives it) Swedish.</summary>
/// <param name="Key">The profile's key for a programme with a profile; else "name:" and the name the plans write (lower-cased, so that it never collides with a profile's key), or the plan's key when it gives no name.</param>
/// <param name="Known">True when a programme profile knows it; false for a programme only the plans name.</param>
public sealed record CatalogueProgramme(string Key, string NameFi, string NameEn, bool Known, string? NameSv = null)
{
    /// <summary>The name in the reader's language; a programme only the plans name has the plans' name in every language.</summary>
    public string Name(string language) => language switch
    {
        "en" when NameEn.Length > 0 => NameEn,
        "sv" when NameSv is { Length: > 0 } => NameSv,
        _ => NameFi,
    };
}

/// <summary>
/// Programmes as one catalogue: a project belongs to the programme its plan's key selects, whatever the spelling
/// ("kestavan-kasvun-ohjelma" and "RRF" are both the profile "rrf"), named as the profile names it. A programme no
/// profile knows stays as the plans write it: by its name, else by its key, and two such are never merged by guessing
/// that similar names are one programme. A project with no programme at all is in the group <see cref="None"/>.
/// </summary>
public static class ProgrammeCatalogue
{
    /// <summary>The group of projects whose plan names no programme.</summary>
    public const string None = "-";

    /// <summary>The catalogue's programme of a project, from the projects row's programme_key and programme (name).</summary>
    public static CatalogueProgramme Of(string? programmeKey, string? programmeName)
    {
        var key = programmeKey?.Trim() ?? "";
        var name = programmeName?.Trim() ?? "";
        if (ProfileCatalog.Programme(key) is { } profile)
        {
            return new CatalogueProgramme(profile.Key, profile.Name.Fi, profile.Name.En, true, profile.Name.Sv);
        }
        // No profile: the programme is what the plans call it. Plans of different programmes may share a made-up key, so
        // the name decides; the key only when the plan gives no name.
        if (name.Length > 0)
        {
            return new CatalogueProgramme("name:" + CleanText.Key(name), name, name, false);
        }
        if (key.Length > 0)
        {
            return new CatalogueProgramme(CleanText.Key(key), key, key, false);
        }
        return new CatalogueProgramme(None, "", "", false);
    }
}
