using System.Collections.Concurrent;
using Hankevahti.Import;
using Hankevahti.Plans;
using Hankevahti.Reading;
using Hankevahti.Reading.Text;
using Hankevahti.Tests.Support;

namespace Hankevahti.Tests.Import.Overview;

/// <summary>
/// The real seed plans, imported once per test run (see <see cref="Seeds"/> for where they are found).
/// </summary>
internal static class SeedPlans
{
    public const string Template = "000_0bb973af9e40569f.txt";
    public const string Structural = "001_6d6c3ec0957ecc99.txt";
    public const string Rrf = "004_fa70939ff779b7af.txt";

    public static Plan Import(string name) => SeedImports.Plan(name);

    /// <summary>The blocks of a seed as the reader gives them, for checking what an import left unclaimed.</summary>
    public static ReadResult Read(string name) => PlanTextReader.Read(File.ReadAllBytes(PathOf(name)), name);

    public static string PathOf(string name) => Seeds.Path(name);
}
