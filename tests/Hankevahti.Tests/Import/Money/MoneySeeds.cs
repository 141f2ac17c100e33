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

    public static string PathOf(string name) => Seeds.Path(name);

    private static Plan Import(string name) => SeedImports.Plan(name);
}
