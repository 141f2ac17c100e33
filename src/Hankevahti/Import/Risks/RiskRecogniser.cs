using Hankevahti.Import.Blocks;
using Hankevahti.Import.Common;
using Hankevahti.Plans;
using Hankevahti.Reading;
using Hankevahti.Vocabulary;

namespace Hankevahti.Import.Risks;

/// <summary>
/// Risks from tables (Word rows or PDF cell fragments) and from labelled records. Tables are found by their
/// header's words anywhere in the document, since a text export may have lost the heading above them.
/// What still looks like risks afterwards (risk labels left in the text) is reported, not guessed at.
/// </summary>
public sealed class RiskRecogniser : IRecogniser
{
    public void Run(ImportContext context)
    {
        var scan = context.Scan;
        var before = context.Plan.Risks.Count;
        RiskTableReader.Read(context, scan);
        RiskRecordReader.Read(context, scan);
        RiskFragmentReader.Read(context, scan);
        ReportLeftLabels(context, scan);
        ReportWordsOffScale(context, context.Plan.Risks.Skip(before));
    }

    /// <summary>
    /// A section whose unread text still holds labelled lines of two kinds a risk has ("Todennäköisyys:",
    /// "Varautuminen:") holds risks the readers could not take apart with certainty; the text stays and the
    /// user is told where.
    /// </summary>
    private static void ReportLeftLabels(ImportContext context, BlockScan scan)
    {
        var roles = new Dictionary<object, (HashSet<string> Roles, SourceRef Source)>(ReferenceEqualityComparer.Instance);
        foreach (var block in scan.Blocks)
        {
            if (block is not (ParagraphBlock or ListItemBlock) || context.IsClaimed(block) || scan.IsHeading(block))
            {
                continue;
            }
            if (LabelledLine.Parse(BlockScan.TextOf(block), RiskWords.Labels) is not { } line || !RiskWords.IsRiskDetail(line.Role))
            {
                continue;
            }
            object key = scan.SectionOf(block) ?? (object)context.Root;
            if (!roles.TryGetValue(key, out var seen))
            {
                seen = ([], block.Source);
                roles[key] = seen;
            }
            seen.Roles.Add(line.Role);
        }
        foreach (var (key, (found, source)) in roles)
        {
            if (found.Count < 2)
            {
                continue;
            }
            var where = key is SectionNode s && s.Title.Length > 0 ? $" in section \"{s}\"" : "";
            context.Notes.Add(new ImportNote
            {
                Severity = NoteSeverity.Warning,
                Code = ImportNoteCodes.RisksNotRead,
                Message = $"The text{where} from line {source.Line} on has risk labels ({string.Join(", ", found.Order())}) that could not be read as risks with certainty; it is kept as section text.",
                Source = source,
            });
        }
    }

    /// <summary>Rating words the vocabulary does not place on the scale stay as written; one note lists them.</summary>
    private static void ReportWordsOffScale(ImportContext context, IEnumerable<Risk> risks)
    {
        var off = new List<(string Word, SourceRef? Source)>();
        foreach (var r in risks)
        {
            foreach (var rating in new[] { r.Likelihood, r.Impact })
            {
                if (rating is { Min: null, Text: { Length: > 0 } text })
                {
                    off.Add((text, r.Source));
                }
            }
        }
        if (off.Count == 0)
        {
            return;
        }
        var words = string.Join(", ", off.Select(o => $"\"{o.Word}\"").Distinct());
        context.Notes.Add(new ImportNote
        {
            Severity = NoteSeverity.Info,
            Code = ImportNoteCodes.RatingWordsOffScale,
            Message = $"Risk ratings in words that are not on the 1–5 scale are kept as written, without a number: {words}.",
            Source = off[0].Source,
        });
    }
}
