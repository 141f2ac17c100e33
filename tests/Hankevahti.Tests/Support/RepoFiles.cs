namespace Hankevahti.Tests.Support;

/// <summary>Files of the repository itself (docs, schema), found from wherever the test binaries run.</summary>
internal static class RepoFiles
{
    private static readonly Lazy<string> root = new(FindRoot);

    public static string Root => root.Value;

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    public static string ReadText(params string[] parts) => File.ReadAllText(Path(parts));

    // The output folder differs between IDEs, CLI and CI, so walk up instead of assuming a depth.
    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Hankevahti.slnx")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"No folder containing Hankevahti.slnx above {AppContext.BaseDirectory}.");
    }
}
