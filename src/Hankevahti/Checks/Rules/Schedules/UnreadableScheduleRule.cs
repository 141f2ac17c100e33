using Hankevahti.Checks.Rules.Goals;
using Hankevahti.Plans;

namespace Hankevahti.Checks.Rules.Schedules;

/// <summary>
/// Schedule tables with no marks, one finding per table. The import marks such schedules unknown: a chart
/// whose bars were cell colours keeps its period columns but loses the bars when it becomes text, so
/// the schedule could not be read rather than was never made — a remark, distinct from no schedule. A
/// schedule kept as known but without a single period is a gap in the plan itself and a warning.
/// </summary>
public sealed class UnreadableScheduleRule : Rule
{
    public override string Code => "HV-SCHED-002";
    public override FindingSeverity Severity => FindingSeverity.Info;
    public override Localized Title => new("Aikataulutaulukossa ei ole merkintöjä", "Schedule table without marks");
    public override Localized Explanation => new(
        "Aikataulutaulukossa on jaksosarakkeet mutta ei yhtään merkintää, joten toimenpiteiden aikataulua ei voitu lukea. Usein kaavion palkit ovat solujen värejä, jotka katoavat, kun asiakirja muunnetaan tekstiksi.",
        "The schedule table has period columns but no marks, so the actions' schedule could not be read. Often the chart's bars are cell colours that are lost when the document becomes text.");

    public override IEnumerable<Finding> Check(CheckContext context)
    {
        var items = context.Work
            .SelectMany(e => (e.Part.Actions ?? []).Select((a, i) => (Entry: e, Action: a, Index: i)))
            .Where(x => x.Action?.Schedule is { } s && (s.Status == ScheduleStatus.Unknown || (s.Status == ScheduleStatus.Known && (s.Periods ?? []).Count == 0)))
            .ToList();
        // Tables in which some action does have periods: there only some rows were lost, not the table's marks.
        var marked = context.Work
            .SelectMany(e => (e.Part.Actions ?? []).Where(a => (a?.Schedule?.Periods ?? []).Count > 0).Select(a => TableKey(e, a)))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var table in items.GroupBy(x => TableKey(x.Entry, x.Action)))
        {
            var list = table.ToList();
            var first = list[0];
            var source = first.Action.Schedule.Source ?? first.Action.Source;
            var place = context.Place($"{first.Entry.Path}.actions[{first.Index}].schedule", source, null, "schedule");
            var codes = ActionsWithoutScheduleRule.Names(list.Select(x => x.Action).ToList());
            var where = Where(context, list.Select(x => x.Entry), source);
            var actions = list.Count == 1 ? new Localized("toimenpiteen", "action") : new Localized("toimenpiteiden", "actions");
            var lost = list.All(x => x.Action.Schedule.Status == ScheduleStatus.Unknown);
            var note = NoteAt(context, source);
            var noted = note is null ? new Localized("", "") : new Localized(" Tuonti huomautti samasta.", " The import noted the same.");
            if (lost && marked.Contains(table.Key))
            {
                yield return Found(place,
                    new($"{where.Fi}: {actions.Fi} {codes.Fi} aikataulua ei voitu lukea aikataulutaulukosta, vaikka muilla toimenpiteillä on merkinnät.{noted.Fi}",
                        $"{where.En}: the schedule of {actions.En} {codes.En} could not be read from the schedule table, though other actions have marks.{noted.En}"),
                    new("Tarkista näiden toimenpiteiden aikataulu alkuperäisestä asiakirjasta ja merkitse jaksot tekstinä.",
                        "Check these actions' schedule in the original document and mark the periods as text."));
                continue;
            }
            yield return lost
                ? Found(place,
                    new($"{where.Fi}: aikataulutaulukossa ei ole merkintöjä, joten {actions.Fi} {codes.Fi} aikataulua ei voitu lukea. Kaavion palkit olivat todennäköisesti värejä tai kuvia, jotka eivät siirtyneet tekstiin.{noted.Fi}",
                        $"{where.En}: the schedule table has no marks, so the schedule of {actions.En} {codes.En} could not be read. The chart's bars were probably colours or images that did not come along with the text.{noted.En}"),
                    new("Tarkista aikataulu alkuperäisestä asiakirjasta; merkitse jaksot soluihin tekstinä (esim. x), jotta ne säilyvät.",
                        "Check the schedule in the original document; mark the periods in the cells as text (e.g. x) so that they are kept."))
                : Found(place,
                    new($"{where.Fi}: {actions.Fi} {codes.Fi} aikataulussa ei ole yhtään ajanjaksoa.",
                        $"{where.En}: the schedule of {actions.En} {codes.En} has no period at all."),
                    new("Merkitse kunkin toimenpiteen ajanjaksot aikatauluun.", "Mark each action's periods in the schedule."),
                    FindingSeverity.Warning);
        }
    }

    /// <summary>Actions share a table when their schedules point to the same table (or line); otherwise their part stands for it.</summary>
    private static string TableKey(WorkEntry entry, WorkAction action)
    {
        var s = action.Schedule?.Source ?? action.Schedule?.Periods?.FirstOrDefault(p => p?.Source is not null)?.Source;
        return s?.Table is { } table ? $"table {s.File} {table}"
            : s?.Line is { } line ? $"line {s.File} {line}"
            : $"part {entry.Path}";
    }

    /// <summary>"Osa-alue 2 (kohta 3.3)": the parts whose actions the table holds, and the table's section when known.</summary>
    private static Localized Where(CheckContext context, IEnumerable<WorkEntry> entries, SourceRef? source)
    {
        var parts = entries.DistinctBy(e => e.Path).Select(e => WorkNames.Part(e.Part)).ToList();
        var fi = string.Join(", ", parts.Select(p => p.Fi));
        var en = string.Join(", ", parts.Select(p => p.En));
        var number = context.SectionAt(source)?.Number;
        return string.IsNullOrWhiteSpace(number) ? new(fi, en) : new($"{fi} (kohta {number})", $"{en} (section {number})");
    }

    private static ImportNote? NoteAt(CheckContext context, SourceRef? source) =>
        source?.Line is not { } line ? null
        : (context.Plan.Import?.Notes ?? []).FirstOrDefault(n => n?.Source?.Line is { } start && start <= line && line <= (n.Source.EndLine ?? start));
}
