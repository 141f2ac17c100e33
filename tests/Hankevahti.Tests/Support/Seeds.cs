namespace Hankevahti.Tests.Support;

/// <summary>The real plans in ../shared/seeds (never copied into this repository).</summary>
internal static class Seeds
{
    public const string HyvanTyon = "000_0bb973af9e40569f.txt";
    public const string Rakenneuudistus = "001_6d6c3ec0957ecc99.txt";
    public const string Rrf = "004_fa70939ff779b7af.txt";

    public static readonly string[] All = [HyvanTyon, Rakenneuudistus, Rrf];

    public static string Folder => System.IO.Path.GetFullPath(System.IO.Path.Combine(RepoFiles.Root, "..", "shared", "seeds"));

    public static string Path(string name)
    {
        var path = System.IO.Path.Combine(Folder, name);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Seed plan {name} not found in {Folder}: the tests read the real plans from ../shared/seeds next to the repository.", path);
        }
        return path;
    }

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path(name));

    public static string[] Lines(string name) => File.ReadAllText(Path(name)).Replace("\r\n", "\n").Split('\n');
}
