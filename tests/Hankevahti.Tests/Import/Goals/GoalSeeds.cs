using Hankevahti.Import;
using Hankevahti.Plans;
using Hankevahti.Reading.Text;
using Hankevahti.Tests.Support;

namespace Hankevahti.Tests.Import.Goals;

/// <summary>The real plans in ../shared/seeds, imported once per test run.</summary>
internal static class GoalSeeds
{
    public const string Hyvan = "000_0bb973af9e40569f.txt";
    public const string Vantaa = "001_6d6c3ec0957ecc99.txt";
    public const string Rrf = "004_fa70939ff779b7af.txt";

    private static readonly Dictionary<string, Lazy<Plan>> plans = new()
    {
        [Hyvan] = new(() => Import(Hyvan)),
        [Vantaa] = new(() => Import(Vantaa)),
        [Rrf] = new(() => Import(Rrf)),
    };

    public static Plan Plan(string name) => plans[name].Value;

    public static string PathOf(string name)
    {
        // The seeds sit next to the repository; walk up in case the worktree is nested deeper.
        for (var dir = new DirectoryInfo(RepoFiles.Root); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "shared", "seeds", name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        return System.IO.Path.Combine(RepoFiles.Root, "..", "shared", "seeds", name);
    }

    private static Plan Import(string name)
    {
        var read = PlanTextReader.Read(File.ReadAllBytes(PathOf(name)), name);
        var result = PlanImporter.Import(read, name);
        return result.Plan ?? throw new InvalidOperationException(result.Error);
    }
}
