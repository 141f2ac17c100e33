namespace Hankevahti.Tests.Support;

/// <summary>The real plans in ../shared/seeds (never copied into this repository).</summary>
internal static class Seeds
{
    public const string HyvanTyon = "000_0bb973af9e40569f.txt";
    public const string Rakenneuudistus = "001_6d6c3ec0957ecc99.txt";
    public const string Rrf = "004_fa70939ff779b7af.txt";

    public static readonly string[] All = [HyvanTyon, Rakenneuudistus, Rrf];

    /// <summary>
    /// ../shared/seeds next to the repository; HANKEVAHTI_SEEDS overrides it. A git worktree or a clone
    /// nested deeper finds the nearest shared/seeds above the repository.
    /// </summary>
    public static string Folder { get; } = FindFolder();

    public static string Path(string name)
    {
        var path = System.IO.Path.Combine(Folder, name);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"Seed plan {name} not found in {Folder}: the tests read the real plans from ../shared/seeds next to the repository (or set HANKEVAHTI_SEEDS to their folder).", path);
        }
        return path;
    }

    private static string FindFolder()
    {
        if (Environment.GetEnvironmentVariable("HANKEVAHTI_SEEDS") is { Length: > 0 } configured)
        {
            return System.IO.Path.GetFullPath(configured);
        }
        for (var dir = new DirectoryInfo(RepoFiles.Root).Parent; dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "shared", "seeds");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        return System.IO.Path.GetFullPath(System.IO.Path.Combine(RepoFiles.Root, "..", "shared", "seeds"));
    }

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path(name));

    public static string[] Lines(string name) => File.ReadAllText(Path(name)).Replace("\r\n", "\n").Split('\n');
}
