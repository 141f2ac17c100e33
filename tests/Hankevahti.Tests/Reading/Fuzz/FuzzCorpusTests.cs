using System.Text;
using Hankevahti.Fuzz.Targets;
using Hankevahti.Tests.Support;

namespace Hankevahti.Tests.Reading.Fuzz;

/// <summary>
/// Replays the inputs that bench/fuzz.sh found (crashes, hangs and new-coverage cases, kept in
/// Fixtures/fuzz-corpus/TARGET/) through the same target code the fuzzer ran: each must end with an imported
/// plan or a one-line refusal naming the file, never an exception or a last-resort catch.
/// </summary>
public class FuzzCorpusTests
{
    // Not a speed limit (the slowest case takes milliseconds): it turns a hang into a failure instead of a stuck run.
    private static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(30);

    private static string CorpusFolder => RepoFiles.Path("tests", "Hankevahti.Tests", "Fixtures", "fuzz-corpus");

    private static string SeedFolder => RepoFiles.Path("bench", "Hankevahti.Fuzz", "seeds");

    public static TheoryData<string, string> CorpusCases() => Files(CorpusFolder);

    public static TheoryData<string, string> Seeds() => Files(SeedFolder);

    private static TheoryData<string, string> Files(string root)
    {
        var data = new TheoryData<string, string>();
        foreach (var target in ReaderTargets.Names)
        {
            var folder = Path.Combine(root, target);
            foreach (var file in Directory.Exists(folder) ? Directory.GetFiles(folder).Order(StringComparer.Ordinal).ToArray() : [])
            {
                data.Add(target, Path.GetFileName(file));
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(CorpusCases))]
    public async Task FoundCaseEndsWithAPlanOrARefusal(string target, string file)
    {
        var bytes = await File.ReadAllBytesAsync(Path.Combine(CorpusFolder, target, file));

        // ReaderTargets.Run throws ReaderFinding (with the reader's or recogniser's exception inside) for a bug.
        var outcomes = await Task.Run(() => ReaderTargets.Run(target, bytes)).WaitAsync(HangLimit);

        Assert.NotEmpty(outcomes);
        Assert.All(outcomes, o => Assert.True(o.Imported || o.Summary.StartsWith("refused: " + o.File + ":", StringComparison.Ordinal), o.ToString()));
    }

    [Fact]
    public void EveryTargetHasACorpusAndItStaysSmall()
    {
        // An empty folder would make the replay pass by testing nothing; a large one slows every test run.
        foreach (var target in ReaderTargets.Names)
        {
            var files = new DirectoryInfo(Path.Combine(CorpusFolder, target)).GetFiles();
            Assert.True(files.Length > 0, $"fuzz-corpus/{target} is empty: run bash bench/fuzz.sh {target} SECONDS");
            Assert.True(files.Length <= 100, $"fuzz-corpus/{target} has {files.Length} files; keep tens (FUZZ_KEEP_QUEUE=0 keeps only crashes and hangs)");
            Assert.All(files, f => Assert.True(f.Length <= 64 * 1024, $"{f.Name} is {f.Length} bytes"));
        }
        var others = Directory.GetDirectories(CorpusFolder).Select(Path.GetFileName).Except(ReaderTargets.Names);
        Assert.Empty(others);
    }

    // The seeds are plans the importer takes: if a change made it refuse them, the fuzzer would spend its time
    // on the refusal paths only, and this says so before a fuzzing run shows it.
    [Theory]
    [MemberData(nameof(Seeds))]
    public void SeedImports(string target, string file)
    {
        var outcomes = ReaderTargets.Run(target, File.ReadAllBytes(Path.Combine(SeedFolder, target, file)));

        Assert.Contains(outcomes, o => o.Imported);
    }

    [Fact]
    public void DocxInputSplitsIntoNamedParts()
    {
        // The docx target's format: the first part is word/document.xml, "==> NAME <==" lines start the others
        // (CRLF allowed), a name may repeat, and the newline before a header belongs to neither part.
        var input = Encoding.UTF8.GetBytes("<doc/>\n==> word/styles.xml <==\r\n<s/>\n==> word/styles.xml <==\n\n==> not a header\n");

        var parts = DocxParts.Split(input).Select(p => (p.Name, Encoding.UTF8.GetString(p.Data))).ToList();

        Assert.Equal(
            [("word/document.xml", "<doc/>"), ("word/styles.xml", "<s/>"), ("word/styles.xml", "\n==> not a header\n")],
            parts);
    }

    [Fact]
    public void DocxInputThatIsAZipIsReadAsItIs()
    {
        var zip = DocxParts.Pack(Encoding.UTF8.GetBytes("<w:document/>"));

        Assert.Equal("PK"u8.ToArray(), zip[..2]);
        Assert.Same(zip, DocxParts.Pack(zip));
    }
}
