using Hankevahti.Checks.Profiles;
using Hankevahti.Storage.Database;
using Hankevahti.Vocabulary;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Storage.People;

/// <summary>
/// The programme a funder official follows, in one form for storing and comparing. A plan names its programme
/// by a key that may be a profile's alias ("kestavan-kasvun-ohjelma" for "rrf"); the key is normalised to the
/// profile's own key, so that the funder of "rrf" sees the projects whose plans say either.
/// </summary>
public static class FunderProgrammes
{
    /// <summary>
    /// The stored form of a programme key: the profile's key when a (non-generic) profile knows it as its key or
    /// an alias, else the key lower-cased with spaces collapsed. Compare a project's programme_key with a funder's
    /// programmes through this.
    /// </summary>
    public static string? Normalise(string? key)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            return null;
        }
        return ProfileCatalog.Programme(key)?.Key ?? CleanText.Key(key).Trim();
    }

    /// <summary>
    /// The programme <paramref name="text"/> names, normalised, or null when nothing knows it: a profile's key,
    /// alias or name (Finnish or English, "Hyvän työn ohjelma"), or the programme key of a stored project.
    /// Only a known programme is accepted, so that a typo does not make a funder official who sees nothing.
    /// </summary>
    public static async Task<string?> ResolveAsync(HankevahtiDb db, string? text, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var key = CleanText.Key(text).Trim();
        if (ProfileCatalog.Programme(text) is { } byKey)
        {
            return byKey.Key;
        }
        if (ProfileCatalog.All.FirstOrDefault(p => p.Key != ProfileCatalog.GenericKey && (CleanText.Key(p.Name.Fi) == key || CleanText.Key(p.Name.En) == key || (p.Name.Sv.Length > 0 && CleanText.Key(p.Name.Sv) == key))) is { } byName)
        {
            return byName.Key;
        }
        var stored = await db.Projects.AsNoTracking().Where(p => p.ProgrammeKey != null).Select(p => p.ProgrammeKey!).Distinct().ToListAsync(ct);
        return stored.Select(Normalise).FirstOrDefault(k => k == key);
    }

    /// <summary>
    /// The projects.programme_key values that belong to <paramref name="programmes"/> (normalised keys, as a funder's
    /// roles hold them): each key and its profile's aliases, for a filter in SQL ("programme_key IN (…)"). A plan
    /// whose key differs only in case is matched by <see cref="Normalise"/> in memory, not by this.
    /// </summary>
    public static IReadOnlyList<string> StoredKeysFor(IEnumerable<string> programmes) =>
        programmes.SelectMany(k => ProfileCatalog.All.FirstOrDefault(p => p.Key == k && p.Key != ProfileCatalog.GenericKey) is { } profile ? [k, .. profile.Aliases] : new[] { k })
            .Distinct(StringComparer.Ordinal)
            .ToList();

    /// <summary>The keys a funder's programme may be given as, for messages: the profiles' keys.</summary>
    public static IReadOnlyList<string> Known => ProfileCatalog.All.Where(p => p.Key != ProfileCatalog.GenericKey).Select(p => p.Key).ToList();
}
