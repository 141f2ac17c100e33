using Hankevahti.Checks;
using Hankevahti.Checks.Rules.Schedules;
using Hankevahti.Plans;
using Hankevahti.Tests.Checks.Support;
using Hankevahti.Tests.Support;

namespace Hankevahti.Tests.Checks.Schedules;

public class UnreadableScheduleRuleTests
{
    public static TheoryData<string, WorkAction[], int> Cases => new()
    {
        // Two actions of one marked-less table: one finding for the table.
        { "one table", [SchedulePlans.Unknown("1.1", 3), SchedulePlans.Unknown("1.2", 3)], 1 },
        // Two tables: one finding each.
        { "two tables", [SchedulePlans.Unknown("1.1", 3), SchedulePlans.Unknown("1.2", 4)], 2 },
        // Known schedules with periods are fine.
        { "known", [SchedulePlans.Action("1.1", SchedulePlans.Months("09-10/2026", 2026, 9, 10))], 0 },
        // No schedule at all is HV-SCHED-001's.
        { "none", [SchedulePlans.Action("1.1")], 0 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ReportsTablesWithoutMarks(string why, WorkAction[] actions, int expected)
    {
        var findings = CheckRun.Rule<UnreadableScheduleRule>(SchedulePlans.With(actions));
        Assert.True(expected == findings.Count, $"{why}: {CheckRun.Describe(findings)}");
        Assert.All(findings, f => Assert.Equal(FindingSeverity.Info, f.Severity));
    }

    // A schedule kept as known without a period was never filled in: a warning, not a loss on import.
    [Fact]
    public void KnownWithoutPeriodsIsAWarning()
    {
        var action = SchedulePlans.Action("1.1") with { Schedule = new Hankevahti.Plans.Schedule { Status = ScheduleStatus.Known } };
        var finding = Assert.Single(CheckRun.Rule<UnreadableScheduleRule>(SchedulePlans.With([action])));
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Contains("1.1", finding.Message.Fi, StringComparison.Ordinal);
    }

    // One unreadable row in a table whose other rows have marks: the table is not without marks, only the row is unread.
    [Fact]
    public void OneUnreadRowInAMarkedTable()
    {
        var marked = SchedulePlans.Action("1.1", SchedulePlans.Months("09-10/2026", 2026, 9, 10)) with
        {
            Schedule = new Hankevahti.Plans.Schedule { Status = ScheduleStatus.Known, Periods = [SchedulePlans.Months("09-10/2026", 2026, 9, 10)], Source = new SourceRef { Line = 40, Table = 3 } },
        };
        var finding = Assert.Single(CheckRun.Rule<UnreadableScheduleRule>(SchedulePlans.With([marked, SchedulePlans.Unknown("1.2", 3)])));
        Assert.Equal(FindingSeverity.Info, finding.Severity);
        Assert.Contains("1.2", finding.Message.Fi, StringComparison.Ordinal);
        Assert.Contains("other actions have marks", finding.Message.En, StringComparison.Ordinal);
        Assert.DoesNotContain("1.1", finding.Message.Fi, StringComparison.Ordinal);
    }

    [Fact]
    public void NamesTheActionsAndTheTablesSection()
    {
        var finding = Assert.Single(CheckRun.Rule<UnreadableScheduleRule>(SchedulePlans.With([SchedulePlans.Unknown("1.1", 3), SchedulePlans.Unknown("1.2", 3)])));
        Assert.Contains("1.1 \"Toimenpide 1.1\", 1.2 \"Toimenpide 1.2\"", finding.Message.Fi, StringComparison.Ordinal);
        Assert.StartsWith("Työpaketti 1 (kohta 1):", finding.Message.Fi, StringComparison.Ordinal);
        Assert.Contains("could not be read", finding.Message.En, StringComparison.Ordinal);
        Assert.Equal("1", finding.Place.SectionNumber);
        Assert.Equal("work[0].actions[0].schedule", finding.Place.Path);
    }

    // The structural reform plan's two Gantt charts lost their bars: 9 and 4 actions, one finding per table.
    [Fact]
    public void RakenneuudistusChartsLostTheirBars()
    {
        var findings = CheckRun.Seed(Seeds.Rakenneuudistus).Of("HV-SCHED-002").ToList();
        Assert.Equal(["3.3", "4.3"], findings.Select(f => f.Place.SectionNumber ?? ""));
        Assert.Contains("F, F.1, F.2, G–I, I.1–I.3", findings[0].Message.Fi, StringComparison.Ordinal);
        Assert.Contains("J–M", findings[1].Message.Fi, StringComparison.Ordinal);
    }
}
