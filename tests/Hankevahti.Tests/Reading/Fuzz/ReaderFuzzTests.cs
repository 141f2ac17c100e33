using System.Diagnostics;
using Hankevahti.Import;
using Hankevahti.Reading;
using Hankevahti.Tests.Reading.Docx;
using Hankevahti.Tests.Support;
using Xunit.Abstractions;

namespace Hankevahti.Tests.Reading.Fuzz;

/// <summary>
/// Over a thousand damaged inputs (from the seeds, the fixture and its generated .docx/.pdf) go
/// through DocumentReader and PlanImporter: none may throw, hang (each under 2 s), or fail without a
/// one-line error naming the file. The random seed is fixed so that a failure reproduces.
/// </summary>
public class ReaderFuzzTests(ITestOutputHelper output)
{
    private const int Seed = 20261123;
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(2);

    [Fact]
    public void MutatedInputsNeverCrashOrHang()
    {
        var rng = new Random(Seed);
        var total = Stopwatch.StartNew();
        var cases = Cases(rng).ToList();
        output.WriteLine($"inputs made in {total.Elapsed.TotalSeconds:0.0} s");
        Assert.True(cases.Count >= 1000, $"only {cases.Count} cases");

        var problems = new List<string>();
        var slowest = (Time: TimeSpan.Zero, Name: "");
        var failures = 0;
        foreach (var (name, bytes) in cases)
        {
            var watch = Stopwatch.StartNew();
            ImportResult result;
            try
            {
                result = PlanImporter.Import(DocumentReader.Read(bytes, name), name);
            }
            catch (Exception e)
            {
                problems.Add($"{name}: threw {e.GetType().Name}: {e.Message}");
                continue;
            }
            watch.Stop();
            if (watch.Elapsed > slowest.Time)
            {
                slowest = (watch.Elapsed, name);
            }
            if (!result.Succeeded)
            {
                failures++;
                var error = result.Error ?? "";
                if (error.Trim().Length == 0 || error.Contains('\n') || !error.StartsWith(name + ":", StringComparison.Ordinal))
                {
                    problems.Add($"{name}: unclear error \"{error}\"");
                }
            }
        }
        output.WriteLine($"{cases.Count} inputs in {total.Elapsed.TotalSeconds:0.0} s, {failures} refused with an error, slowest {slowest.Time.TotalMilliseconds:0} ms ({slowest.Name})");
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));
        Assert.True(slowest.Time < Limit, $"{slowest.Name} took {slowest.Time.TotalMilliseconds:0} ms");
    }


    private static IEnumerable<(string Name, byte[] Bytes)> Cases(Random rng)
    {
        var n = 0;
        string Name(string kind, string ext) => $"fuzz-{++n:0000}-{kind}{ext}";

        var texts = new List<byte[]> { GeneratedDocuments.TextForm(), File.ReadAllBytes(GeneratedDocuments.FixturePath(".md")) };
        foreach (var seed in Seeds.All)
        {
            texts.Add(File.ReadAllBytes(Seeds.Path(seed)));
        }
        Func<Random, byte[], byte[]>[] textOps = [Mutations.Truncate, Mutations.FlipBits, Mutations.RandomBytes, Mutations.ShuffleLines, Mutations.DropAndRepeatLines];
        foreach (var text in texts)
        {
            for (var i = 0; i < 100; i++)
            {
                var op = textOps[i % textOps.Length];
                yield return (Name(op.Method.Name, i % 2 == 0 ? ".txt" : ".md"), op(rng, text));
            }
        }

        var docxs = new[] { File.ReadAllBytes(GeneratedDocuments.PandocDocx), File.ReadAllBytes(GeneratedDocuments.LibreOfficeDocx) };
        Func<Random, byte[], byte[]>[] zipOps = [Mutations.Truncate, Mutations.FlipBits, Mutations.RandomBytes, Mutations.CorruptCentralDirectory, Mutations.HugeDeclaredSize];
        Func<Random, string, string>[] xmlOps =
        [
            (_, x) => Mutations.BillionLaughs(x), Mutations.NestTables, Mutations.CutXml, Mutations.DuplicateXml,
        ];
        foreach (var docx in docxs)
        {
            for (var i = 0; i < 150; i++)
            {
                var op = zipOps[i % zipOps.Length];
                yield return (Name(op.Method.Name, ".docx"), op(rng, docx));
            }
            for (var i = 0; i < 80; i++)
            {
                var op = xmlOps[i % xmlOps.Length];
                yield return (Name("xml" + i % xmlOps.Length, ".docx"), Mutations.RewriteDocument(docx, x => op(rng, x)));
            }
            // The right content under the wrong names.
            yield return (Name("renamed", ".pdf"), docx);
            yield return (Name("renamed", ".txt"), docx);
        }

        var pdf = File.ReadAllBytes(GeneratedDocuments.LibreOfficePdf);
        for (var i = 0; i < 40; i++)
        {
            var op = zipOps[i % 3];
            yield return (Name(op.Method.Name, ".pdf"), op(rng, pdf));
        }
        for (var i = 0; i < 30; i++)
        {
            var noise = Mutations.Noise(rng);
            yield return (Name("noise", new[] { ".docx", ".pdf", ".txt" }[i % 3]), noise);
        }
    }
}
