using Hankevahti.Plans;
using Hankevahti.Tests.Support;

namespace Hankevahti.Tests.Import.Goals;

/// <summary>The real plans in ../shared/seeds, imported once per test run.</summary>
internal static class GoalSeeds
{
    public const string Hyvan = "000_0bb973af9e40569f.txt";
    public const string Vantaa = "001_6d6c3ec0957ecc99.txt";
    public const string Rrf = "004_fa70939ff779b7af.txt";

    public static Plan Plan(string name) => SeedImports.Plan(name);

    public static string PathOf(string name) => Seeds.Path(name);
}
