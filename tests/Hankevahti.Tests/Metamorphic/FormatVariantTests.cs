using Hankevahti.Facts;
using Hankevahti.Import;
using Hankevahti.Tests.Support;
using Xunit.Abstractions;

namespace Hankevahti.Tests.Metamorphic;

/// <summary>
/// Metamorphic tests: every seed rendered into other formats (<see cref="FormatVariants"/>) must give the
/// same facts fingerprint as the seed itself. Differences the importer still makes are listed in
/// known-differences.txt (<see cref="KnownDifferences"/>); a new one fails, and so does a listed one that is gone.
/// </summary>
public class FormatVariantTests(ITestOutputHelper output)
{
    private static readonly Dictionary<string, PlanFacts> originals = [];

    private static PlanFacts Original(string seed)
    {
        lock (originals)
        {
            if (!originals.TryGetValue(seed, out var facts))
            {
                originals[seed] = facts = Facts(Seeds.Path(seed));
            }
            return facts;
        }
    }

    private static PlanFacts Facts(string path)
    {
        var result = PlanImporter.ImportFile(path);
        Assert.True(result.Succeeded, $"{path}: {result.Error}");
        return FactsFingerprint.Of(result.Plan!);
    }

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var seed in Seeds.All)
        {
            foreach (var variant in FormatVariants.Names)
            {
                data.Add(seed, variant);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Variant_gives_the_same_facts_as_the_seed(string seed, string variant)
    {
        var expected = Original(seed);
        var file = FormatVariants.File(seed, variant);
        if (Path.GetExtension(file) == ".txt" && File.ReadAllText(file) == File.ReadAllText(Seeds.Path(seed)).Replace("\r\n", "\n"))
        {
            output.WriteLine($"{seed} {variant}: the variant leaves this seed's text as it is (nothing of the kind to change)");
        }
        var actual = Facts(file);
        var differences = FactsFingerprint.Compare(expected, actual);
        var found = differences.Select(d => (Entry: KnownDifferences.Of(seed, variant, d), Difference: d)).ToList();
        if (Environment.GetEnvironmentVariable(KnownDifferences.UpdateVariable) == "1")
        {
            KnownDifferences.Update(seed, variant, found.Select(f => f.Entry));
            return;
        }
        var known = KnownDifferences.Load().Where(e => e.Seed == seed && e.Variant == variant).ToHashSet();
        var unlisted = found.Where(f => !known.Contains(f.Entry)).ToList();
        var gone = known.Except(found.Select(f => f.Entry)).ToList();
        output.WriteLine($"{seed} {variant}: {differences.Count} differences, {known.Count} known");
        foreach (var d in differences)
        {
            output.WriteLine($"  {d}");
        }
        Assert.True(unlisted.Count == 0 && gone.Count == 0,
            $"{seed} as {variant}: the facts differ from the seed's.\n" +
            (unlisted.Count > 0 ? $"New differences ({unlisted.Count}):\n{string.Join("\n", unlisted.Select(u => $"  {u.Difference}    [{u.Entry}]"))}\n" : "") +
            (gone.Count > 0 ? $"Listed in {KnownDifferences.FilePath} but gone — delete these lines ({gone.Count}):\n{string.Join("\n", gone.Select(g => $"  {g}"))}\n" : ""));
    }

    // The ratchet's own file: well formed, only known seeds and variants, no line twice; prints the count.
    [Fact]
    public void Known_differences_are_well_formed_and_counted()
    {
        var entries = KnownDifferences.Load();
        Assert.All(entries, e =>
        {
            Assert.Contains(e.Seed, Seeds.All);
            Assert.Contains(e.Variant, FormatVariants.Names);
            Assert.Matches("^[0-9a-f]{10}$", e.Id);
        });
        Assert.Equal(entries.Count, entries.Distinct().Count());
        output.WriteLine($"known differences: {entries.Count} in all");
        foreach (var seed in Seeds.All)
        {
            output.WriteLine($"  {seed}: {entries.Count(e => e.Seed == seed)} over {FormatVariants.All.Length} variants ("
                + string.Join(", ", FormatVariants.Names.Select(v => $"{v} {entries.Count(e => e.Seed == seed && e.Variant == v)}")) + ")");
        }
    }
}
