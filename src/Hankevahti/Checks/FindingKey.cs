using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Hankevahti.Checks;

/// <summary>
/// A name for a finding that stays the same on later versions of a plan while the finding stays the
/// same: its rule, its place and its words. A dismissal ("not an error because …") is stored under it.
/// </summary>
/// <remarks>
/// Made of the rule's code, the place without list indexes ("risks[2].owner" is "risks[].owner"), the
/// section's title, the quoted words and the Finnish message, each with its white space evened out.
/// Indexes, section numbers, source lines and version numbers are left out: they shift when an unrelated
/// item, section or paragraph is added before the finding. What tells two findings of one rule apart is
/// the words, which name the item concerned ("riski \"Henkilöstön vaihtuvuus\""); when two findings of one
/// report still get the same words, <see cref="ForAll"/> numbers them in document order.
/// The message's Finnish text is the one used: it is the rules' first language, and a change in the
/// English wording of a rule alone should not reopen what users dismissed.
/// </remarks>
public static partial class FindingKey
{
    /// <summary>The key of one finding, on its own: 32 hex digits.</summary>
    public static string Of(Finding finding) => Hash(Canonical(finding));

    /// <summary>
    /// The keys of a report's findings, in the same order. Findings with the same words get the key of the
    /// first with "-2", "-3" … after it, so each finding of a report has a key of its own.
    /// </summary>
    public static IReadOnlyList<string> ForAll(IReadOnlyList<Finding> findings)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var keys = new List<string>(findings.Count);
        foreach (var finding in findings)
        {
            var key = Of(finding);
            var n = seen[key] = seen.GetValueOrDefault(key) + 1;
            keys.Add(n == 1 ? key : $"{key}-{n}");
        }
        return keys;
    }

    /// <summary>What the key is a hash of: readable, for tests and for finding out why two keys differ.</summary>
    public static string Canonical(Finding finding) => string.Join('\u001f',
        finding.Code.Trim(),
        PlacePath(finding.Place.Path),
        Text(finding.Place.SectionTitle),
        Text(finding.Place.Quote),
        Text(finding.Message.Fi));

    /// <summary>A model path without its list indexes: "sections[3].children[1].text" is "sections[].children[].text".</summary>
    public static string PlacePath(string path) => Index().Replace(path.Trim(), "[]");

    /// <summary>Text as compared: Unicode composed (NFC), every run of white space one space, no space at the ends.</summary>
    public static string Text(string? text) =>
        text is null ? "" : CleanText.SqueezeSpaces(text.Normalize(NormalizationForm.FormC));

    /// <summary>Whether <paramref name="key"/> looks like one this class makes, so that a posted key can be refused before it is looked up.</summary>
    public static bool IsWellFormed(string? key) => key is not null && Shape().IsMatch(key);

    private static string Hash(string canonical) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)))[..32];

    [GeneratedRegex(@"\[[0-9]+\]")]
    private static partial Regex Index();

    [GeneratedRegex(@"\A[0-9a-f]{32}(-[1-9][0-9]{0,5})?\z")]
    private static partial Regex Shape();
}
