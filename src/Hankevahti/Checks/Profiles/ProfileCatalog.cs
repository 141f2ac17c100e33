using System.Text.Json;
using Hankevahti.Plans;

namespace Hankevahti.Checks.Profiles;

/// <summary>
/// The programme profiles shipped as data files. A plan's programme key selects its profile; a plan
/// without a programme, or with one we have no profile for, is checked against the generic one.
/// </summary>
public static class ProfileCatalog
{
    public const string GenericKey = "generic";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    private static readonly Lazy<IReadOnlyList<ProgrammeProfile>> Profiles = new(Load);

    public static IReadOnlyList<ProgrammeProfile> All => Profiles.Value;

    public static ProgrammeProfile Generic => All.Single(p => p.Key == GenericKey);

    /// <summary>The profile for a programme key; the generic one when the key is empty or unknown.</summary>
    public static ProgrammeProfile For(string? programmeKey) =>
        string.IsNullOrWhiteSpace(programmeKey)
            ? Generic
            : All.FirstOrDefault(p => Matches(p, programmeKey)) ?? Generic;

    public static ProgrammeProfile For(Plan plan) => For(plan.Project.Programme?.Key);

    /// <summary>
    /// The programme a key names: the profile whose key or alias it is (any case, spaces around ignored), or null.
    /// Unlike <see cref="For(string?)"/> there is no fallback: the generic profile is the checks' fallback, not a
    /// programme, so the catalogue of programmes, a funder's programme and an export by programme never name it.
    /// </summary>
    public static ProgrammeProfile? Programme(string? key) =>
        string.IsNullOrWhiteSpace(key) ? null : All.FirstOrDefault(p => p.Key != GenericKey && Matches(p, key.Trim()));

    /// <summary>Reads one profile file; a broken file is a message naming the file and what was wrong.</summary>
    public static (ProgrammeProfile? Profile, string? Error) Parse(string json, string file)
    {
        try
        {
            var profile = JsonSerializer.Deserialize<ProgrammeProfile>(json, Options);
            if (profile is null || string.IsNullOrWhiteSpace(profile.Key))
            {
                return (null, $"{file}: a profile needs a \"key\".");
            }
            if (profile.Funding.OwnFundingShare is { } own && profile.Funding.GrantShare is { } grant && own + grant != 1m)
            {
                return (null, $"{file}: ownFundingShare {own} and grantShare {grant} must add up to 1.");
            }
            if (profile.Funding.MaxGrantShare is { } max && (max is <= 0m or > 1m || profile.Funding.GrantShare is not null || profile.Funding.OwnFundingShare is not null))
            {
                return (null, $"{file}: maxGrantShare {max} must be a fraction above 0 and at most 1, and stands instead of fixed shares.");
            }
            return (profile, null);
        }
        catch (JsonException e)
        {
            return (null, $"{file}: line {e.LineNumber + 1}: {e.Message}");
        }
    }

    private static bool Matches(ProgrammeProfile p, string key) =>
        string.Equals(p.Key, key, StringComparison.OrdinalIgnoreCase) || p.Aliases.Contains(key, StringComparer.OrdinalIgnoreCase);

    private static IReadOnlyList<ProgrammeProfile> Load()
    {
        var assembly = typeof(ProfileCatalog).Assembly;
        var profiles = new List<ProgrammeProfile>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.EndsWith(".profile.json", StringComparison.Ordinal)).Order())
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            var (profile, error) = Parse(reader.ReadToEnd(), name);
            // The profiles ship with the program; a broken one is our bug and a test catches it.
            profiles.Add(profile ?? throw new InvalidOperationException(error));
        }
        return profiles;
    }
}
