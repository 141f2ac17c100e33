using System.Diagnostics;
using Hankevahti.Reading.Text;

namespace Hankevahti.Tests.Reading.Text;

/// <summary>Timing runs alone: parallel test classes on a small machine would measure each other.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TextReaderTimingCollection
{
    public const string Name = "Text reader timing";
}

[Collection(TextReaderTimingCollection.Name)]
public class TextReaderTimingTests
{
    // Warm reads take a few milliseconds; the whole import must stay under 50 ms. The best of several runs is
    // measured because tests run in parallel on a shared machine; the bound is loose for the same reason.
    [Theory]
    [InlineData(SeedReadingTests.Word)]
    [InlineData(SeedReadingTests.Reform)]
    [InlineData(SeedReadingTests.Pdf)]
    public void ReadsFast(string seed)
    {
        var bytes = File.ReadAllBytes(SeedReadingTests.SeedPath(seed));
        // Enough calls for tiered JIT to reach optimised code.
        for (var i = 0; i < 150; i++)
        {
            PlanTextReader.Read(bytes, seed);
        }
        var times = new List<double>();
        for (var i = 0; i < 25; i++)
        {
            var sw = Stopwatch.StartNew();
            PlanTextReader.Read(bytes, seed);
            times.Add(sw.Elapsed.TotalMilliseconds);
        }
        Assert.True(times.Min() < 15, $"best {times.Min():F2} ms");
    }
}
