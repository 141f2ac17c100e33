namespace Hankevahti.Web.Tests.Support;

/// <summary>Where the real plans are: ../shared/seeds next to the repository, HANKEVAHTI_SEEDS if set, or the nearest shared/seeds above (a worktree).</summary>
internal static class SeedFiles
{
    public static string Folder { get; } = FindSeeds();

    private static string FindSeeds()
    {
        if (Environment.GetEnvironmentVariable("HANKEVAHTI_SEEDS") is { Length: > 0 } configured)
        {
            return Path.GetFullPath(configured);
        }
        for (var dir = new DirectoryInfo(RepoRoot()).Parent; dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "seeds");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new DirectoryNotFoundException($"The real plans are read from ../shared/seeds next to the repository ({RepoRoot()}); set HANKEVAHTI_SEEDS to their folder.");
    }

    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Hankevahti.slnx")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("No folder containing Hankevahti.slnx above the test binaries.");
    }
}
