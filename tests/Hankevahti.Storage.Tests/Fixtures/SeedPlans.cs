using Hankevahti.Import;
using Hankevahti.Plans;

namespace Hankevahti.Storage.Tests.Fixtures;

/// <summary>The real plans in ../shared/seeds, imported; their text is read from there and never copied into this repository.</summary>
public static class SeedPlans
{
    public static readonly string[] Names = ["000_0bb973af9e40569f.txt", "001_6d6c3ec0957ecc99.txt", "004_fa70939ff779b7af.txt"];

    /// <summary>HANKEVAHTI_SEEDS if set, else the nearest shared/seeds above the test's folder (a worktree sits deeper).</summary>
    public static string Folder { get; } = FindFolder();

    public static Plan Import(string name)
    {
        var path = Path.Combine(Folder, name);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Seed plan {name} not found in {Folder}: set HANKEVAHTI_SEEDS to the folder of the real plans.", path);
        }
        var result = PlanImporter.ImportFile(path);
        return result.Plan ?? throw new InvalidOperationException($"{name} did not import: {result.Error}");
    }

    private static string FindFolder()
    {
        if (Environment.GetEnvironmentVariable("HANKEVAHTI_SEEDS") is { Length: > 0 } configured)
        {
            return Path.GetFullPath(configured);
        }
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "seeds");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        return Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "shared", "seeds"));
    }
}
