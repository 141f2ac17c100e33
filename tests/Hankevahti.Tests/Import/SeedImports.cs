using System.Collections.Concurrent;
using Hankevahti.Import;
using Hankevahti.Plans;
using Hankevahti.Reading;
using Hankevahti.Tests.Support;

namespace Hankevahti.Tests.Import;

/// <summary>Each seed imported once per test run; the import is deterministic, so tests can share it.</summary>
internal static class SeedImports
{
    private static readonly ConcurrentDictionary<string, Lazy<ImportResult>> cache = new();
    private static readonly ConcurrentDictionary<string, Lazy<ReadResult>> reads = new();

    public static ImportResult Result(string seed) =>
        cache.GetOrAdd(seed, s => new Lazy<ImportResult>(() => PlanImporter.ImportFile(Seeds.Path(s)))).Value;

    /// <summary>The seed's block stream, as the importer reads it.</summary>
    public static ReadResult Read(string seed) =>
        reads.GetOrAdd(seed, s => new Lazy<ReadResult>(() => DocumentReader.ReadFile(Seeds.Path(s)))).Value;

    public static SectionNode Outline(string seed) => Hankevahti.Import.Outline.Build(Read(seed).Blocks, Read(seed).Origin);

    public static Plan Plan(string seed)
    {
        var result = Result(seed);
        Assert.True(result.Succeeded, $"{seed} did not import: {result.Error}");
        return result.Plan!;
    }
}
