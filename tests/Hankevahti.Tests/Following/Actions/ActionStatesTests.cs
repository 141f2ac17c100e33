using Hankevahti.Checks;
using Hankevahti.Checks.Profiles;
using Hankevahti.Following;
using Hankevahti.Following.Actions;
using Hankevahti.Import;
using Hankevahti.Plans;
using Hankevahti.Tests.Support;

namespace Hankevahti.Tests.Following.Actions;

/// <summary>An action's state from its schedule and what was said of it per period: the latest word, and late by itself.</summary>
public class ActionStatesTests
{
    private static readonly DateOnly Today = new(2026, 12, 6);

    public static TheoryData<string, ActionStatus?, string?, ActionStatus> Statuses() => new()
    {
        // Nothing said and the end still ahead: not started.
        { "nothing said, ends later", null, "2027-03-31", ActionStatus.NotStarted },
        // Nothing said and the end has passed: late by itself — the point of deriving it.
        { "nothing said, ended", null, "2026-11-30", ActionStatus.Late },
        // In progress but past the end: the date wins over the word.
        { "in progress, ended", ActionStatus.InProgress, "2026-12-05", ActionStatus.Late },
        // The end day itself is still on time (the end is inclusive).
        { "in progress, ends today", ActionStatus.InProgress, "2026-12-06", ActionStatus.InProgress },
        // Done stays done after its end.
        { "done, ended", ActionStatus.Done, "2026-01-31", ActionStatus.Done },
        // Cancelled is not late either.
        { "cancelled, ended", ActionStatus.Cancelled, "2026-01-31", ActionStatus.Cancelled },
        // Someone may call it late before its end (it is behind): that word stands.
        { "said late, ends later", ActionStatus.Late, "2027-06-30", ActionStatus.Late },
        // No dated end (a lost schedule): never late by itself.
        { "in progress, no end", ActionStatus.InProgress, null, ActionStatus.InProgress },
        { "nothing said, no end", null, null, ActionStatus.NotStarted },
    };

    [Theory, MemberData(nameof(Statuses))]
    public void The_status_that_counts(string why, ActionStatus? recorded, string? end, ActionStatus expected)
    {
        Assert.True(why.Length > 0);
        Assert.Equal(expected, ActionStates.StatusOf(recorded, end is null ? null : DateOnly.Parse(end), Today));
    }

    private static WorkAction Action(string id, params (string Start, string End)[] periods) => new()
    {
        Id = id, Code = id.ToUpperInvariant(), Title = "Action " + id,
        Schedule = new Schedule
        {
            Status = periods.Length > 0 ? ScheduleStatus.Known : ScheduleStatus.None,
            Periods = periods.Select(p => new SchedulePeriod { Label = p.Start, Start = DateOnly.Parse(p.Start), End = DateOnly.Parse(p.End) }).ToList(),
        },
    };

    [Fact]
    public void The_end_is_the_latest_period_end_and_actions_are_found_under_nested_parts()
    {
        var plan = new Plan
        {
            Work =
            [
                new WorkPart { Code = "1", Actions = [Action("a", ("2026-01-01", "2026-03-31"), ("2026-09-01", "2026-10-31"))],
                    Children = [new WorkPart { Code = "1.1", Actions = [Action("b")] }] },
            ],
        };

        var actions = PlannedActions.Of(plan);

        Assert.Equal(["a", "b"], actions.Select(a => a.Id));
        Assert.Equal(new DateOnly(2026, 10, 31), actions[0].End);
        Assert.Equal("1.1", actions[1].PartCode);
        Assert.Null(actions[1].End);
    }

    [Fact]
    public void The_latest_period_by_the_calendar_gives_status_percent_and_note()
    {
        var actions = new[] { new PlannedAction(Action("a"), "1", new DateOnly(2027, 12, 31)) };
        var periods = new[] { Period("2026-H1", "2026-01-01", "2026-06-30"), Period("2026-H2", "2026-07-01", "2026-12-31") };
        // Recorded out of order: the calendar's order decides, not the order of the records.
        var progress = new[]
        {
            new ActionProgress("a", "2026-H2", ActionStatus.InProgress, 60, "second"),
            new ActionProgress("a", "2026-H1", ActionStatus.InProgress, 20, "first"),
        };

        var state = ActionStates.Of(actions, progress, Today, periods).Single();

        Assert.Equal((ActionStatus.InProgress, 60, "second", "2026-H2"), (state.Status, state.PercentDone, state.Note, state.Period));
        Assert.Equal("first", ActionStates.InPeriod(progress, "2026-h1")["a"].Note);
    }

    [Fact]
    public void The_current_period_is_the_one_today_is_in_else_the_last_ended()
    {
        var periods = new[] { Period("2026-H1", "2026-01-01", "2026-06-30"), Period("2026-H2", "2026-07-01", "2026-12-31") };

        Assert.Equal("2026-H2", ActionStates.CurrentPeriod(periods, Today)!.Code);
        Assert.Equal("2026-H2", ActionStates.CurrentPeriod(periods, new DateOnly(2030, 1, 1))!.Code);
        Assert.Equal("2026-H1", ActionStates.CurrentPeriod(periods, new DateOnly(2020, 1, 1))!.Code);
        Assert.Null(ActionStates.CurrentPeriod([], Today));
    }

    public static TheoryData<string> AllSeeds() => new(Seeds.All);

    // On real plans with made-up progress: the actions whose schedule ended before a day are late unless done, the
    // counts add up to the number of actions, and the late list is exactly the late ones.
    [Theory, MemberData(nameof(AllSeeds))]
    public void On_a_real_plan_ended_actions_are_late_unless_done(string seed)
    {
        var plan = PlanImporter.ImportFile(Seeds.Path(seed)).Plan!;
        var actions = PlannedActions.Of(plan);
        Assert.NotEmpty(actions);
        var ends = actions.Select(a => a.End).OfType<DateOnly>().Order().ToList();
        // A day in the middle of the schedule, so some actions have ended and some not (or every end, when none is dated).
        var day = ends.Count > 0 ? ends[ends.Count / 2] : new DateOnly(2026, 6, 1);
        // Every third action said done, every third in progress, the rest nothing.
        var progress = actions.Select((a, i) => (a, i)).Where(x => x.i % 3 != 2)
            .Select(x => new ActionProgress(x.a.Id, "2026-H1", x.i % 3 == 0 ? ActionStatus.Done : ActionStatus.InProgress, x.i % 3 == 0 ? 100 : 40, null))
            .ToList();
        var periods = ReportingCalendar.For(ProfileCatalog.For(plan), plan.Project.Period).Periods;

        var states = ActionStates.Of(actions, progress, day, periods);

        Assert.Equal(actions.Count, states.Count);
        for (var i = 0; i < states.Count; i++)
        {
            var ended = actions[i].End is { } end && day > end;
            var expected = i % 3 == 0 ? ActionStatus.Done : ended ? ActionStatus.Late : i % 3 == 1 ? ActionStatus.InProgress : ActionStatus.NotStarted;
            Assert.Equal(expected, states[i].Status);
        }
        Assert.Equal(actions.Count, ActionStates.Counts(states).Values.Sum());
        Assert.Equal(states.Where(s => s.IsLate).Select(s => s.ActionId).Order(), ActionStates.Late(states).Select(s => s.ActionId).Order());
        Assert.All(ActionStates.Late(states), s => Assert.True(s.LateByDate));
    }

    private static ProjectPeriod Period(string code, string start, string end) =>
        new(code, new Localized(code, code), DateOnly.Parse(start), DateOnly.Parse(end), DateOnly.Parse(start), DateOnly.Parse(end), null);
}
