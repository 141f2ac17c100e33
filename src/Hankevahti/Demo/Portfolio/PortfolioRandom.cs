namespace Hankevahti.Demo.Portfolio;

/// <summary>
/// The random source of one generated project. Each project has its own, seeded from the portfolio's seed and
/// the project's index, so a project is the same whether it is made alone, in a test or as number 9 000 of a
/// stream, and no project's draws shift another's.
/// </summary>
internal sealed class PortfolioRandom(int seed, int index)
{
    private readonly Random random = new(Mix(seed, index));

    // SplitMix64's finaliser: neighbouring (seed, index) pairs get unrelated seeds. System.Random with a seed
    // runs the same algorithm on every .NET version, so a seed means the same portfolio everywhere.
    private static int Mix(int seed, int index)
    {
        var x = unchecked(((ulong)(uint)seed << 32) | (uint)index);
        x = unchecked((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL);
        x = unchecked((x ^ (x >> 27)) * 0x94D049BB133111EBUL);
        x ^= x >> 31;
        return (int)(x & 0x7FFFFFFF);
    }

    public int Int(int minInclusive, int maxInclusive) => random.Next(minInclusive, maxInclusive + 1);

    public double Double() => random.NextDouble();

    public bool Chance(double p) => random.NextDouble() < p;

    /// <summary>A decimal between the bounds, with the given number of decimals.</summary>
    public decimal Decimal(decimal min, decimal max, int decimals = 2) =>
        Math.Round(min + (max - min) * (decimal)random.NextDouble(), decimals, MidpointRounding.AwayFromZero);

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary><paramref name="count"/> different items, in the list's order.</summary>
    public List<T> PickDistinct<T>(IReadOnlyList<T> items, int count)
    {
        var indexes = Enumerable.Range(0, items.Count).ToList();
        for (var i = indexes.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (indexes[i], indexes[j]) = (indexes[j], indexes[i]);
        }
        return indexes.Take(Math.Min(count, items.Count)).Order().Select(i => items[i]).ToList();
    }

    public string Person() => $"{Pick(PortfolioWords.Roles)} {Pick(PortfolioWords.FirstNames)} {Pick(PortfolioWords.LastNames)}";
}
