using System.Text.RegularExpressions;
using Hankevahti.Import.Common;
using Hankevahti.Plans;
using Hankevahti.Reading;
using Hankevahti.Vocabulary;

namespace Hankevahti.Import.Work;

/// <summary>
/// Action tables read by their header row: a column the template calls the action ("Toimenpide"), and with it
/// at least one of description, responsible and schedule, in any order. Each row below is an action; its
/// schedule comes from the schedule column or, as plans also write it, from a period in parentheses at the end
/// of the description ("… (3-11/2024)"). A table whose actions carry no code of a known part belongs to the
/// section it stands in, which becomes the part that holds them.
/// </summary>
internal static partial class ActionRowTables
{
    public static void Read(ImportContext context, SectionNode section, WorkPart? sectionPart)
    {
        foreach (var table in section.Blocks.OfType<TableBlock>())
        {
            if (table.Rows.Count < 2 || context.IsClaimed(table) || ScheduleLayout.Find(table) is not null || AnyClaimed(context, table))
            {
                continue;
            }
            var roles = table.Rows[0].Cells.Select(c => ActionColumnWords.Classify(CleanText.OneLine(c.Text))).ToList();
            var action = roles.IndexOf(ActionColumn.Action);
            if (action < 0 || roles.Count(r => r == ActionColumn.Action) > 1 || !roles.Any(r => r is ActionColumn.Description or ActionColumn.Responsible or ActionColumn.Schedule))
            {
                continue;
            }
            var read = new List<(WorkAction Action, WorkPart? Part, int Row)>();
            for (var r = 1; r < table.Rows.Count; r++)
            {
                var row = table.Rows[r];
                if (Cell(row, action) is not { Length: > 0 } name)
                {
                    continue;
                }
                var (code, title) = SplitCode(name);
                var description = Column(row, roles, ActionColumn.Description);
                var scheduleText = Column(row, roles, ActionColumn.Schedule);
                read.Add((new WorkAction
                {
                    Code = code ?? "",
                    Title = title,
                    Description = description,
                    Responsible = Column(row, roles, ActionColumn.Responsible),
                    Schedule = Schedule(scheduleText, description ?? title, row.Source),
                    Source = row.Source,
                }, code is null ? null : PartOf(context.Plan, code), r));
            }
            if (read.Count == 0)
            {
                continue;
            }
            var home = sectionPart ?? SectionPart(context, section);
            foreach (var (a, part, r) in read)
            {
                var target = part ?? home;
                if (a.Code.Length > 0 && target.Actions.Any(x => string.Equals(x.Code, a.Code, StringComparison.OrdinalIgnoreCase)))
                {
                    continue;
                }
                target.Actions.Add(a);
                for (var c = 0; c < roles.Count && c < table.Rows[r].Cells.Count; c++)
                {
                    if (roles[c] != ActionColumn.None)
                    {
                        context.ClaimCell(table, r, c);
                    }
                }
            }
            context.ClaimRow(table, 0);
        }
    }

    private static bool AnyClaimed(ImportContext context, TableBlock table)
    {
        for (var r = 0; r < table.Rows.Count; r++)
        {
            for (var c = 0; c < table.Rows[r].Cells.Count; c++)
            {
                if (context.IsClaimed(table, r, c))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static string? Cell(TableRow row, int index) =>
        index < row.Cells.Count ? CleanText.OneLine(row.Cells[index].Text) : null;

    private static string? Column(TableRow row, List<ActionColumn> roles, ActionColumn role)
    {
        var i = roles.IndexOf(role);
        return i >= 0 && Cell(row, i) is { Length: > 0 } text ? text : null;
    }

    /// <summary>"1.2 Koulutus" → ("1.2", "Koulutus"); "A. Kartoitus" → ("A", "Kartoitus"); a name without a code keeps it all.</summary>
    internal static (string? Code, string Title) SplitCode(string name)
    {
        var m = LeadingCode().Match(name);
        return m.Success && m.Groups["title"].Value.Trim() is { Length: > 0 } title ? (m.Groups["code"].Value, title) : (null, name);
    }

    /// <summary>The part a numeric action code names ("2.3" → part "2"), when the plan has that part.</summary>
    private static WorkPart? PartOf(Plan plan, string code)
    {
        var dot = code.LastIndexOf('.');
        return dot > 0 ? WorkLookup.FindPart(plan, code[..dot]) : null;
    }

    /// <summary>The schedule column's period, else a period in parentheses closing the text; nothing else is taken for one.</summary>
    internal static Schedule Schedule(string? column, string? text, SourceRef source)
    {
        var candidate = column ?? (text is not null && TrailingParentheses().Match(text) is { Success: true } m ? m.Groups["inner"].Value : null);
        if (candidate is null || SchedulePeriods.Parse(candidate) is not { } period)
        {
            return new Schedule();
        }
        return new Schedule { Status = ScheduleStatus.Known, Periods = [period with { Source = source }], Source = source };
    }

    private static WorkPart SectionPart(ImportContext context, SectionNode section)
    {
        // The actions have no part of their own: the section that lists them holds them, under its own number
        // and title, so that nothing is named that the plan does not name.
        var part = new WorkPart { Code = section.Number ?? "", Kind = WorkPartKind.Other, Title = section.Title, Source = section.Heading?.Source };
        context.Plan.Work.Add(part);
        return part;
    }

    [GeneratedRegex(@"^(?<code>\d{1,2}(?:\.\d{1,2}){1,2}[A-Z]?|[A-ZÅÄÖ](?:\.\d{1,2})?)[.:)]?\s+(?<title>\S.*)$")]
    private static partial Regex LeadingCode();

    [GeneratedRegex(@"\((?<inner>[^()]{3,40})\)\s*\.?\s*$")]
    private static partial Regex TrailingParentheses();
}
