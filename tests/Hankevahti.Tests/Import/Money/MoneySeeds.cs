using Hankevahti.Plans;
using Hankevahti.Tests.Support;

namespace Hankevahti.Tests.Import.Money;

/// <summary>The real seed plans under the names the money tests use; imported once per run by <see cref="SeedImports"/>.</summary>
internal static class MoneySeeds
{
    public const string Rakenneuudistus = "001_6d6c3ec0957ecc99.txt";
    public const string Rrf = "004_fa70939ff779b7af.txt";
    public const string HyvaTyo = "000_0bb973af9e40569f.txt";

    public static Plan Plan(string name) => SeedImports.Plan(name);

    public static string PathOf(string name) => Seeds.Path(name);
}
