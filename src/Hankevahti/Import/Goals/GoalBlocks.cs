using System.Text.RegularExpressions;
using Hankevahti.Import.Common;
using Hankevahti.Plans;
using Hankevahti.Reading;

namespace Hankevahti.Import.Goals;

/// <summary>Block helpers the goal, indicator, outcome and target-group recognisers share.</summary>
internal static partial class GoalBlocks
{
    /// <summary>
    /// The text of a list item, whether the reader made a list item of it or left a "- …" / "• …"
    /// paragraph (the first reader stage does); null for anything else.
    /// </summary>
    public static string? ListItemText(Block block) => block switch
    {
        ListItemBlock l => Clean(l.Text),
        ParagraphBlock p when Bullet().Match(p.Text.TrimStart()) is { Success: true } m => Clean(p.Text.TrimStart()[m.Length..]),
        _ => null,
    };

    /// <summary>Paragraph text with emphasis, links and simple HTML removed.</summary>
    public static string Clean(string text) => CleanText.Inline(text);

    public static string? ParagraphText(Block block) => block is ParagraphBlock p ? Clean(p.Text) : null;

    /// <summary>A line such as "1.1 Monimuotoisuusohjelman …" or "2.3. Osaamisen …": the code of an action or work package.</summary>
    public static string? CodeLine(string text)
    {
        var m = CodeLinePattern().Match(text);
        if (!m.Success || CleanText.CountWords(text) > 16 || text.TrimEnd().EndsWith('.') && CleanText.CountWords(text) > 12)
        {
            return null;
        }
        return m.Groups["code"].Value;
    }

    /// <summary>True for a short label line that introduces the blocks after it ("Tavoite", "Mittarit:").</summary>
    public static bool IsLabel(string text) =>
        CleanText.CountWords(text) <= 6 && !text.TrimEnd().EndsWith('.') && text.Length > 0 && char.IsUpper(text.TrimStart()[0]);

    /// <summary>The work code a section stands for: its number when it is a work package or part, else the nearest such ancestor's.</summary>
    public static string? WorkCode(SectionNode? node)
    {
        for (var n = node; n is not null; n = n.Parent)
        {
            if (n.Number is not null && n.Kind is SectionKinds.WorkPackage or SectionKinds.Part or SectionKinds.Investment or SectionKinds.Pillar)
            {
                return n.Number;
            }
        }
        return null;
    }

    /// <summary>
    /// PDF text has one block per visual line. A paragraph ends at a line that finishes a sentence
    /// and is clearly shorter than the full lines around it (the last line of a paragraph is short).
    /// </summary>
    public static List<List<ParagraphBlock>> PdfParagraphs(IReadOnlyList<ParagraphBlock> lines)
    {
        var full = lines.Count == 0 ? 0 : lines.Max(l => l.Text.TrimEnd().Length);
        var result = new List<List<ParagraphBlock>>();
        var current = new List<ParagraphBlock>();
        foreach (var line in lines)
        {
            current.Add(line);
            var t = line.Text.TrimEnd();
            if (t.Length > 0 && t[^1] is '.' or '!' or '?' or ':' && t.Length < 0.8 * full)
            {
                result.Add(current);
                current = [];
            }
        }
        if (current.Count > 0)
        {
            result.Add(current);
        }
        return result;
    }

    /// <summary>Joins PDF lines into one text, keeping words split by a hyphen at the line end together.</summary>
    public static string JoinLines(IEnumerable<string> lines) => PdfLines.Join(lines.Select(Clean));

    /// <summary>The work part with the code, created as a top-level work package when the work structure lacks it.</summary>
    public static WorkPart EnsurePart(ImportContext context, string code, string? title, SourceRef? source)
    {
        var part = WorkLookup.FindPart(context.Plan, code);
        if (part is not null)
        {
            return part;
        }
        part = new WorkPart { Code = code, Kind = WorkPartKind.WorkPackage, KindLabel = "Työpaketti", Title = title ?? "", Source = source };
        context.Plan.Work.Add(part);
        return part;
    }

    /// <summary>"mielenterveys-" + "ja päihde…": the hyphen stands for a shared word ending, so the space stays.</summary>
    public static string NextGoalId(Plan plan) => $"goal-{plan.Goals.Count + 1}";

    public static string NextIndicatorId(Plan plan) => $"ind-{plan.Indicators.Count + 1}";

    /// <summary>The title of a keyword heading without its keyword and code ("Työpaketti 1.1: Perustason …" → "Perustason …").</summary>
    public static string TitleWithoutCode(SectionNode node)
    {
        var t = CleanText.Squeeze(CleanText.StripEmphasis(node.Title));
        var m = KeywordTitle().Match(t);
        return m.Success ? m.Groups["rest"].Value.Trim() : t;
    }

    [GeneratedRegex(@"^([-•*–▪●○]\s+|[-•▪●]\s*(?=\p{L}))")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^(?<code>\d{1,2}(\.\d{1,2}){1,2}[A-Z]?)\.?\s+\p{Lu}")]
    private static partial Regex CodeLinePattern();

    [GeneratedRegex(@"^\p{L}+\s+\d+(\.\d+)?[A-Z]?\s*[:.–-]?\s*(?<rest>.*)$")]
    private static partial Regex KeywordTitle();
}
