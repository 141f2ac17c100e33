using Hankevahti.Plans;

namespace Hankevahti.Tests.Architecture;

/// <summary>
/// The layers of the library: checks judge a plan, whoever made it (import, the web editor, a stored plan), so
/// they may not use the importer; what both need to know (words, codes, amounts, periods) is the vocabulary's.
/// </summary>
public class LayerTests
{
    private static readonly Type[] LibraryTypes = typeof(Plan).Assembly.GetTypes();

    private static IEnumerable<string> Uses(string fromNamespace, string toNamespace) =>
        LibraryTypes
            .Where(t => In(t, fromNamespace))
            .SelectMany(TypeReferences.Of)
            .Where(r => In(r.Used, toNamespace))
            .Select(r => $"{r.From} uses {r.Used.FullName}")
            .Distinct()
            .OrderBy(s => s, StringComparer.Ordinal);

    private static bool In(Type type, string ns) =>
        type.Namespace is { } n && (n == ns || n.StartsWith(ns + ".", StringComparison.Ordinal));

    [Fact]
    public void Checks_do_not_use_the_importer()
    {
        Assert.Empty(Uses("Hankevahti.Checks", "Hankevahti.Import"));
    }

    [Fact]
    public void The_vocabulary_uses_neither_the_importer_nor_the_checks()
    {
        // The vocabulary sits beside the model, below both of its users.
        Assert.Empty(Uses("Hankevahti.Vocabulary", "Hankevahti.Import"));
        Assert.Empty(Uses("Hankevahti.Vocabulary", "Hankevahti.Checks"));
    }

    [Fact]
    public void The_scanner_sees_uses_through_calls_and_lambdas()
    {
        // Without this the tests above would pass on a scanner that finds nothing: the importer's
        // recognisers use its context, and the checks use the vocabulary inside lambdas and static calls.
        Assert.Contains(Uses("Hankevahti.Import.Money", "Hankevahti.Import"), u => u.EndsWith("uses Hankevahti.Import.ImportContext", StringComparison.Ordinal));
        Assert.Contains(Uses("Hankevahti.Checks", "Hankevahti.Vocabulary"), u => u.Contains("Amounts", StringComparison.Ordinal));
        Assert.Contains(Uses("Hankevahti.Checks", "Hankevahti.Vocabulary"), u => u.Contains("CostCategories", StringComparison.Ordinal));
    }
}
