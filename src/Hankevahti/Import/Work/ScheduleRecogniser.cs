using System.Text.RegularExpressions;
using Hankevahti.Import.Common;
using Hankevahti.Plans;
using Hankevahti.Reading;

namespace Hankevahti.Import.Work;

/// <summary>
/// Schedule tables: period columns and marks mapped to actions. A table whose rows name actions
/// under period columns but has no mark at all lost its bars (a Gantt chart drawn as shapes): its
/// part's actions get an unknown schedule, not an empty one.
/// </summary>
public sealed partial class ScheduleRecogniser : IRecogniser
{
    public void Run(ImportContext context)
    {
        foreach (var section in new[] { context.Root }.Concat(context.Sections))
        {
            ScheduleLayout? previous = null;
            foreach (var block in section.Blocks)
            {
                if (block is PageBreakBlock)
                {
                    continue;
                }
                if (block is not TableBlock table)
                {
                    previous = null;
                    continue;
                }
                var layout = ScheduleLayout.Find(table);
                // A table cut by a blank line or a page break goes on without its header row.
                if (layout is null && previous is not null && ScheduleLayout.Width(table) <= previous.GridWidth && ScheduleLayout.Width(table) > previous.FirstPeriodColumn)
                {
                    layout = previous with { HeaderRows = 0, PeriodCells = [] };
                }
                if (layout is null || (layout.YearsOnly && !OnlySymbolMarks(table, layout)))
                {
                    previous = null;
                    continue;
                }
                Read(context, section, table, layout);
                previous = layout;
            }
        }
    }

    private static void Read(ImportContext context, SectionNode section, TableBlock table, ScheduleLayout layout)
    {
        foreach (var (row, cell) in layout.PeriodCells)
        {
            context.ClaimCell(table, row, cell);
        }
        var marked = new Dictionary<WorkAction, List<SchedulePeriod>>(ReferenceEqualityComparer.Instance);
        var listed = new List<(WorkAction Action, TableRow Row)>();
        var anyMark = false;
        for (var r = layout.HeaderRows; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            var label = "";
            var labelCell = -1;
            var periods = new List<SchedulePeriod>();
            var markCells = new List<int>();
            var g = 0;
            for (var c = 0; c < row.Cells.Count; c++)
            {
                var cell = row.Cells[c];
                var span = Math.Max(1, cell.ColSpan);
                var text = CleanText.Inline(cell.Text);
                if (g < layout.FirstPeriodColumn)
                {
                    if (label.Length == 0 && text.Length > 0)
                    {
                        label = text;
                        labelCell = c;
                    }
                }
                else if (IsMark(text))
                {
                    for (var k = g; k < g + span; k++)
                    {
                        if (layout.Periods.TryGetValue(k, out var p))
                        {
                            periods.Add(p with { Note = IsSymbol(text) ? null : text, Source = cell.Source });
                        }
                    }
                    markCells.Add(c);
                }
                g += span;
            }
            anyMark |= periods.Count > 0;
            var action = label.Length == 0 ? null : FindAction(context.Plan, label);
            if (action is null)
            {
                if (periods.Count > 0 && label.Length > 0)
                {
                    context.Info(ImportNoteCodes.ScheduleRowWithoutAction, $"{context.File}: schedule row \"{Short(label)}\" names no action of the plan; its marks stay as text.", row.Source);
                }
                continue;
            }
            listed.Add((action, row));
            if (labelCell >= 0 && LabelIsAction(label, action))
            {
                context.ClaimCell(table, r, labelCell);
            }
            if (periods.Count > 0)
            {
                foreach (var c in markCells)
                {
                    context.ClaimCell(table, r, c);
                }
                if (!marked.TryGetValue(action, out var list))
                {
                    marked[action] = list = [];
                }
                list.AddRange(periods);
            }
        }

        if (anyMark)
        {
            foreach (var (action, periods) in marked)
            {
                Update(context.Plan, action, a => a with
                {
                    Schedule = new Schedule
                    {
                        Status = ScheduleStatus.Known,
                        Periods = [.. a.Schedule.Status == ScheduleStatus.Known ? a.Schedule.Periods : [], .. periods],
                        Source = a.Schedule.Source ?? table.Source,
                    },
                });
            }
            return;
        }

        // The bars were lost: every action of the part the table belongs to has a schedule we cannot read.
        var affected = listed.Select(l => l.Action).ToList();
        if (PartOf(context.Plan, section) is { } part)
        {
            affected.AddRange(part.Actions.Where(a => !affected.Contains(a)));
        }
        if (affected.Count == 0)
        {
            return;
        }
        context.Info(ImportNoteCodes.ScheduleMarksLost, $"{context.File}: the schedule table has period columns but no marks (the chart's bars were lost); the schedule of {affected.Count} actions is unknown.", table.Source);
        foreach (var action in affected)
        {
            Update(context.Plan, action, a => a.Schedule.Status == ScheduleStatus.Known ? a : a with
            {
                Schedule = new Schedule { Status = ScheduleStatus.Unknown, Source = table.Source },
            });
        }
    }

    /// <summary>Year columns holding amounts are a budget; a schedule by years marks its cells with x or ●.</summary>
    private static bool OnlySymbolMarks(TableBlock table, ScheduleLayout layout)
    {
        var marks = 0;
        for (var r = layout.HeaderRows; r < table.Rows.Count; r++)
        {
            var g = 0;
            foreach (var cell in table.Rows[r].Cells)
            {
                var text = CleanText.Inline(cell.Text);
                if (g >= layout.FirstPeriodColumn && IsMark(text))
                {
                    if (!IsSymbol(text))
                    {
                        return false;
                    }
                    marks++;
                }
                g += Math.Max(1, cell.ColSpan);
            }
        }
        return marks > 0;
    }

    private static bool IsMark(string text) => text.Length > 0 && !DashesOnly().IsMatch(text);

    private static bool IsSymbol(string text) => text.Length <= 2 && !text.Any(char.IsLetterOrDigit) || text is "x" or "X" or "xx" or "XX";

    private static string Short(string s) => s.Length > 60 ? s[..60] + "…" : s;

    /// <summary>The action a row label names: by its code ("1.1.", "F.", "I.3"), else by its title.</summary>
    private static WorkAction? FindAction(Plan plan, string label)
    {
        var m = LabelCode().Match(label);
        if (m.Success && WorkLookup.FindAction(plan, m.Groups["code"].Value) is { } byCode)
        {
            return byCode;
        }
        var title = m.Success ? m.Groups["title"].Value : label;
        return WorkLookup.AllActions(plan).FirstOrDefault(a => Outline.TitleMatches(title, a.Title));
    }

    private static bool LabelIsAction(string label, WorkAction action)
    {
        var m = LabelCode().Match(label);
        var title = m.Success ? m.Groups["title"].Value : label;
        return m.Success && string.Equals(m.Groups["code"].Value, action.Code, StringComparison.OrdinalIgnoreCase)
            && Outline.TitleKey(title) == Outline.TitleKey(action.Title);
    }

    private static WorkPart? PartOf(Plan plan, SectionNode section)
    {
        for (var s = section; s is not null; s = s.Parent)
        {
            if (WorkParts.Parse(s) is { } h && WorkLookup.FindPart(plan, h.Code, h.Kind) is { } part)
            {
                return part;
            }
        }
        return null;
    }

    private static void Update(Plan plan, WorkAction action, Func<WorkAction, WorkAction> change)
    {
        foreach (var part in WorkLookup.AllParts(plan.Work))
        {
            var i = part.Actions.FindIndex(a => ReferenceEquals(a, action));
            if (i >= 0)
            {
                part.Actions[i] = change(part.Actions[i]);
                return;
            }
        }
    }

    [GeneratedRegex(@"^(?<code>\d{1,2}(?:\.\d{1,2}){1,2}[A-Z]?|[A-ZÅÄÖ](?:\.\d{1,2})?)(?:\.\s*|\s+)(?<title>.*)$")]
    private static partial Regex LabelCode();

    [GeneratedRegex(@"^[-–—\s]+$")]
    private static partial Regex DashesOnly();
}
