using Hankevahti.Checks.Profiles;
using Hankevahti.Following;
using Hankevahti.Following.Actions;
using Hankevahti.Plans;
using Hankevahti.Storage.Audit;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Following;
using Hankevahti.Storage.Projects;
using Hankevahti.Storage.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Storage.Tests.Following;

/// <summary>Actions' progress and risks' assessments saved per period: checked, replaced, audited, and safe at once.</summary>
public class ActionProgressStoreTests
{
    private sealed record Project(int Id, Plan Plan, IReadOnlyList<ProjectPeriod> Periods, string Action, string Risk);

    private static async Task<Project> AddAsync(TestDatabase database, Plan? plan = null)
    {
        await using var db = database.NewContext();
        var id = (await db.AddProjectAsync(plan ?? TestPlans.Rich(), "test")).Id;
        // Ids are given on saving: read them back from the stored plan.
        var stored = (await db.LatestPlanAsync(id))!.Plan!;
        var periods = ReportingCalendar.For(ProfileCatalog.For(stored), stored.Project.Period).Periods;
        return new Project(id, stored, periods, PlannedActions.Of(stored)[0].Id, stored.Risks.FirstOrDefault()?.Id ?? "");
    }

    [Theory, BothProviders]
    public async Task A_record_is_saved_replaced_when_said_again_and_each_change_audited(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var p = await AddAsync(database);
        var period = p.Periods[0].Code;

        await using (var db = database.NewContext())
        {
            Assert.Equal(1, (await db.SaveActionProgressAsync(p.Id, [new(p.Action, period.ToLowerInvariant(), ActionStatus.InProgress, 40, " started ")])).Changed);
            // The same again changes nothing and writes no audit row.
            Assert.Equal(0, (await db.SaveActionProgressAsync(p.Id, [new(p.Action, period, ActionStatus.InProgress, 40, "started")])).Changed);
            Assert.Equal(1, (await db.SaveActionProgressAsync(p.Id, [new(p.Action, period, ActionStatus.Done, 100, null)])).Changed);
            Assert.Equal(1, (await db.SaveRiskAssessmentsAsync(p.Id, [new(p.Risk, period, 4, 5, "worse")])).Changed);
        }

        await using (var db = database.NewContext())
        {
            var followUp = await FollowUps.LoadAsync(db, p.Id);
            // The typed period code is stored as the calendar writes it: one period, one row.
            Assert.Equal(new ActionProgress(p.Action, period, ActionStatus.Done, 100, null), Assert.Single(followUp.Actions));
            Assert.Equal(new RiskAssessment(p.Risk, period, 4, 5, "worse"), Assert.Single(followUp.Risks));
            var audit = await db.AuditLog.Where(a => a.Action == ActionProgressStore.AuditAction || a.Action == RiskAssessmentStore.AuditAction)
                .OrderBy(a => a.Id).Select(a => new { a.Action, a.BeforeValue, a.AfterValue }).ToListAsync();
            Assert.Equal(
                [
                    new { Action = "action.progress", BeforeValue = (string?)null, AfterValue = (string?)"in_progress 40%: started" },
                    new { Action = "action.progress", BeforeValue = (string?)"in_progress 40%: started", AfterValue = (string?)"done 100%" },
                    new { Action = "risk.assess", BeforeValue = (string?)null, AfterValue = (string?)"4×5=20: worse" },
                ],
                audit);
            Assert.True((await AuditLog.VerifyAsync(db)).Intact);
        }
    }

    public static TheoryData<string, string?, string?, int?, string> BadActionRecords() => new()
    {
        // A period the project does not have (the plan's project is 09/2026–12/2027).
        { "period outside", "2030-H1", null, 10, "period" },
        // An action not in the latest plan.
        { "unknown action", null, "no-such-action", 10, "action" },
        // Percent over and under the scale.
        { "percent 101", null, null, 101, "percent" },
        { "percent -1", null, null, -1, "percent" },
    };

    [Theory, MemberData(nameof(BadActionRecords))]
    public async Task A_bad_action_record_refuses_the_whole_save(string why, string? period, string? action, int? percent, string field)
    {
        Assert.True(why.Length > 0);
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        var p = await AddAsync(database);
        await using var db = database.NewContext();

        var save = await db.SaveActionProgressAsync(p.Id,
        [
            new(p.Action, p.Periods[0].Code, ActionStatus.InProgress, 50, null),
            new(action ?? p.Action, period ?? p.Periods[1].Code, ActionStatus.InProgress, percent, null),
        ]);

        Assert.Equal(ProgressSaveOutcome.Invalid, save.Outcome);
        var problem = Assert.Single(save.Problems);
        Assert.Equal((1, field), (problem.Index, problem.Field));
        // All or nothing: the good first record is not stored either.
        Assert.Empty(await db.ActionProgress.ToListAsync());
        Assert.Empty(await db.AuditLog.Where(a => a.Action == ActionProgressStore.AuditAction).ToListAsync());
    }

    public static TheoryData<string, string?, int, int, string[]> BadRiskRecords() => new()
    {
        // Likelihood and impact are 1–5: both ends and both fields named.
        { "likelihood 0", null, 0, 3, ["likelihood"] },
        { "impact 6", null, 3, 6, ["impact"] },
        { "both off", null, 6, 0, ["likelihood", "impact"] },
        // A risk not in the plan.
        { "unknown risk", "no-such-risk", 3, 3, ["risk"] },
    };

    [Theory, MemberData(nameof(BadRiskRecords))]
    public async Task A_bad_risk_assessment_is_refused_with_its_fields(string why, string? risk, int likelihood, int impact, string[] fields)
    {
        Assert.True(why.Length > 0);
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        var p = await AddAsync(database);
        await using var db = database.NewContext();

        var save = await db.SaveRiskAssessmentsAsync(p.Id, [new(risk ?? p.Risk, p.Periods[0].Code, likelihood, impact, null)]);

        Assert.Equal(ProgressSaveOutcome.Invalid, save.Outcome);
        Assert.Equal(fields, save.Problems.Select(x => x.Field));
        Assert.Empty(await db.RiskAssessments.ToListAsync());
    }

    [Theory, BothProviders]
    public async Task A_project_that_does_not_exist_is_not_found(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.NewContext();

        Assert.Equal(ProgressSaveOutcome.NotFound, (await db.SaveActionProgressAsync(999, [new("a", "2026-H2", ActionStatus.Done, 100, null)])).Outcome);
        Assert.Equal(ProgressSaveOutcome.NotFound, (await db.SaveRiskAssessmentsAsync(999, [new("r", "2026-H2", 1, 1, null)])).Outcome);
    }

    // Many saves of the same action and period at once: each is made whole one after the other (none fails on the
    // unique key), one row remains holding one of the values, and the audit chain stays intact.
    [Theory, BothProviders]
    public async Task Saves_of_the_same_action_at_once_all_succeed_and_leave_one_row(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var p = await AddAsync(database);
        var period = p.Periods[0].Code;
        var start = new TaskCompletionSource();
        var saves = Enumerable.Range(0, 8).Select(async i =>
        {
            await using var db = database.NewContext();
            await start.Task;
            var action = await db.SaveActionProgressAsync(p.Id, [new(p.Action, period, ActionStatus.InProgress, i * 10, $"save {i}")]);
            var risk = await db.SaveRiskAssessmentsAsync(p.Id, [new(p.Risk, period, i % 5 + 1, 3, null)]);
            return (action.Outcome, risk.Outcome);
        }).ToList();
        start.SetResult();
        var results = await Task.WhenAll(saves);

        Assert.All(results, r => Assert.Equal((ProgressSaveOutcome.Saved, ProgressSaveOutcome.Saved), r));
        await using var check = database.NewContext();
        var row = Assert.Single(await check.ActionProgress.ToListAsync());
        Assert.Equal($"save {row.PercentDone / 10}", row.Note);
        Assert.Single(await check.RiskAssessments.ToListAsync());
        Assert.True((await AuditLog.VerifyAsync(check)).Intact);
        Assert.InRange(await check.AuditLog.CountAsync(a => a.Action == ActionProgressStore.AuditAction), 1, 8);
    }

    // A real plan: every action of the plan can be recorded for every period of the project in one save.
    [Theory, BothProviders]
    public async Task Every_action_of_a_real_plan_is_saved_for_each_period(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var p = await AddAsync(database, SeedPlans.Import(SeedPlans.Names[0]));
        var actions = PlannedActions.Of(p.Plan);
        var records = p.Periods.SelectMany(period => actions.Select((a, i) => new ActionProgress(a.Id, period.Code, (ActionStatus)(i % 5), i % 101, null))).ToList();
        Assert.NotEmpty(records);
        await using var db = database.NewContext();

        var save = await db.SaveActionProgressAsync(p.Id, records);

        Assert.Equal((ProgressSaveOutcome.Saved, records.Count), (save.Outcome, save.Changed));
        Assert.Equal(records.OrderBy(r => r.ActionId, StringComparer.Ordinal).ThenBy(r => r.PeriodCode, StringComparer.Ordinal),
            (await FollowUps.LoadAsync(db, p.Id)).Actions.OrderBy(r => r.ActionId, StringComparer.Ordinal).ThenBy(r => r.PeriodCode, StringComparer.Ordinal));
    }
}
