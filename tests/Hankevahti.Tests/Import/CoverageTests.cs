using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Hankevahti.Import;
using Hankevahti.Json;
using Hankevahti.Plans;
using Hankevahti.Tests.Support;

namespace Hankevahti.Tests.Import;

/// <summary>
/// Nothing lost: every word of every non-empty line of a real plan must be found in the imported
/// plan (structured fields or section text), or be listed in the coverage report as unplaced or as a
/// layout artefact. This check is independent of the importer's own bookkeeping: it reads the source
/// lines and the plan's JSON, not the claims.
/// </summary>
public partial class CoverageTests
{
    public static TheoryData<string> AllSeeds => new(Seeds.All);

    [Theory]
    [MemberData(nameof(AllSeeds))]
    public void Every_source_word_is_in_the_plan_or_reported(string seed)
    {
        var plan = SeedImports.Plan(seed);
        var info = plan.Import!;
        var haystack = Haystack(plan);
        var reported = Haystack(info.Unplaced.Concat(info.Artefacts).Select(u => u.Text));

        var total = 0;
        var missing = new List<string>();
        var lines = Seeds.Lines(seed);
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (var word in Words(lines[i]))
            {
                total++;
                if (!haystack.Contains(word, StringComparison.Ordinal) && !reported.Contains(word, StringComparison.Ordinal))
                {
                    missing.Add($"line {i + 1}: {word}");
                }
            }
        }

        Assert.True(total > 1000, $"{seed}: only {total} words read; the seed is not the real plan");
        var share = 100.0 * missing.Count / total;
        Assert.True(missing.Count == 0 || share <= 0.5,
            $"{seed}: {missing.Count} of {total} words ({share:0.00} %) are neither in the plan nor reported: {string.Join("; ", missing.Take(30))}");
    }

    [Theory]
    [MemberData(nameof(AllSeeds))]
    public void Report_places_at_least_99_5_percent_and_counts_add_up(string seed)
    {
        var info = SeedImports.Plan(seed).Import!;

        Assert.Equal(info.TotalWords, info.StructuredWords + info.TextWords + info.UnplacedWords + info.ArtefactWords);
        Assert.True(info.UnplacedWords <= (info.TotalWords - info.ArtefactWords) * 0.005,
            $"{seed}: {info.UnplacedWords} unplaced words of {info.TotalWords}");
        Assert.True(CoverageFigures.PlacedPercent(info) >= 99.5m);
        Assert.Equal(seed, info.File);
        // Every listed piece of text points back to where it stood.
        Assert.All(info.Unplaced.Concat(info.Artefacts), u => Assert.NotNull(u.Source?.Line));
    }

    [Theory]
    [MemberData(nameof(AllSeeds))]
    public void Imported_plan_round_trips_through_canonical_json(string seed)
    {
        var plan = SeedImports.Plan(seed);
        var json = PlanJson.Serialize(plan);

        var back = PlanJson.Deserialize(json, seed);

        Assert.Null(back.Error);
        Assert.Equal(json, PlanJson.Serialize(back.Plan!));
    }

    /// <summary>Every string and number of the plan, lower-cased, in one text to search in.</summary>
    private static string Haystack(Plan plan)
    {
        using var doc = JsonDocument.Parse(PlanJson.Serialize(plan));
        var sb = new StringBuilder();
        Collect(doc.RootElement, sb);
        return sb.ToString();
    }

    private static string Haystack(IEnumerable<string> texts) => string.Join("\n", texts.Select(Normalise));

    private static void Collect(JsonElement e, StringBuilder sb)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var p in e.EnumerateObject())
                {
                    Collect(p.Value, sb);
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in e.EnumerateArray())
                {
                    Collect(item, sb);
                }
                break;
            case JsonValueKind.String:
                sb.Append(Normalise(e.GetString()!)).Append('\n');
                break;
            case JsonValueKind.Number:
                // Amounts are stored as numbers: "1 126 927" and "996,89" in the source, 1126927 and 996.89 here;
                // shares as fractions: "20 %" in the source, 0.2 here.
                var d = e.GetDecimal();
                sb.Append(d.ToString(CultureInfo.InvariantCulture)).Append('\n');
                sb.Append(d.ToString(CultureInfo.InvariantCulture).Replace('.', ',')).Append('\n');
                sb.Append((d * 100).ToString("0.##", CultureInfo.InvariantCulture)).Append('\n');
                break;
        }
    }

    private static string Normalise(string text) =>
        text.ToLowerInvariant().Replace("\u00AD", "");

    /// <summary>The words of a source line with the export's markup taken away: HTML tags, entities, ** and # markers, link targets.</summary>
    internal static IEnumerable<string> Words(string line)
    {
        var text = Tag().Replace(line, " ");
        text = System.Net.WebUtility.HtmlDecode(text);
        text = LinkTarget().Replace(text, "]");
        foreach (Match m in Word().Matches(text.ToLowerInvariant()))
        {
            yield return m.Value;
        }
    }

    [GeneratedRegex(@"<[^>]{0,200}>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\]\([^)]*\)")]
    private static partial Regex LinkTarget();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
