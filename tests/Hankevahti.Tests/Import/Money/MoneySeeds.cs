using Hankevahti.Import;
using Hankevahti.Plans;
using Hankevahti.Reading.Text;
using Hankevahti.Tests.Support;

namespace Hankevahti.Tests.Import.Money;

/// <summary>The real seed plans imported once per file for the money tests.</summary>
internal static class MoneySeeds
{
    public const string Rakenneuudistus = "001_6d6c3ec0957ecc99.txt";
    public const string Rrf = "004_fa70939ff779b7af.txt";
    public const string HyvaTyo = "000_0bb973af9e40569f.txt";

    private static readonly Dictionary<string, Lazy<Plan>> plans = new()
    {
        [Rakenneuudistus] = new(() => Import(Rakenneuudistus)),
        [Rrf] = new(() => Import(Rrf)),
        [HyvaTyo] = new(() => Import(HyvaTyo)),
    };

    public static Plan Plan(string name) => plans[name].Value;

    // The seeds sit in shared/seeds beside the repository; a git worktree is one level deeper, so walk up.
    public static string PathOf(string name)
    {
        for (var dir = new DirectoryInfo(RepoFiles.Root); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "seeds", name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        return Path.Combine(RepoFiles.Root, "..", "shared", "seeds", name);
    }

    private static Plan Import(string name)
    {
        var read = PlanTextReader.Read(File.ReadAllBytes(PathOf(name)), name);
        var result = PlanImporter.Import(read, name);
        return result.Plan ?? throw new InvalidOperationException(result.Error);
    }
}
