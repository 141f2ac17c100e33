using System.Xml.Linq;
using Hankevahti.Tests.Support;

namespace Hankevahti.Tests.Export.Iati;

/// <summary>The codes of the IATI codelist files kept in Fixtures/Iati/codelists (README there says their source).</summary>
internal static class IatiCodelists
{
    private static readonly Dictionary<string, HashSet<string>> Cache = [];

    public static IReadOnlySet<string> Codes(string codelist)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(codelist, out var codes))
            {
                var path = RepoFiles.Path("tests", "Hankevahti.Tests", "Fixtures", "Iati", "codelists", codelist + ".xml");
                codes = XDocument.Load(path).Descendants("codelist-item").Select(i => (string)i.Element("code")!).ToHashSet(StringComparer.Ordinal);
                Assert.NotEmpty(codes);
                Cache[codelist] = codes;
            }
            return codes;
        }
    }
}
