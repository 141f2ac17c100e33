using System.Text.RegularExpressions;
using Hankevahti.Import.Common;
using Hankevahti.Plans;
using Hankevahti.Reading;

namespace Hankevahti.Import.Risks;

/// <summary>
/// Risk tables of PDF text, where each visual line of a cell is its own paragraph and a row comes out as:
/// the risk's lines, one line holding the ratings ("2 4 8 Toteutuksen…", possibly after the risk's name),
/// the mitigation's lines, then the responsible party's lines. The ratings line anchors each row; the text
/// between two of them is split into mitigation sentences, the owner, and the next risk's description.
/// </summary>
public static partial class RiskFragmentReader
{
    private sealed record Line(Block Block, string Text);

    internal static void Read(ImportContext context, BlockScan scan)
    {
        var blocks = scan.Blocks;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is not ParagraphBlock p || context.IsClaimed(p) || !IsHeaderStart(p.Text))
            {
                continue;
            }
            var lines = new List<Line>();
            var j = i;
            for (; j < blocks.Count; j++)
            {
                var b = blocks[j];
                if (BlockScan.IsFooter(b))
                {
                    continue;
                }
                if (b is not (ParagraphBlock or ListItemBlock) || (j > i && scan.IsHeading(b)))
                {
                    break;
                }
                lines.Add(new Line(b, CleanText.OneLine(BlockScan.TextOf(b))));
            }
            if (TryRead(context, lines, atEnd: j >= blocks.Count))
            {
                i = j - 1;
            }
        }
    }

    private static bool IsHeaderStart(string text)
    {
        var k = CleanText.Key(text);
        return k.StartsWith("riskin kuvaus") || k == "riski" || k.StartsWith("riski ") || k.StartsWith("tunnistettu riski");
    }

    private static bool TryRead(ImportContext context, List<Line> lines, bool atEnd)
    {
        // The header runs up to its last column word before the first ratings line.
        var firstRating = lines.FindIndex(l => Ratings().IsMatch(l.Text));
        if (firstRating < 0)
        {
            return false;
        }
        var headerEnd = -1;
        for (var k = 0; k < Math.Min(firstRating, 20); k++)
        {
            if (HeaderWord().IsMatch(CleanText.Key(lines[k].Text)))
            {
                headerEnd = k;
            }
        }
        var header = string.Join(" ", lines.Take(headerEnd + 1).Select(l => CleanText.Key(l.Text)));
        if (!header.Contains("todennäk") && !header.Contains("näköisyys") && !header.Contains("vaikutus"))
        {
            return false;
        }
        var hasOwner = header.Contains("vastuu");
        var anchors = new List<int>();
        for (var k = headerEnd + 1; k < lines.Count; k++)
        {
            if (Ratings().IsMatch(lines[k].Text))
            {
                anchors.Add(k);
            }
        }

        var claimed = new List<Block>(lines.Take(headerEnd + 1).Select(l => l.Block));
        var description = lines.Skip(headerEnd + 1).Take(anchors[0] - headerEnd - 1).ToList();
        for (var a = 0; a < anchors.Count; a++)
        {
            var anchor = lines[anchors[a]];
            var m = Ratings().Match(anchor.Text);
            var next = a + 1 < anchors.Count ? anchors[a + 1] : lines.Count;
            var after = new List<string>();
            if (m.Groups["rest"].Success)
            {
                after.Add(m.Groups["rest"].Value);
            }
            after.AddRange(lines.Skip(anchors[a] + 1).Take(next - anchors[a] - 1).Select(l => l.Text));
            var (mitigation, owner, rest) = Split(after, hasOwner);
            var titleParts = description.Select(l => l.Text).ToList();
            if (m.Groups["pre"].Success)
            {
                titleParts.Add(m.Groups["pre"].Value);
            }
            var title = FragmentText.Join(titleParts);
            var firstBlock = description.Count > 0 ? description[0].Block : anchor.Block;
            var isLast = a + 1 == anchors.Count;
            var restCount = rest.Count;
            var ownLines = lines.Skip(anchors[a] + 1).Take(next - anchors[a] - 1 - Math.Min(restCount, next - anchors[a] - 1)).ToList();
            var lastBlock = ownLines.Count > 0 ? ownLines[^1].Block : anchor.Block;
            context.Plan.Risks.Add(new Risk
            {
                Title = title,
                Likelihood = RiskRatings.Parse(m.Groups["l"].Value),
                Impact = RiskRatings.Parse(m.Groups["i"].Value),
                StatedScore = m.Groups["s"].Success ? RiskRatings.ParseScore(m.Groups["s"].Value) : null,
                Mitigations = mitigation.Length > 0 ? [mitigation] : [],
                Owner = owner,
                Source = firstBlock.Source with { EndLine = lastBlock.Source.Line },
            });
            claimed.AddRange(description.Select(l => l.Block));
            claimed.Add(anchor.Block);
            claimed.AddRange(ownLines.Select(l => l.Block));
            var restLines = lines.Skip(next - restCount).Take(restCount).ToList();
            if (isLast)
            {
                if (restLines.Count > 0)
                {
                    var where = restLines[0].Block.Source;
                    if (atEnd)
                    {
                        context.Notes.Add(new ImportNote
                        {
                            Severity = NoteSeverity.Warning,
                            Message = $"The document ends inside the risk table: the text from line {where.Line} on (\"{Clip(restLines[0].Text)}…\") is part of a row whose other cells are missing; it is kept as section text.",
                            Code = ImportNoteCodes.EndsInTable,
                            Source = where,
                        });
                    }
                    else
                    {
                        context.Warn(ImportNoteCodes.RiskRowIncomplete, $"Risk table text from line {where.Line} on (\"{Clip(restLines[0].Text)}…\") does not complete a row; it is kept as section text.", where);
                    }
                }
                else if (atEnd)
                {
                    context.Warn(ImportNoteCodes.EndsInTable, $"The document ends with the risk table; its last row (line {anchor.Block.Source.Line}) may be incomplete.", anchor.Block.Source);
                }
            }
            description = restLines;
        }
        foreach (var b in claimed)
        {
            context.Claim(b);
        }
        return true;
    }

    /// <summary>
    /// Splits the text after the ratings into mitigation, owner and what follows (the next risk's lines).
    /// Lines group into phrases: a new phrase starts with a capital letter unless the line before ended in a comma
    /// or a hyphen. Leading phrases that end a sentence are the mitigation; the next phrase is the owner.
    /// </summary>
    public static (string Mitigation, string? Owner, List<string> Remainder) Split(List<string> after, bool hasOwner)
    {
        var groups = new List<List<string>>();
        foreach (var line in after)
        {
            if (line.Length == 0)
            {
                continue;
            }
            var prev = groups.Count > 0 ? groups[^1][^1] : null;
            var startsNew = prev is null || (char.IsUpper(line[0]) && !prev.EndsWith(',') && !prev.EndsWith('-') && !prev.EndsWith('–') && !prev.EndsWith('/'));
            if (startsNew)
            {
                groups.Add([line]);
            }
            else
            {
                groups[^1].Add(line);
            }
        }
        var g = 0;
        var mitigation = new List<string>();
        while (g < groups.Count && EndsSentence(groups[g][^1]))
        {
            mitigation.AddRange(groups[g]);
            g++;
        }
        string? owner = null;
        if (hasOwner && g < groups.Count && !EndsSentence(groups[g][^1]))
        {
            owner = FragmentText.Join(groups[g]);
            g++;
        }
        var rest = groups.Skip(g).SelectMany(x => x).ToList();
        return (FragmentText.Join(mitigation), owner, rest);
    }

    private static bool EndsSentence(string line) => line.EndsWith('.') || line.EndsWith('!') || line.EndsWith('?') || line.EndsWith(".)");

    private static string Clip(string text) => text.Length <= 60 ? text : text[..60];

    // Likelihood and impact 1–5 (or a range), an optional score, then the next cell's first words; before them
    // the risk's own name when it fitted on the line.
    [GeneratedRegex(@"^(?:(?<pre>.*?[^\d\s–-])\s+)?(?<l>[1-5](?:\s*[–-]\s*[1-5])?)\s+(?<i>[1-5](?:\s*[–-]\s*[1-5])?)(?:\s+(?<s>\d{1,2}(?:,\d+)?(?:\s*[–-]\s*\d{1,2}(?:,\d+)?)?))?(?:\s+(?<rest>\p{L}.*))?$")]
    private static partial Regex Ratings();

    [GeneratedRegex(@"kuvaus|todennäk|näköisyys|vaikutus|\(1\s*[–-]\s*5\)|pisteet|suuruus|toimenpit|vähentämiseksi|poistamiseksi|pienentämiseksi|varautu|vastuu")]
    private static partial Regex HeaderWord();
}
