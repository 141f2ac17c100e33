using Hankevahti.Checks.Rules.Goals;
using Hankevahti.Plans;

namespace Hankevahti.Checks.Rules.Schedules;

/// <summary>
/// Actions the plan gives no schedule for, one finding per work part. When the part's schedule heading
/// has nothing under it the chart was an image lost on export, and the finding says so; when the
/// schedule is told in words only, it is a remark. Schedules that were there but could not be read
/// are <see cref="UnreadableScheduleRule"/>'s.
/// </summary>
public sealed class ActionsWithoutScheduleRule : Rule
{
    public override string Code => "HV-SCHED-001";
    public override FindingSeverity Severity => FindingSeverity.Warning;
    public override Localized Title => new("Toimenpiteellä ei ole aikataulua", "Actions without a schedule");
    public override Localized Explanation => new(
        "Suunnitelma ei kerro, milloin toimenpiteet tehdään. Jos osan aikatauluotsikon alla ei ole mitään, aikataulu oli todennäköisesti kuva, joka ei siirtynyt tekstiin. Pelkästään sanallinen aikataulu on huomautus. Havainnot kootaan osittain.",
        "The plan does not say when the actions are done. When a part's schedule heading has nothing under it, the schedule was probably an image that did not come along with the text. A schedule told in words only is a remark. Findings are grouped by work part.");

    public override IEnumerable<Finding> Check(CheckContext context)
    {
        var cases = new List<(WorkEntry Entry, List<(WorkAction Action, int Index)> Missing, ScheduleText Text)>();
        foreach (var entry in context.Work)
        {
            var actions = (entry.Part.Actions ?? []).Select((a, i) => (Action: a, Index: i)).Where(x => x.Action is not null).ToList();
            var missing = actions.Where(x => (x.Action.Schedule?.Status ?? ScheduleStatus.None) == ScheduleStatus.None).ToList();
            if (missing.Count == 0)
            {
                continue;
            }
            // Only a part none of whose actions has a schedule can blame its text; otherwise the schedule table simply left some out.
            var text = missing.Count == actions.Count ? ScheduleText.Of(context, entry) : new ScheduleText(ScheduleTextKind.Missing, null, null);
            cases.Add((entry, missing, text));
        }
        // Parts whose only schedule is one plan-level section share one finding there.
        foreach (var group in cases.GroupBy(c => c.Text.Shared && c.Text.Section is not null ? "shared " + c.Text.Section.Path : "part " + c.Entry.Path))
        {
            yield return FindingFor(context, group.ToList());
        }
    }

    private Finding FindingFor(CheckContext context, List<(WorkEntry Entry, List<(WorkAction Action, int Index)> Missing, ScheduleText Text)> parts)
    {
        var owners = parts.Select(p => WorkNames.Part(p.Entry.Part)).ToList();
        var owner = new Localized(string.Join(", ", owners.Select(o => o.Fi)), string.Join(", ", owners.Select(o => o.En)));
        var missing = parts.SelectMany(p => p.Missing).ToList();
        var codes = Names(missing.Select(x => x.Action).ToList());
        var counted = new Localized(
            missing.Count == 1 ? "toimenpiteellä" : $"{missing.Count} toimenpiteellä",
            missing.Count == 1 ? "1 action has" : $"{missing.Count} actions have");
        var text = parts[0].Text;
        var (entry, (action, index)) = (parts[0].Entry, parts[0].Missing[0]);
        return text.Kind switch
        {
            ScheduleTextKind.EmptyHeading when text.Section is not null => Found(
                context.PlaceInText(text.Section, text.Heading),
                new($"{owner.Fi}: {counted.Fi} ei ole aikataulua ({codes.Fi}). Otsikon \"{text.Heading}\" alla ei ole aikataulua: se oli todennäköisesti kuva, joka ei siirtynyt tekstiin.",
                    $"{owner.En}: {counted.En} no schedule ({codes.En}). The heading \"{text.Heading}\" has no schedule under it: it was probably an image that did not come along with the text."),
                new("Tarkista aikataulu alkuperäisestä asiakirjasta ja kirjoita se taulukoksi tai tekstiksi (toimenpide ja ajanjakso), jotta se säilyy.",
                    "Check the schedule in the original document and write it as a table or text (action and period), so that it is kept.")),
            ScheduleTextKind.Prose when text.Section is not null => Found(
                context.PlaceInText(text.Section, text.Heading),
                new($"{owner.Fi}: aikataulu kerrotaan vain sanallisesti otsikon \"{text.Heading}\" alla{At(text).Fi}; toimenpiteillä ei ole omaa aikataulua ({codes.Fi}).",
                    $"{owner.En}: the schedule is told only in words under the heading \"{text.Heading}\"{At(text).En}; the actions have no schedule of their own ({codes.En})."),
                new("Harkitse aikataulutaulukkoa, josta näkyy kunkin toimenpiteen ajanjakso.",
                    "Consider a schedule table that shows each action's period."),
                FindingSeverity.Info),
            _ => Found(
                context.Place($"{entry.Path}.actions[{index}].schedule", action.Schedule?.Source ?? action.Source, action.Title, "schedule", "actions"),
                new($"{owner.Fi}: {counted.Fi} ei ole aikataulua: {codes.Fi}.",
                    $"{owner.En}: {counted.En} no schedule: {codes.En}."),
                new("Kerro kunkin toimenpiteen ajanjakso (esim. aikataulutaulukossa kuukausittain tai neljännesvuosittain).",
                    "Give each action's period (e.g. in a schedule table by month or quarter).")),
        };
    }

    /// <summary>" (kohta 2.3)" when the heading is a numbered section's own.</summary>
    private static Localized At(ScheduleText text) =>
        text.Section is { Number: { Length: > 0 } number } section && text.Heading == section.Title
            ? new($" (kohta {number})", $" (section {number})")
            : new("", "");

    /// <summary>A few actions by code and short title, many by code only, so the message stays one read.</summary>
    internal static Localized Names(IReadOnlyList<WorkAction> actions) =>
        actions.Count <= 3
            ? WorkNames.List(actions.Select(a => !string.IsNullOrWhiteSpace(a.Code) && !string.IsNullOrWhiteSpace(a.Title)
                ? $"{a.Code.Trim()} \"{WorkNames.Short(a.Title, 40)}\"" : Name(a)).ToList(), 12)
            : WorkNames.List(CodeRuns.Compress(actions.Select(Name).ToList()), 12);

    /// <summary>The action's code, or its title cut short when it has none.</summary>
    internal static string Name(WorkAction action) =>
        string.IsNullOrWhiteSpace(action.Code) ? $"\"{WorkNames.Short(action.Title, 40)}\"" : action.Code.Trim();
}
