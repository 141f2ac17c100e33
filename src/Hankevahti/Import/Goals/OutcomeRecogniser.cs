using System.Text.RegularExpressions;
using Hankevahti.Import.Common;
using Hankevahti.Plans;
using Hankevahti.Reading;

namespace Hankevahti.Import.Goals;

/// <summary>
/// Outputs, results and impacts: the numbered items and list items of the "Tuotokset / Tulokset /
/// Vaikutukset" sections (under a work package heading they belong to that package), the paragraphs
/// "Työpaketin 1.1 tuotokset: …" / "… vaikutukset: …" that RRF plans put after each work package, and the
/// wide impact column of an RRF "Pilari | Investointi | Päätavoite | Vaikutukset" table in PDF text.
/// </summary>
public sealed partial class OutcomeRecogniser : IRecogniser
{
    public void Run(ImportContext context)
    {
        var pdf = context.IsPdfText;
        foreach (var section in context.Sections.ToList())
        {
            var kind = KindOf(section.Title);
            if (section.Kind is SectionKinds.Outputs or SectionKinds.Results or SectionKinds.Impacts or SectionKinds.Outcomes && kind is not null || InOutcomeSection(section))
            {
                ReadItems(context, section, KindOf(section.Title) ?? InheritedKind(section));
            }
            ReadWorkPackageLines(context, section, pdf);
            ReadImpactTable(context, section);
        }
    }

    private static bool InOutcomeSection(SectionNode s) =>
        s.Kind is SectionKinds.WorkPackage && s.Parent is { } p && p.Kind is SectionKinds.Outputs or SectionKinds.Results or SectionKinds.Impacts or SectionKinds.Outcomes && KindOf(p.Title) is not null;

    private static OutcomeKind? InheritedKind(SectionNode s) => s.Parent is null ? null : KindOf(s.Parent.Title) ?? InheritedKind(s.Parent);

    /// <summary>The kind a heading or label names; null for a heading naming several ("Tuotokset, tulokset ja vaikutukset").</summary>
    public static OutcomeKind? KindOf(string title)
    {
        var t = CleanText.Key(title);
        var kinds = new List<OutcomeKind>();
        if (t.Contains("tuotos") || t.Contains("tuotokse"))
        {
            kinds.Add(OutcomeKind.Output);
        }
        if (Regex.IsMatch(t, @"\btulo(s|kse)"))
        {
            kinds.Add(OutcomeKind.Result);
        }
        if (t.Contains("vaikutu") || t.Contains("vaikuttavuu"))
        {
            kinds.Add(OutcomeKind.Impact);
        }
        return kinds.Count == 1 ? kinds[0] : null;
    }

    /// <summary>Numbered items ("1. Title", "2. **Title:** text") with the blocks under them, and free list items.</summary>
    private static void ReadItems(ImportContext context, SectionNode section, OutcomeKind? sectionKind)
    {
        var code = GoalBlocks.WorkCode(section);
        var kind = sectionKind;
        var blocks = section.Blocks;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (context.IsClaimed(block))
            {
                continue;
            }
            var item = GoalBlocks.ListItemText(block);
            if (item is not null)
            {
                if (kind is not null && item.Length > 0)
                {
                    Add(context, kind.Value, item.TrimEnd(',', ';'), null, code, block.Source);
                    context.Claim(block);
                }
                continue;
            }
            if (GoalBlocks.ParagraphText(block) is not { } text)
            {
                continue;
            }
            if (GoalBlocks.IsLabel(text) && text.EndsWith(':'))
            {
                kind = KindOf(text) ?? kind;
                continue;
            }
            var m = Numbered().Match(text);
            if (!m.Success || kind is null)
            {
                continue;
            }
            var head = m.Groups["rest"].Value.Trim();
            string title = head, first = "";
            var bold = BoldTitle().Match(blocks[i] is ParagraphBlock p ? p.Text.Trim() : "");
            if (bold.Success)
            {
                title = GoalBlocks.Clean(bold.Groups["title"].Value).TrimEnd(':').Trim();
                first = GoalBlocks.Clean(bold.Groups["rest"].Value);
            }
            var parts = new List<string>();
            if (first.Length > 0)
            {
                parts.Add(first);
            }
            var taken = new List<Block> { block };
            for (var j = i + 1; j < blocks.Count; j++)
            {
                var b = blocks[j];
                if (context.IsClaimed(b) || b is not (ParagraphBlock or ListItemBlock))
                {
                    break;
                }
                var li = GoalBlocks.ListItemText(b);
                var t = li is null ? GoalBlocks.ParagraphText(b) ?? "" : "- " + li;
                if (li is null && (Numbered().IsMatch(t) || GoalBlocks.IsLabel(t) && t.EndsWith(':') && KindOf(t) is not null))
                {
                    break;
                }
                parts.Add(t);
                taken.Add(b);
            }
            Add(context, kind.Value, title.TrimEnd(':'), parts.Count == 0 ? null : string.Join("\n", parts), code, block.Source);
            taken.ForEach(context.Claim);
            i += taken.Count - 1;
        }
    }

    /// <summary>"Työpaketin 1.1 tuotokset: …", "Työpaketin 3.2 vaikutukset:" and the lines that continue it in PDF text.</summary>
    private static void ReadWorkPackageLines(ImportContext context, SectionNode section, bool pdf)
    {
        var blocks = section.Blocks;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (context.IsClaimed(blocks[i]) || GoalBlocks.ParagraphText(blocks[i]) is not { } text)
            {
                continue;
            }
            var m = PackageLine().Match(text);
            if (!m.Success || KindOf(m.Groups["word"].Value) is not { } kind)
            {
                continue;
            }
            var lines = new List<Block> { blocks[i] };
            if (pdf)
            {
                var full = blocks.OfType<ParagraphBlock>().Select(b => b.Text.TrimEnd().Length).DefaultIfEmpty(0).Max();
                for (var j = i + 1; j < blocks.Count && blocks[j] is ParagraphBlock next && !context.IsClaimed(next); j++)
                {
                    var prev = ((ParagraphBlock)lines[^1]).Text.TrimEnd();
                    var nt = GoalBlocks.Clean(next.Text);
                    if (lines.Count > 1 && prev.EndsWith(':') || nt.Length == 0 || PackageLine().IsMatch(nt) || nt.StartsWith("Työpaket", StringComparison.Ordinal) || PdfTableText.IsPageFooter(nt)
                        || prev.Length > 0 && prev[^1] is '.' && prev.Length < 0.8 * full)
                    {
                        break;
                    }
                    lines.Add(next);
                }
            }
            var rest = GoalBlocks.JoinLines(lines.Select(l => ((ParagraphBlock)l).Text));
            rest = PackageLine().Match(rest).Groups["rest"].Value.Trim();
            if (rest.Length == 0)
            {
                continue;
            }
            var (title, body) = FirstSentence(rest);
            var code = m.Groups["code"].Value.TrimEnd('.');
            var sectionCode = GoalBlocks.WorkCode(section);
            if (sectionCode is not null && code != sectionCode)
            {
                // "Työpaketin 1 tuotokset" under work package 4.1: the heading is the more reliable of the two.
                context.Info(ImportNoteCodes.OutcomePartFromHeading, $"\"Työpaketin {code}\" stands under work package {sectionCode}; taken as {sectionCode}.", blocks[i].Source);
                code = sectionCode;
            }
            Add(context, kind, title, body, code, blocks[i].Source);
            lines.ForEach(context.Claim);
            i += lines.Count - 1;
        }
    }

    /// <summary>
    /// "Pilari | Investointi | Päätavoite | Vaikutukset ja vaikuttavuus" in PDF text: the impact column is the
    /// wide one, so its lines are the long ones of each row; the narrow columns stay as section text.
    /// </summary>
    private static void ReadImpactTable(ImportContext context, SectionNode section)
    {
        var blocks = section.Blocks;
        var header = blocks.FindIndex(b => b is ParagraphBlock p && ImpactHeader().IsMatch(CleanText.Key(p.Text)));
        if (header < 0)
        {
            return;
        }
        var lines = new List<ParagraphBlock>();
        for (var i = header + 1; i < blocks.Count && blocks[i] is ParagraphBlock or PageBreakBlock; i++)
        {
            if (blocks[i] is ParagraphBlock p && !PdfTableText.IsPageFooter(p.Text) && p.Text.Trim().Length > 0)
            {
                lines.Add(p);
            }
        }
        if (lines.Count == 0)
        {
            return;
        }
        var widest = lines.Max(l => l.Text.Trim().Length);
        var current = new List<ParagraphBlock>();
        void Flush()
        {
            if (current.Count > 0)
            {
                var text = GoalBlocks.JoinLines(current.Select(c => c.Text));
                var (title, body) = FirstSentence(text);
                Add(context, OutcomeKind.Impact, title, body, null, current[0].Source);
                current.ForEach(context.Claim);
                current = [];
            }
        }
        foreach (var line in lines)
        {
            var t = line.Text.Trim();
            var continues = current.Count > 0 && t.Length > 0 && char.IsLower(t[0]);
            if (!continues && (RowStart().IsMatch(t) || t.Length <= 0.6 * widest))
            {
                // A narrow line belongs to the other columns; it does not end an impact that goes on below it.
                if (RowStart().IsMatch(t))
                {
                    Flush();
                }
                continue;
            }
            current.Add(line);
            if (t.EndsWith('.'))
            {
                Flush();
            }
        }
        Flush();
        context.Info(ImportNoteCodes.UncertainPdfColumns, "The impact table was read from PDF text by column width: the impact column's lines became impacts; pillar, investment and main goal stayed as text.", blocks[header].Source);
    }

    private static (string Title, string? Body) FirstSentence(string text)
    {
        var m = SentenceEnd().Match(text);
        if (!m.Success || m.Index + m.Length >= text.Length)
        {
            return (text, null);
        }
        return (text[..(m.Index + 1)].Trim(), text[(m.Index + m.Length)..].Trim());
    }

    private static void Add(ImportContext context, OutcomeKind kind, string title, string? text, string? code, SourceRef? source) =>
        context.Plan.Outcomes.Add(new Outcome
        {
            Kind = kind,
            Title = title,
            Text = text,
            PartCodes = code is null ? [] : [code],
            Source = source,
        });

    [GeneratedRegex(@"^(?<n>\d{1,2})\.\s+(?<rest>\S.*)$")]
    private static partial Regex Numbered();

    [GeneratedRegex(@"^\d{1,2}\.\s+\*\*(?<title>[^*]+)\*\*\s*(?<rest>.*)$")]
    private static partial Regex BoldTitle();

    [GeneratedRegex(@"^Työpaketin\s+(?<code>\d+(\.\d+)*[A-Z]?\.?)\s+(?<word>tuotokset|tulokset|vaikutukset|vaikuttavuus)\s*:\s*(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex PackageLine();

    [GeneratedRegex(@"^pilari\s+investointi\s+(pää)?tavoite\s+vaikutuk")]
    private static partial Regex ImpactHeader();

    [GeneratedRegex(@"^Pilari\s+\d")]
    private static partial Regex RowStart();

    [GeneratedRegex(@"[.!?]\s+(?=\p{Lu})")]
    private static partial Regex SentenceEnd();
}
