using Hankevahti.Import;
using Hankevahti.Plans;
using Hankevahti.Reading;
using Hankevahti.Reading.Text;
using Hankevahti.Tests.Support;

namespace Hankevahti.Tests.Import.Work;

/// <summary>The real plans in ../shared/seeds, read and imported once per test run.</summary>
internal static class WorkSeeds
{
    public const string GoodWork = "000_0bb973af9e40569f.txt";
    public const string StructuralReform = "001_6d6c3ec0957ecc99.txt";
    public const string Rrf = "004_fa70939ff779b7af.txt";

    private static readonly Dictionary<string, Lazy<ReadResult>> reads = new()
    {
        [GoodWork] = new(() => ReadSeed(GoodWork)),
        [StructuralReform] = new(() => ReadSeed(StructuralReform)),
        [Rrf] = new(() => ReadSeed(Rrf)),
    };

    private static readonly Dictionary<string, Lazy<Plan>> plans = new()
    {
        [GoodWork] = new(() => ImportSeed(GoodWork)),
        [StructuralReform] = new(() => ImportSeed(StructuralReform)),
        [Rrf] = new(() => ImportSeed(Rrf)),
    };

    public static string Path(string name) => Seeds.Path(name);

    public static ReadResult Read(string name) => reads[name].Value;

    public static Plan Plan(string name) => plans[name].Value;

    public static SectionNode Outline(string name) => Hankevahti.Import.Outline.Build(Read(name).Blocks, Read(name).Origin);

    private static ReadResult ReadSeed(string name) => PlanTextReader.Read(File.ReadAllBytes(Path(name)), name);

    private static Plan ImportSeed(string name) => SeedImports.Plan(name);
}
