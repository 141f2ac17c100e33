using Hankevahti.Checks;
using Hankevahti.Checks.Rules.Schedules;
using Hankevahti.Plans;
using Hankevahti.Tests.Checks.Support;
using Hankevahti.Tests.Support;

namespace Hankevahti.Tests.Checks.Schedules;

public class ActionsWithoutScheduleRuleTests
{
    private static readonly SchedulePeriod Autumn = SchedulePlans.Months("09-10/2026", 2026, 9, 10);

    public static TheoryData<string, string, FindingSeverity?, string> Cases => new()
    {
        // A heading for the schedule followed straight by the cost paragraph: the chart was an image.
        { "empty heading", "Työpaketin 1 alustava aikataulu:\n\nTyöpaketin 1 kustannusarvio on 100 000 €.", FindingSeverity.Warning, "kuva" },
        // A schedule section holding only a figure caption: the same.
        { "caption only", "Aikataulu\n\nKuva 3 Työpaketin aikataulu", FindingSeverity.Warning, "kuva" },
        // The schedule told in words with years: a remark only.
        { "prose schedule", "Työpaketin 1 aikataulu:\n\nTyö aloitetaan syksyllä 2026 ja se päättyy vuoden 2027 lopussa.", FindingSeverity.Info, "sanallisesti" },
        // No schedule anywhere: a plain gap.
        { "nothing at all", "Työpaketissa kehitetään palvelupolkuja.", FindingSeverity.Warning, "ei ole aikataulua: 1.1 \"Toimenpide 1.1\", 1.2" },
        // A sentence merely mentioning the schedule is no heading.
        { "mention in a sentence", "Työ etenee sovitun aikataulun mukaisesti ja sitä seurataan ohjausryhmässä.", FindingSeverity.Warning, "ei ole aikataulua: 1.1 \"Toimenpide 1.1\", 1.2" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ReportsPartsWhoseActionsHaveNoSchedule(string why, string text, FindingSeverity? severity, string words)
    {
        var findings = CheckRun.Rule<ActionsWithoutScheduleRule>(SchedulePlans.With([SchedulePlans.Action("1.1"), SchedulePlans.Action("1.2")], text));
        var finding = Assert.Single(findings);
        Assert.True(severity == finding.Severity, $"{why}: {CheckRun.Describe(findings)}");
        Assert.Contains(words, finding.Message.Fi, StringComparison.Ordinal);
        Assert.StartsWith("Työpaketti 1:", finding.Message.Fi, StringComparison.Ordinal);
    }

    // A schedule section as a subsection of the part is found too, and the finding points to it.
    [Fact]
    public void FindsTheScheduleSubsection()
    {
        Section[] sub = [new Section { Number = "1.3", Title = "Aikataulu ja vaiheistus", Kind = "schedule", Text = "Aikataulu näkyy alla olevassa kuvassa.", Source = new SourceRef { Line = 20 } }];
        var finding = Assert.Single(CheckRun.Rule<ActionsWithoutScheduleRule>(SchedulePlans.With([SchedulePlans.Action("1.1")], "", sub)));
        Assert.Equal("1.3", finding.Place.SectionNumber);
        Assert.Contains("kuva", finding.Message.Fi, StringComparison.Ordinal);
    }

    // A plan-level schedule section told in words serves every part: one remark there, not one per part.
    [Fact]
    public void PartsSharingAPlanLevelScheduleGetOneFinding()
    {
        var plan = SchedulePlans.With([SchedulePlans.Action("1.1")]);
        plan = plan with
        {
            Sections =
            [
                new Section { Number = "4", Title = "Toteutus", Kind = "implementation", Source = new SourceRef { Line = 5 },
                    Children = [new Section { Number = "4.1", Title = "Aikataulu", Kind = "schedule", Text = "Hanke alkaa syyskuussa 2026 ja päättyy joulukuussa 2027.", Source = new SourceRef { Line = 6 } }] },
            ],
            Work = [.. plan.Work, new WorkPart { Code = "2", Kind = WorkPartKind.WorkPackage, Title = "Hallinnointi", Actions = [SchedulePlans.Action("2.1")] }],
        };
        var finding = Assert.Single(CheckRun.Rule<ActionsWithoutScheduleRule>(plan));
        Assert.Equal(FindingSeverity.Info, finding.Severity);
        Assert.Equal("4.1", finding.Place.SectionNumber);
        Assert.StartsWith("Työpaketti 1, Työpaketti 2:", finding.Message.Fi, StringComparison.Ordinal);
        Assert.Contains("(1.1 \"Toimenpide 1.1\", 2.1 \"Toimenpide 2.1\")", finding.Message.Fi, StringComparison.Ordinal);
    }

    public static TheoryData<string, WorkAction[], int> Quiet => new()
    {
        // Every action scheduled.
        { "all known", [SchedulePlans.Action("1.1", Autumn), SchedulePlans.Action("1.2", Autumn)], 0 },
        // Unreadable schedules are HV-SCHED-002's, not "no schedule".
        { "unknown", [SchedulePlans.Unknown("1.1", 3)], 0 },
        // A part without actions has nothing to schedule.
        { "no actions", [], 0 },
        // One action left out of an otherwise complete table.
        { "one left out", [SchedulePlans.Action("1.1", Autumn), SchedulePlans.Action("1.2")], 1 },
    };

    [Theory]
    [MemberData(nameof(Quiet))]
    public void CountsOnlyActionsWithNoSchedule(string why, WorkAction[] actions, int expected)
    {
        var findings = CheckRun.Rule<ActionsWithoutScheduleRule>(SchedulePlans.With(actions, "Työpaketin 1 alustava aikataulu:\n\nKustannukset."));
        Assert.True(expected == findings.Count, $"{why}: {CheckRun.Describe(findings)}");
        Assert.All(findings, f => Assert.Contains("1.2", f.Message.Fi, StringComparison.Ordinal));
    }

    // The acceptance case: the RRF plan's work package charts were images; each empty heading is pointed at.
    [Fact]
    public void RrfSchedulesMissingBecauseImagesWereLost()
    {
        var findings = CheckRun.Seed(Seeds.Rrf).Of("HV-SCHED-001").ToList();
        var lost = findings.Where(f => f.Severity == FindingSeverity.Warning && f.Message.Fi.Contains("kuva", StringComparison.Ordinal)).ToList();
        Assert.True(lost.Count >= 10, CheckRun.Describe(findings));
        var first = lost.First(f => f.Message.Fi.StartsWith("Työpaketti 1.1:", StringComparison.Ordinal));
        Assert.Contains("20 toimenpiteellä", first.Message.Fi, StringComparison.Ordinal);
        Assert.Equal(697, first.Place.Source?.Line);
        Assert.Equal("karkea aikataulu", first.Place.Quote?[^16..]);
    }

    // The structural reform plan tells part 1's schedule in words (a remark) and gives none for part 4.
    [Fact]
    public void RakenneuudistusProseAndMissingSchedules()
    {
        var findings = CheckRun.Seed(Seeds.Rakenneuudistus).Of("HV-SCHED-001").ToList();
        Assert.Equal(2, findings.Count);
        Assert.Contains(findings, f => f.Severity == FindingSeverity.Info && f.Place.SectionNumber == "2.3");
        Assert.Contains(findings, f => f.Severity == FindingSeverity.Warning && f.Message.Fi.Contains("aikataulua: O \"", StringComparison.Ordinal));
    }
}
