using System.Security.Cryptography;
using System.Text;
using Hankevahti.Facts;
using Hankevahti.Tests.Support;

namespace Hankevahti.Tests.Metamorphic;

/// <summary>
/// The ratchet of the metamorphic tests: known-differences.txt lists, per seed and variant, the facts
/// that the variant does not yet give as the original does. A line is "seed variant field id", where the
/// id is a hash of the whole difference (key and both values), so that no text of a seed plan is written
/// into the repository. The list may only shrink: a difference that is not listed fails the test, and so
/// does a listed one that no longer occurs (remove its line). HANKEVAHTI_UPDATE_KNOWN_DIFFERENCES=1
/// rewrites the file from what the run found, for a reviewed change of the fingerprint itself.
/// </summary>
internal static class KnownDifferences
{
    public const string UpdateVariable = "HANKEVAHTI_UPDATE_KNOWN_DIFFERENCES";

    public static string FilePath => RepoFiles.Path("tests", "Hankevahti.Tests", "Metamorphic", "known-differences.txt");

    public sealed record Entry(string Seed, string Variant, string Field, string Id)
    {
        public override string ToString() => $"{Seed} {Variant} {Field} {Id}";
    }

    public static IReadOnlyList<Entry> Load()
    {
        var entries = new List<Entry>();
        foreach (var raw in File.ReadAllLines(FilePath))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 4)
            {
                throw new FormatException($"{FilePath}: '{line}' is not 'seed variant field id'.");
            }
            entries.Add(new Entry(parts[0], parts[1], parts[2], parts[3]));
        }
        return entries;
    }

    public static Entry Of(string seed, string variant, FactDifference d)
    {
        var whole = $"{d.Field}\u001f{d.Key}\u001f{d.Expected}\u001f{d.Actual}";
        var id = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(whole)))[..10];
        return new Entry(seed, variant, d.Field, id);
    }

    private static readonly object writeLock = new();

    /// <summary>Replaces the entries of one seed × variant with <paramref name="found"/>, keeping the others and the header.</summary>
    public static void Update(string seed, string variant, IEnumerable<Entry> found)
    {
        lock (writeLock)
        {
            var lines = File.Exists(FilePath) ? File.ReadAllLines(FilePath).ToList() : [];
            var header = lines.TakeWhile(l => l.StartsWith('#') || l.Trim().Length == 0).ToList();
            var kept = Load().Where(e => e.Seed != seed || e.Variant != variant);
            var all = kept.Concat(found)
                .OrderBy(e => e.Seed, StringComparer.Ordinal)
                .ThenBy(e => Array.IndexOf(FormatVariants.Names, e.Variant))
                .ThenBy(e => e.Field, StringComparer.Ordinal).ThenBy(e => e.Id, StringComparer.Ordinal)
                .Select(e => e.ToString());
            File.WriteAllText(FilePath, string.Join('\n', header.Concat(all)) + "\n");
        }
    }
}
