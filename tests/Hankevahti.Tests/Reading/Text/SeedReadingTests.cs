using System.Net;
using System.Text.RegularExpressions;
using Hankevahti.Reading;
using Hankevahti.Reading.Text;
using Hankevahti.Tests.Support;

namespace Hankevahti.Tests.Reading.Text;

/// <summary>The three real plans in ../shared/seeds: shape of the block stream and nothing lost.</summary>
public partial class SeedReadingTests
{
    private const string Word = Seeds.HyvanTyon;
    private const string Reform = Seeds.Rakenneuudistus;
    private const string Pdf = Seeds.Rrf;

    private static ReadResult ReadSeed(string name) => PlanTextReader.Read(File.ReadAllBytes(Seeds.Path(name)), name);

    // The Word draft's tables carry HTML lists: none of its tags may reach the cells, and the lists become "- " lines.
    [Fact]
    public void WordSeedTablesHaveNoTags()
    {
        var r = ReadSeed(Word);
        Assert.Equal(DocumentOrigin.WordText, r.Origin);
        var cells = r.Blocks.OfType<TableBlock>().SelectMany(t => t.Rows).SelectMany(row => row.Cells).Select(c => c.Text).ToList();
        Assert.DoesNotContain(cells, c => HtmlTag().IsMatch(c));
        Assert.Contains(cells, c => c.StartsWith("- ", StringComparison.Ordinal) && c.Contains("\n- "));
        Assert.DoesNotContain(r.Blocks, b => b is ParagraphBlock p && (p.Text.Contains("**") || p.Text.Contains("](")));
        Assert.Contains(r.Artefacts, a => a.Kind == "separator");
    }

    // The risk table's rows split by page breaks are joined: each risk is one row spanning its source lines.
    [Fact]
    public void WordSeedRiskRowsAreJoined()
    {
        var r = ReadSeed(Word);
        var merged = r.Blocks.OfType<TableBlock>().SelectMany(t => t.Rows).Where(row => row.Source.EndLine is not null).ToList();
        Assert.Equal(2, merged.Count);
        Assert.All(merged, row => Assert.True(row.Source.EndLine > row.Source.Line));
        // A joined row's first filled cell must not start in lower case any more.
        Assert.All(merged, row => Assert.True(char.IsUpper(row.Cells.First(c => c.Text.Length > 0).Text[0])));
    }

    // The PDF plan: detected as PDF text, its footer a page break and artefact, no blank paragraphs, no doubled lines.
    [Fact]
    public void PdfSeedShape()
    {
        var r = ReadSeed(Pdf);
        Assert.Equal(DocumentOrigin.PdfText, r.Origin);
        var footers = r.Blocks.OfType<PageBreakBlock>().ToList();
        Assert.NotEmpty(footers);
        Assert.All(footers, f => Assert.Matches(@"^\d+\s*\(\d+\)$", f.Footer!));
        Assert.Equal(footers.Select(f => f.Source.Line), r.Artefacts.Where(a => a.Kind == "pageFooter").Select(a => a.Source.Line));
        Assert.DoesNotContain(r.Blocks, b => b is ParagraphBlock p && (p.Text.Length == 0 || p.Text != p.Text.Trim()));
        Assert.DoesNotContain(r.Blocks, b => b is TableBlock or HeadingBlock);
        var lines = File.ReadAllLines(Seeds.Path(Pdf));
        var content = lines.Count(l => l.Trim().Length > 0);
        // Every non-blank line is one block: no joining, no splitting.
        Assert.Equal(content, r.Blocks.Count);
        Assert.Contains(r.Blocks, b => b is ListItemBlock);
    }

    // The reform plan: Word text whose budget annexes (Liite) are tables with the plan/actual/forecast/total columns.
    [Fact]
    public void ReformSeedBudgetTables()
    {
        var r = ReadSeed(Reform);
        Assert.Equal(DocumentOrigin.WordText, r.Origin);
        var budgets = r.Blocks.OfType<TableBlock>().Where(t => t.Rows.Any(row => row.Cells[0].Text.StartsWith("Kokonaiskulut", StringComparison.Ordinal))).ToList();
        Assert.Equal(3, budgets.Count);
        Assert.All(budgets, t => Assert.True(t.Rows.Count >= 15));
        Assert.All(budgets, t => Assert.All(t.Rows, row => Assert.Equal(5, row.Cells.Count)));
        Assert.DoesNotContain(r.Blocks, b => b is ListItemBlock l && l.Text.Contains("**"));
        // Nested action lists keep their depth.
        Assert.Contains(r.Blocks, b => b is ListItemBlock { Depth: 1 });
    }

    // Nothing lost: every word of every non-empty source line is in a block or an artefact, as often as in the source.
    [Theory]
    [InlineData(Word)]
    [InlineData(Reform)]
    [InlineData(Pdf)]
    public void NothingLost(string seed)
    {
        var r = ReadSeed(seed);
        var have = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in r.Blocks.SelectMany(BlockTexts).Concat(r.Artefacts.Select(a => a.Text)))
        {
            foreach (var w in Words(text))
            {
                have[w] = have.GetValueOrDefault(w) + 1;
            }
        }
        var need = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in File.ReadAllLines(Seeds.Path(seed)))
        {
            foreach (var w in Words(WebUtility.HtmlDecode(HtmlTag().Replace(line, " "))))
            {
                need[w] = need.GetValueOrDefault(w) + 1;
            }
        }
        var missing = need.Where(kv => have.GetValueOrDefault(kv.Key) < kv.Value).Select(kv => $"{kv.Key}×{kv.Value - have.GetValueOrDefault(kv.Key)}").ToList();
        Assert.True(missing.Count == 0, "lost: " + string.Join(", ", missing.Take(30)));
    }

    private static IEnumerable<string> BlockTexts(Block b) => b switch
    {
        HeadingBlock h => [h.Number ?? "", h.Text],
        ParagraphBlock p => [p.Text],
        ListItemBlock l => [l.Marker ?? "", l.Text],
        TableBlock t => t.Rows.SelectMany(row => row.Cells).Select(c => c.Text),
        PageBreakBlock p => [p.Footer ?? ""],
        _ => [],
    };

    // Words as maximal runs of letters and digits: hyphen joins and punctuation moves cannot hide a loss or fake one.
    private static IEnumerable<string> Words(string text) => WordRun().Matches(text).Select(m => m.Value);

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordRun();

    [GeneratedRegex(@"</?(?:ul|ol|li|p|br|b|strong|i|em|a|span|div)\b[^<>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlTag();
}
