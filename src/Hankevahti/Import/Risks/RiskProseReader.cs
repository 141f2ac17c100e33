using System.Text.RegularExpressions;
using Hankevahti.Import.Common;
using Hankevahti.Plans;
using Hankevahti.Reading;

namespace Hankevahti.Import.Risks;

/// <summary>
/// Risks written as records: a "Riski: …" paragraph followed by labelled items ("Kuvaus:", "Todennäköisyys:",
/// "Vaikutus:", "Varautuminen:", "Vastuu:"). A lower-case paragraph after an item goes on with it (a page break
/// in the middle of a sentence).
/// </summary>
internal static partial class RiskProseReader
{
    public static void Read(ImportContext context, BlockScan scan)
    {
        var blocks = scan.Blocks;
        for (var i = 0; i < blocks.Count; i++)
        {
            var text = BlockScan.TextOf(blocks[i]);
            if (text is null || blocks[i] is HeadingBlock || context.IsClaimed(blocks[i]))
            {
                continue;
            }
            var m = RiskLine().Match(CleanText.OneLine(text));
            if (!m.Success)
            {
                continue;
            }
            var fields = new Dictionary<string, string>();
            var used = new List<Block>();
            string? last = null;
            var j = i + 1;
            for (; j < blocks.Count; j++)
            {
                var b = blocks[j];
                if (BlockScan.IsFooter(b))
                {
                    continue;
                }
                var t = BlockScan.TextOf(b);
                if (t is null || scan.IsHeading(b))
                {
                    break;
                }
                var plain = CleanText.OneLine(t);
                var label = Label().Match(plain);
                var field = label.Success ? FieldOf(label.Groups["label"].Value) : null;
                if (field is not null)
                {
                    fields[field] = fields.TryGetValue(field, out var prev) ? $"{prev} {label.Groups["value"].Value.Trim()}" : label.Groups["value"].Value.Trim();
                    last = field;
                    used.Add(b);
                }
                else if (last is not null && plain.Length > 0 && char.IsLower(plain[0]))
                {
                    fields[last] = $"{fields[last]} {plain}";
                    used.Add(b);
                }
                else
                {
                    break;
                }
            }
            if (fields.Count == 0)
            {
                continue;
            }
            var end = used[^1].Source;
            context.Plan.Risks.Add(new Risk
            {
                Code = m.Groups["code"].Success ? m.Groups["code"].Value : null,
                Title = m.Groups["title"].Value.Trim(),
                Description = fields.GetValueOrDefault("description"),
                Consequence = fields.GetValueOrDefault("consequence"),
                Likelihood = RiskRatings.Parse(fields.GetValueOrDefault("likelihood")),
                Impact = RiskRatings.Parse(fields.GetValueOrDefault("impact")),
                StatedScore = RiskRatings.Parse(fields.GetValueOrDefault("score")),
                Mitigations = fields.TryGetValue("mitigation", out var mit) ? [mit] : [],
                Owner = fields.GetValueOrDefault("owner"),
                Source = blocks[i].Source with { EndLine = end.Line ?? end.EndLine },
            });
            context.Claim(blocks[i]);
            foreach (var b in used)
            {
                context.Claim(b);
            }
            i = j - 1;
        }
    }

    private static string? FieldOf(string label) => CleanText.Key(label) switch
    {
        "kuvaus" or "riskin kuvaus" => "description",
        "todennäköisyys" => "likelihood",
        "vaikutus" or "vaikutukset" or "vaikuttavuus" => "impact",
        "seuraus" or "seuraukset" or "seuraus, mikäli riski toteutuu" => "consequence",
        "riskin suuruus" or "riskipisteet" or "merkittävyys" => "score",
        "varautuminen" or "toimenpiteet" or "hallintakeinot" or "hallinta" or "riskienhallinta" => "mitigation",
        "vastuu" or "vastuuhenkilö" or "vastuutaho" or "omistaja" => "owner",
        _ => null,
    };

    [GeneratedRegex(@"^Riski(\s+(?<code>\d{1,2}))?\s*[:.]\s*(?<title>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex RiskLine();

    [GeneratedRegex(@"^([-*•]\s*)?(?<label>[\p{L} ,]{3,40}?)\s*:\s*(?<value>.*)$")]
    private static partial Regex Label();
}
