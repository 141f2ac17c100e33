using System.Text.RegularExpressions;
using Hankevahti.Import.Blocks;
using Hankevahti.Import.Common;
using Hankevahti.Plans;
using Hankevahti.Reading;
using Hankevahti.Vocabulary;

namespace Hankevahti.Import.Risks;

/// <summary>
/// Risks written as labelled records (<see cref="LabelledRecords"/>) in prose, bullets, PDF lines or
/// two-column tables. A record opened by a risk label ("Riski: …", "Riski 2: …") is a risk wherever it stands.
/// A record with a bare title line is a risk only inside a section whose heading names risks, and only when it
/// says something a risk has (a rating, consequence, score or preparation); a bare "Kuvaus:" describes anything.
/// </summary>
internal static partial class RiskRecordReader
{
    public static void Read(ImportContext context, BlockScan scan)
    {
        var options = new LabelledRecords.Options(RiskWords.Labels, RiskWords.Title, context.IsPdfText,
            b => scan.IsHeading(b) || context.IsClaimed(b));
        var blocks = scan.Blocks;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block is TableBlock table)
            {
                ReadTable(context, scan, table, options);
                continue;
            }
            if (LabelledRecords.ReadAt(blocks, i, options) is not { } found)
            {
                continue;
            }
            var (record, end) = found;
            if (!IsRisk(record, InRiskSection(scan, block)))
            {
                continue;
            }
            context.Plan.Risks.Add(ToRisk(record));
            foreach (var b in record.Blocks)
            {
                context.Claim(b);
            }
            i = end - 1;
        }
    }

    private static void ReadTable(ImportContext context, BlockScan scan, TableBlock table, LabelledRecords.Options options)
    {
        if (context.IsClaimed(table))
        {
            return;
        }
        var inSection = InRiskSection(scan, table);
        foreach (var record in LabelledRecords.FromTable(table, options))
        {
            if (record.Rows.Any(r => context.IsClaimed(table, r)) || !IsRisk(record, inSection))
            {
                continue;
            }
            context.Plan.Risks.Add(ToRisk(record));
            foreach (var r in record.Rows)
            {
                context.ClaimRow(table, r);
            }
        }
    }

    private static bool IsRisk(LabelledRecord record, bool inRiskSection)
    {
        if (string.IsNullOrWhiteSpace(record.Title) && !record.Has(RiskWords.Description))
        {
            return false;
        }
        if (record.TitleLabelled)
        {
            return true;
        }
        return inRiskSection && record.Fields.Any(f => RiskWords.IsRiskDetail(f.Role) && f.Value.Length > 0);
    }

    /// <summary>True when the block stands in a section, or under one, whose heading names risks.</summary>
    public static bool InRiskSection(BlockScan scan, Block block)
    {
        for (var s = scan.SectionOf(block); s is not null; s = s.Parent)
        {
            if (s.Kind == SectionKinds.Risks)
            {
                return true;
            }
        }
        return false;
    }

    private static Risk ToRisk(LabelledRecord record)
    {
        var title = record.Title ?? "";
        var code = record.Code;
        if (code is null && LeadingCode().Match(title) is { Success: true } m)
        {
            code = m.Groups["code"].Value;
            title = m.Groups["rest"].Value;
        }
        var description = record.Value(RiskWords.Description);
        if (title.Length == 0 && description is not null)
        {
            // A table record without a title row: the description names the risk.
            (title, description) = (description, null);
        }
        var mitigations = record.Fields.Where(f => f.Role == RiskWords.Mitigation && f.Value.Length > 0).Select(f => f.Value).ToList();
        return new Risk
        {
            Code = code,
            Title = title,
            Description = description,
            Consequence = record.Value(RiskWords.Consequence),
            Likelihood = RiskRatings.Parse(record.Value(RiskWords.Likelihood)),
            Impact = RiskRatings.Parse(record.Value(RiskWords.Impact)),
            StatedScore = RiskRatings.ParseScore(record.Value(RiskWords.Score)),
            Mitigations = mitigations.Count > 0 ? [string.Join(" ", mitigations)] : [],
            Owner = record.Value(RiskWords.Owner),
            Source = record.Source,
        };
    }

    // "1. Henkilöstö vaihtuu", "R2 Rahoitus viivästyy": the number before a bare title is the risk's code.
    [GeneratedRegex(@"^(?<code>R?\d{1,2})[.)]?\s+(?<rest>\p{L}.*)$")]
    private static partial Regex LeadingCode();
}
