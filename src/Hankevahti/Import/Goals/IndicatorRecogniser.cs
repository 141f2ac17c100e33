using System.Text.RegularExpressions;
using Hankevahti.Import.Common;
using Hankevahti.Plans;
using Hankevahti.Reading;

namespace Hankevahti.Import.Goals;

/// <summary>
/// Indicators from lists and tables. Lists count when they stand under an action or work-package code
/// ("1.1 …") in a monitoring section or after a label such as "Mittarit" / "Indikaattorit"; each item is an
/// indicator of that code, a trailing "(…)" being how it is measured. Tables whose columns are years
/// ("2025", "2026 H1") give yearly targets, with baseline, source, method, frequency and responsible
/// columns where the header names them.
/// </summary>
public sealed partial class IndicatorRecogniser : IRecogniser
{
    public void Run(ImportContext context)
    {
        foreach (var section in context.Root.Children)
        {
            Walk(context, section, inherited: false, code: null);
        }
        foreach (var section in context.Sections)
        {
            // A cost or resource table has year columns too, but its rows are euros and people, not indicators.
            if (InMoneySection(section))
            {
                continue;
            }
            foreach (var table in section.Blocks.OfType<TableBlock>())
            {
                if (!context.IsClaimed(table))
                {
                    ReadTargetTable(context, section, table);
                }
            }
        }
    }

    private static void Walk(ImportContext context, SectionNode node, bool inherited, string? code)
    {
        var monitoring = inherited || node.Kind == SectionKinds.Monitoring || IndicatorCue().IsMatch(CleanText.Key(node.Title));
        if (node.Number is not null && node.Kind is SectionKinds.WorkPackage or SectionKinds.Part)
        {
            code = node.Number;
        }
        var cue = IndicatorCue().IsMatch(CleanText.Key(node.Title));
        // A list counts under a code line met in this section ("1.1 …"), or after an indicator label.
        string? localCode = null;
        foreach (var block in node.Blocks)
        {
            if (context.IsClaimed(block))
            {
                continue;
            }
            var item = GoalBlocks.ListItemText(block);
            if (item is not null)
            {
                var itemCode = localCode ?? (cue ? code : null);
                if (item.Length > 0 && (cue || monitoring) && itemCode is not null)
                {
                    AddFromItem(context, item, itemCode, block.Source);
                    context.Claim(block);
                }
                continue;
            }
            var text = GoalBlocks.ParagraphText(block);
            if (text is null)
            {
                continue;
            }
            if (GoalBlocks.CodeLine(text) is { } lineCode)
            {
                localCode = lineCode;
            }
            else if (GoalBlocks.IsLabel(text))
            {
                // Only a short label ("Mittarit:", "Työpaketin mittarit") opens an indicator list; a sentence
                // that merely mentions "mittaristo" introduces something else.
                cue = IndicatorCue().IsMatch(CleanText.Key(text));
            }
            else if (text.EndsWith(':'))
            {
                cue = false;
            }
        }
        foreach (var child in node.Children)
        {
            Walk(context, child, monitoring, code);
        }
    }

    private static void AddFromItem(ImportContext context, string item, string code, SourceRef? source)
    {
        var name = item.TrimEnd('.', ',', ';', ' ');
        string? method = null;
        var m = TrailingParen().Match(name);
        if (m.Success && m.Index > 0)
        {
            method = m.Groups["inner"].Value.Trim();
            name = name[..m.Index].TrimEnd();
        }
        var kind = IndicatorText.Classify(item);
        context.Plan.Indicators.Add(new Indicator
        {
            Id = GoalBlocks.NextIndicatorId(context.Plan),
            Name = name,
            Kind = kind,
            Unit = IndicatorText.Unit(kind, item),
            Method = method,
            WorkCodes = [code],
            Source = source,
        });
    }

    /// <summary>A table with year columns: one indicator per row that has a value under a year.</summary>
    private static void ReadTargetTable(ImportContext context, SectionNode section, TableBlock table)
    {
        var headerIndex = -1;
        var years = new Dictionary<int, (int? Year, string? Period)>();
        for (var r = 0; r < Math.Min(3, table.Rows.Count) && headerIndex < 0; r++)
        {
            years.Clear();
            var cells = table.Rows[r].Cells;
            for (var c = 0; c < cells.Count; c++)
            {
                if (IndicatorText.TryYearColumn(cells[c].Text, out var y, out var p))
                {
                    years[c] = (y, p);
                }
            }
            if (years.Count >= 2)
            {
                headerIndex = r;
            }
        }
        if (headerIndex < 0)
        {
            return;
        }
        var header = table.Rows[headerIndex].Cells.Select(c => CleanText.Key(c.Text)).ToList();
        if (IsPastStatistics(context, section, header, years))
        {
            // Counts of patients or visits in the years before the project describe the need; taken as targets
            // they would be wrong facts, and checks would compare them as targets.
            context.Notes.Add(new ImportNote
            {
                Severity = NoteSeverity.Info,
                Code = ImportNoteCodes.PastStatistics,
                Message = $"{context.File}: a table of yearly figures in \"{section.Title}\" describes the situation before the project (no column names a target or an indicator); kept as text, not as indicator targets.",
                Source = table.Source,
            });
            return;
        }
        int Col(Regex pattern) => header.FindIndex(h => pattern.IsMatch(h));
        var nameCol = Col(NameHeader());
        var baseCol = Col(BaselineHeader());
        var sourceCol = Col(SourceHeader());
        var methodCol = Col(MethodHeader());
        var freqCol = Col(FrequencyHeader());
        var respCol = Col(ResponsibleHeader());
        var code = GoalBlocks.WorkCode(section);
        var claimedAny = false;
        for (var r = headerIndex + 1; r < table.Rows.Count; r++)
        {
            var cells = table.Rows[r].Cells;
            string Cell(int c) => c >= 0 && c < cells.Count ? GoalBlocks.Clean(cells[c].Text) : "";
            var targets = years
                .Select(kv => IndicatorText.ParseValue(Cell(kv.Key), kv.Value.Year, kv.Value.Period, kv.Key < cells.Count ? cells[kv.Key].Source : null))
                .Where(v => v is not null)
                .Select(v => v!)
                .ToList();
            // A schedule's "Q1 | Q2" row has period labels, not values: a target needs a number or a yes/no.
            if (targets.Count == 0 || targets.All(t => t.Value is null && t.Achieved is null))
            {
                continue;
            }
            var known = new HashSet<int>(years.Keys) { baseCol, sourceCol, methodCol, freqCol, respCol };
            var name = nameCol >= 0 ? Cell(nameCol) : "";
            if (name.Length == 0)
            {
                // No named column: the first cell outside the known columns names the row.
                var free = Enumerable.Range(0, cells.Count).FirstOrDefault(c => !known.Contains(c) && Cell(c).Length > 0, -1);
                name = free >= 0 ? Cell(free) : "";
                nameCol = nameCol >= 0 ? nameCol : free;
            }
            if (name.Length == 0)
            {
                context.Info(ImportNoteCodes.IndicatorRowWithoutName, $"Row {r + 1} of a target table has yearly values but no indicator name; kept as text.", table.Rows[r].Source);
                continue;
            }
            var allText = string.Join(" ", targets.Select(t => t.Text)) + " " + name;
            var kind = IndicatorText.Classify(allText);
            if (kind == IndicatorKind.Other && targets.All(t => t.Achieved is not null))
            {
                kind = IndicatorKind.YesNo;
            }
            else if (kind == IndicatorKind.Other && targets.All(t => t.Value is not null))
            {
                kind = IndicatorKind.Count;
            }
            context.Plan.Indicators.Add(new Indicator
            {
                Id = GoalBlocks.NextIndicatorId(context.Plan),
                Name = name,
                Kind = kind,
                Unit = IndicatorText.Unit(kind, allText),
                Baseline = baseCol >= 0 ? IndicatorText.ParseValue(Cell(baseCol), source: cells[Math.Min(baseCol, cells.Count - 1)].Source) : null,
                Targets = targets,
                DataSource = NullIfEmpty(Cell(sourceCol)),
                Method = NullIfEmpty(Cell(methodCol)),
                Frequency = NullIfEmpty(Cell(freqCol)),
                Responsible = NullIfEmpty(Cell(respCol)),
                WorkCodes = code is null ? [] : [code],
                Source = table.Rows[r].Source,
            });
            var used = new HashSet<int>(known) { nameCol };
            var all = Enumerable.Range(0, cells.Count).All(c => used.Contains(c) || Cell(c).Length == 0);
            if (all)
            {
                context.ClaimRow(table, r);
            }
            else
            {
                foreach (var c in used.Where(c => c >= 0 && c < cells.Count))
                {
                    context.ClaimCell(table, r, c);
                }
            }
            claimedAny = true;
        }
        if (claimedAny)
        {
            context.ClaimRow(table, headerIndex);
        }
    }

    /// <summary>
    /// Yearly figures are targets only when the table says so (a heading names a target, an indicator or a
    /// baseline) or stands where targets are written; in the need or background sections, or with every year
    /// before the project starts, they are statistics of the past.
    /// </summary>
    private static bool IsPastStatistics(ImportContext context, SectionNode section, List<string> header, Dictionary<int, (int? Year, string? Period)> years)
    {
        if (header.Any(h => TargetWords().IsMatch(h)))
        {
            return false;
        }
        if (context.Plan.Project.Period?.Start is { } start && years.Values.All(y => y.Year is { } year && year < start.Year))
        {
            return true;
        }
        for (var s = section; s is not null; s = s.Parent)
        {
            if (s.Kind is SectionKinds.Need or SectionKinds.Background or SectionKinds.Introduction)
            {
                return true;
            }
        }
        return false;
    }

    [GeneratedRegex(@"tavoit|mittari|indikaattori|lähtötaso|lähtötilanne|lähtöarvo|tunnusluku")]
    private static partial Regex TargetWords();

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;

    private static bool InMoneySection(SectionNode section)
    {
        for (var s = section; s is not null; s = s.Parent)
        {
            if (s.Kind is SectionKinds.Budget or SectionKinds.Resources)
            {
                return true;
            }
        }
        return false;
    }

    [GeneratedRegex(@"mittari|indikaattori|seuranta")]
    private static partial Regex IndicatorCue();

    [GeneratedRegex(@"\((?<inner>[^()]*)\)$")]
    private static partial Regex TrailingParen();

    [GeneratedRegex(@"^(mittari|indikaattori|tavoite|tunnusluku)")]
    private static partial Regex NameHeader();

    [GeneratedRegex(@"lähtötaso|lähtötilanne|nykytila|lähtöarvo|perustaso")]
    private static partial Regex BaselineHeader();

    [GeneratedRegex(@"tietolähde|^lähde|tiedonlähde|aineisto")]
    private static partial Regex SourceHeader();

    [GeneratedRegex(@"menetelmä|mittaustapa|keruutapa")]
    private static partial Regex MethodHeader();

    [GeneratedRegex(@"tiheys|seurantaväli|mittausväli|kuinka usein")]
    private static partial Regex FrequencyHeader();

    [GeneratedRegex(@"vastuu|vastaa")]
    private static partial Regex ResponsibleHeader();
}
