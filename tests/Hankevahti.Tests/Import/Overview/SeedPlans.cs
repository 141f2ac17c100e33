using System.Collections.Concurrent;
using Hankevahti.Import;
using Hankevahti.Plans;
using Hankevahti.Reading;
using Hankevahti.Reading.Text;
using Hankevahti.Tests.Support;

namespace Hankevahti.Tests.Import.Overview;

/// <summary>
/// The real seed plans, imported once per test run. They live outside the repository in ../shared/seeds;
/// a worktree sits one level deeper, so the folders above the repository are searched too.
/// </summary>
internal static class SeedPlans
{
    public const string Template = "000_0bb973af9e40569f.txt";
    public const string Structural = "001_6d6c3ec0957ecc99.txt";
    public const string Rrf = "004_fa70939ff779b7af.txt";

    private static readonly ConcurrentDictionary<string, Plan> Cache = new();

    public static Plan Import(string name) => Cache.GetOrAdd(name, n =>
    {
        var path = PathOf(n);
        var read = PlanTextReader.Read(File.ReadAllBytes(path), n);
        var result = PlanImporter.Import(read, n);
        Assert.True(result.Succeeded, result.Error);
        return result.Plan!;
    });

    /// <summary>The blocks of a seed as the reader gives them, for checking what an import left unclaimed.</summary>
    public static ReadResult Read(string name) => PlanTextReader.Read(File.ReadAllBytes(PathOf(name)), name);

    public static string PathOf(string name)
    {
        var first = Path.Combine(RepoFiles.Root, "..", "shared", "seeds", name);
        if (File.Exists(first))
        {
            return first;
        }
        for (var dir = new DirectoryInfo(RepoFiles.Root).Parent; dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "seeds", name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new FileNotFoundException($"Seed plan {name} not found in ../shared/seeds above {RepoFiles.Root}.");
    }
}
