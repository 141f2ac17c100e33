using Hankevahti.People;
using Hankevahti.Plans;
using Hankevahti.Storage.Audit;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Projects;
using Hankevahti.Storage.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Storage.Tests.Projects;

/// <summary>
/// The approval of stored versions (<see cref="VersionApprovals"/>): which moves are made and which refused,
/// two decisions at once, the audit entries, the project's status, and that an approved version's plan never changes.
/// </summary>
public class VersionApprovalTests
{
    private static readonly Actor Manager = new("manager-id", "manager@test.invalid", "test");
    private static readonly Actor Funder = new("funder-id", "funder@test.invalid", "test");

    /// <summary>A move made before the one a case is about, expected to succeed; <see cref="Save"/> stores a new version instead.</summary>
    private sealed record Step(int Number, VersionStatus To, string? Reason = null);

    private static readonly Step Save = new(0, VersionStatus.Draft);

    /// <summary>A project with <paramref name="Versions"/> saved versions, the steps made on it, then the move and its expected outcome.</summary>
    private sealed record Case(string Why, int Versions, Step[] Before, int Number, VersionStatus To, string? Reason, VersionMoveOutcome Expected, VersionStatus ExpectedAfter);

    private static readonly Case[] Transitions =
    [
        new("the normal start: the newest draft is submitted", 1, [], 1, VersionStatus.Submitted, null, VersionMoveOutcome.Moved, VersionStatus.Submitted),
        new("an older draft would ask the funder to approve what the plan no longer is", 2, [], 1, VersionStatus.Submitted, null, VersionMoveOutcome.NotNewest, VersionStatus.Draft),
        new("the funder decides only what was submitted: a draft is not approved", 1, [], 1, VersionStatus.Approved, null, VersionMoveOutcome.NotAllowed, VersionStatus.Draft),
        new("nor returned", 1, [], 1, VersionStatus.Returned, "syy", VersionMoveOutcome.NotAllowed, VersionStatus.Draft),
        new("a submitted version is approved", 1, [new(1, VersionStatus.Submitted)], 1, VersionStatus.Approved, null, VersionMoveOutcome.Moved, VersionStatus.Approved),
        new("a submitted version is returned with a reason", 1, [new(1, VersionStatus.Submitted)], 1, VersionStatus.Returned, "Budjetti puuttuu", VersionMoveOutcome.Moved, VersionStatus.Returned),
        new("a return without a reason tells the manager nothing", 1, [new(1, VersionStatus.Submitted)], 1, VersionStatus.Returned, null, VersionMoveOutcome.ReasonMissing, VersionStatus.Submitted),
        new("blanks are no reason either", 1, [new(1, VersionStatus.Submitted)], 1, VersionStatus.Returned, "  \n ", VersionMoveOutcome.ReasonMissing, VersionStatus.Submitted),
        new("a version already waiting is not submitted twice (a second click, two managers)", 1, [new(1, VersionStatus.Submitted)], 1, VersionStatus.Submitted, null, VersionMoveOutcome.NotAllowed, VersionStatus.Submitted),
        new("a returned version that is still the newest may be submitted again", 1, [new(1, VersionStatus.Submitted), new(1, VersionStatus.Returned, "korjaa")], 1, VersionStatus.Submitted, null, VersionMoveOutcome.Moved, VersionStatus.Submitted),
        new("a returned version with a newer one after it is not: the newer one is submitted instead", 1, [new(1, VersionStatus.Submitted), new(1, VersionStatus.Returned, "korjaa"), Save], 1, VersionStatus.Submitted, null, VersionMoveOutcome.NotNewest, VersionStatus.Returned),
        new("nothing leaves approved: not returned", 1, [new(1, VersionStatus.Submitted), new(1, VersionStatus.Approved)], 1, VersionStatus.Returned, "myöhemmin", VersionMoveOutcome.NotAllowed, VersionStatus.Approved),
        new("not submitted again", 1, [new(1, VersionStatus.Submitted), new(1, VersionStatus.Approved)], 1, VersionStatus.Submitted, null, VersionMoveOutcome.NotAllowed, VersionStatus.Approved),
        new("not approved twice (two funders)", 1, [new(1, VersionStatus.Submitted), new(1, VersionStatus.Approved)], 1, VersionStatus.Approved, null, VersionMoveOutcome.NotAllowed, VersionStatus.Approved),
        new("one version waits for a decision at a time: a newer one waits until the older is decided", 1, [new(1, VersionStatus.Submitted), Save], 2, VersionStatus.Submitted, null, VersionMoveOutcome.AnotherWaiting, VersionStatus.Draft),
        new("a submitted version is decided even when newer drafts were saved after it", 1, [new(1, VersionStatus.Submitted), Save], 1, VersionStatus.Approved, null, VersionMoveOutcome.Moved, VersionStatus.Approved),
        new("a change request: after an approval, the newest draft is submitted", 1, [new(1, VersionStatus.Submitted), new(1, VersionStatus.Approved), Save], 2, VersionStatus.Submitted, null, VersionMoveOutcome.Moved, VersionStatus.Submitted),
        new("a version that does not exist", 1, [], 7, VersionStatus.Submitted, null, VersionMoveOutcome.NotFound, VersionStatus.Draft),
    ];

    [Theory, BothProviders]
    public async Task Each_move_is_made_or_refused_as_the_rules_say(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var wrong = new List<string>();
        foreach (var c in Transitions)
        {
            await using var db = database.NewContext();
            db.Actor = Manager;
            var projectId = await ProjectWithVersionsAsync(db, c.Versions);
            foreach (var step in c.Before)
            {
                if (step == Save)
                {
                    var latest = (await db.LatestPlanAsync(projectId))!;
                    Assert.Equal(VersionSaveOutcome.Saved, (await db.AddVersionOnAsync(projectId, latest.Version.Number, TestPlans.Summary("Uusi", "Ohjelma", null, null), "edit")).Outcome);
                    continue;
                }
                var made = await db.MoveVersionAsync(projectId, step.Number, step.To, step.Reason);
                Assert.Equal(VersionMoveOutcome.Moved, made.Outcome);
            }
            var result = await db.MoveVersionAsync(projectId, c.Number, c.To, c.Reason);
            var after = await db.PlanVersions.AsNoTracking().Where(v => v.ProjectId == projectId && v.Number == c.Number).Select(v => v.Status).SingleOrDefaultAsync();
            if (result.Outcome != c.Expected || (after ?? "draft") != VersionStatuses.Name(c.ExpectedAfter))
            {
                wrong.Add($"{c.Why}: {result.Outcome} leaving {after}, expected {c.Expected} leaving {VersionStatuses.Name(c.ExpectedAfter)}");
            }
        }
        Assert.Empty(wrong);
    }

    [Theory, BothProviders]
    public async Task A_project_that_does_not_exist_is_not_found(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.NewContext();
        Assert.Equal(VersionMoveOutcome.NotFound, (await db.MoveVersionAsync(4242, 1, VersionStatus.Submitted, null)).Outcome);
    }

    [Theory, BothProviders]
    public async Task Of_two_funders_deciding_the_same_version_at_once_exactly_one_wins(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        for (var trial = 0; trial < 10; trial++)
        {
            int projectId;
            await using (var db = database.NewContext())
            {
                projectId = await ProjectWithVersionsAsync(db, 1);
                Assert.Equal(VersionMoveOutcome.Moved, (await db.MoveVersionAsync(projectId, 1, VersionStatus.Submitted, null)).Outcome);
            }
            var start = new TaskCompletionSource();
            var decisions = new[] { (VersionStatus.Approved, (string?)null), (VersionStatus.Returned, "Ei käy") }.Select(async d =>
            {
                await using var db = database.NewContext();
                db.Actor = Funder;
                await start.Task;
                return (d.Item1, await db.MoveVersionAsync(projectId, 1, d.Item1, d.Item2));
            }).ToList();
            start.SetResult();
            var results = await Task.WhenAll(decisions);

            var winner = Assert.Single(results, r => r.Item2.Outcome == VersionMoveOutcome.Moved);
            var loser = Assert.Single(results, r => r.Item2.Outcome != VersionMoveOutcome.Moved);
            // The loser is told what the winner made of the version.
            Assert.Equal(VersionMoveOutcome.NotAllowed, loser.Item2.Outcome);
            Assert.Equal(winner.Item1, loser.Item2.Current);
            await using var check = database.NewContext();
            Assert.Equal(VersionStatuses.Name(winner.Item1), await check.PlanVersions.Where(v => v.ProjectId == projectId).Select(v => v.Status).SingleAsync());
            Assert.Single(await check.AuditLog.Where(r => r.ProjectId == projectId && (r.Action == "version.approve" || r.Action == "version.return")).ToListAsync());
        }
    }

    [Theory, BothProviders]
    public async Task Of_many_submits_at_once_one_is_made(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        int projectId;
        await using (var db = database.NewContext())
        {
            projectId = await ProjectWithVersionsAsync(db, 3);
        }
        var start = new TaskCompletionSource();
        var submits = Enumerable.Range(0, 12).Select(async i =>
        {
            await using var db = database.NewContext();
            db.Actor = Manager;
            await start.Task;
            // Some ask for the newest version, some for older ones: only one of the newest's may pass.
            return await db.MoveVersionAsync(projectId, i % 4 == 0 ? 2 : 3, VersionStatus.Submitted, null);
        }).ToList();
        start.SetResult();
        var results = await Task.WhenAll(submits);

        Assert.Single(results, r => r.Outcome == VersionMoveOutcome.Moved);
        Assert.All(results.Where(r => r.Outcome != VersionMoveOutcome.Moved), r => Assert.Contains(r.Outcome, new[] { VersionMoveOutcome.NotAllowed, VersionMoveOutcome.NotNewest }));
        await using var check = database.NewContext();
        Assert.Equal(new[] { "draft", "draft", "submitted" }, await check.PlanVersions.Where(v => v.ProjectId == projectId).OrderBy(v => v.Number).Select(v => v.Status).ToListAsync());
        Assert.Single(await check.AuditLog.Where(r => r.Action == "version.submit").ToListAsync());
    }

    [Theory, BothProviders]
    public async Task Every_move_writes_its_audit_entry_and_who_made_it(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.NewContext();
        var projectId = await ProjectWithVersionsAsync(db, 1);
        db.Actor = Manager;
        await db.MoveVersionAsync(projectId, 1, VersionStatus.Submitted, null);
        db.Actor = Funder;
        await db.MoveVersionAsync(projectId, 1, VersionStatus.Returned, "Budjetti puuttuu");
        var returned = await db.PlanVersions.AsNoTracking().SingleAsync(v => v.ProjectId == projectId);
        Assert.Equal(("returned", "Budjetti puuttuu", "funder@test.invalid"), (returned.Status, returned.StatusReason, returned.StatusBy));
        Assert.NotNull(returned.StatusAt);
        db.Actor = Manager;
        await db.MoveVersionAsync(projectId, 1, VersionStatus.Submitted, null);
        db.Actor = Funder;
        await db.MoveVersionAsync(projectId, 1, VersionStatus.Approved, null);
        // A refused move changes nothing and writes no entry of a change.
        await db.MoveVersionAsync(projectId, 1, VersionStatus.Returned, "liian myöhään");

        var rows = await db.AuditLog.AsNoTracking().Where(r => r.Action.StartsWith("version.")).OrderBy(r => r.Id)
            .Select(r => new { r.Action, r.UserName, r.VersionNumber, r.BeforeValue, r.AfterValue }).ToListAsync();
        Assert.Equal(
            new[]
            {
                ("version.submit", "manager@test.invalid", "draft", "submitted"),
                ("version.return", "funder@test.invalid", "submitted", "returned: Budjetti puuttuu"),
                ("version.submit", "manager@test.invalid", "returned", "submitted"),
                ("version.approve", "funder@test.invalid", "submitted", "approved"),
            },
            rows.Select(r => (r.Action, r.UserName!, r.BeforeValue!, r.AfterValue!)).ToArray());
        Assert.All(rows, r => Assert.Equal(1, r.VersionNumber));
        var approved = await db.PlanVersions.AsNoTracking().SingleAsync(v => v.ProjectId == projectId);
        // The approval clears the return's reason: it no longer says why the version stands where it does.
        Assert.Equal(("approved", null, "funder@test.invalid"), (approved.Status, approved.StatusReason, approved.StatusBy));
        Assert.True((await AuditLog.VerifyAsync(db)).Intact);
    }

    [Theory, BothProviders]
    public async Task An_approved_versions_plan_never_changes_and_a_later_edit_is_a_new_draft(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.NewContext();
        var projectId = await ProjectWithVersionsAsync(db, 1);
        await db.MoveVersionAsync(projectId, 1, VersionStatus.Submitted, null);
        await db.MoveVersionAsync(projectId, 1, VersionStatus.Approved, null);
        var approvedJson = (await db.VersionPlanAsync(projectId, 1))!.Version.PlanJson;

        var latest = (await db.LatestPlanAsync(projectId))!;
        var saved = await db.AddVersionOnAsync(projectId, 1, latest.Plan! with { Project = latest.Plan!.Project with { Name = "Muutettu" } }, "edit");

        Assert.Equal(VersionSaveOutcome.Saved, saved.Outcome);
        await using var check = database.NewContext();
        var versions = await check.PlanVersions.AsNoTracking().Where(v => v.ProjectId == projectId).OrderBy(v => v.Number).ToListAsync();
        Assert.Equal(approvedJson, versions[0].PlanJson);
        Assert.Equal(("approved", "draft"), (versions[0].Status, versions[1].Status));
        Assert.Contains("Muutettu", versions[1].PlanJson);
        Assert.Equal(1, await check.ApprovedVersionAsync(projectId));
    }

    [Theory, BothProviders]
    public async Task The_projects_status_follows_the_latest_approval_and_stays_after_saves(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.NewContext();
        var projectId = await ProjectWithVersionsAsync(db, 1);
        async Task<string?> Status()
        {
            await using var check = database.NewContext();
            return await check.Projects.Where(p => p.Id == projectId).Select(p => p.Status).SingleAsync();
        }
        async Task SaveAsync(ProjectStatus status)
        {
            var latest = (await db.LatestPlanAsync(projectId))!;
            Assert.Equal(VersionSaveOutcome.Saved, (await db.AddVersionOnAsync(projectId, latest.Version.Number, latest.Plan! with { Project = latest.Plan!.Project with { Status = status } }, "edit")).Outcome);
        }

        Assert.Equal("draft", await Status());
        await db.MoveVersionAsync(projectId, 1, VersionStatus.Submitted, null);
        Assert.Equal("submitted", await Status());
        await db.MoveVersionAsync(projectId, 1, VersionStatus.Returned, "korjaa");
        Assert.Equal("draft", await Status());
        await db.MoveVersionAsync(projectId, 1, VersionStatus.Submitted, null);
        await db.MoveVersionAsync(projectId, 1, VersionStatus.Approved, null);
        Assert.Equal("approved", await Status());
        // A later draft (the plan itself still says draft) does not take the approval away.
        await SaveAsync(ProjectStatus.Draft);
        Assert.Equal("approved", await Status());
        // A change request waiting: the project is still what was approved.
        await db.MoveVersionAsync(projectId, 2, VersionStatus.Submitted, null);
        Assert.Equal("approved", await Status());
        await db.MoveVersionAsync(projectId, 2, VersionStatus.Approved, null);
        // The plan saying running says more than the approval.
        await SaveAsync(ProjectStatus.Running);
        Assert.Equal("running", await Status());
        Assert.Equal(2, await db.ApprovedVersionAsync(projectId));
    }

    [Fact]
    public void Without_any_decision_an_imported_plans_own_status_stands()
    {
        Assert.Equal(ProjectStatus.Approved, VersionApprovals.ProjectStatusOf(ProjectStatus.Approved, ["draft"]));
        Assert.Equal(ProjectStatus.Submitted, VersionApprovals.ProjectStatusOf(ProjectStatus.Draft, ["draft", "submitted"]));
        Assert.Equal(ProjectStatus.Cancelled, VersionApprovals.ProjectStatusOf(ProjectStatus.Cancelled, ["approved"]));
    }

    private static async Task<int> ProjectWithVersionsAsync(HankevahtiDb db, int versions)
    {
        // Made by nobody in particular: the test actors' ids are no accounts, so they cannot become the project's manager.
        var actor = db.Actor;
        db.Actor = Actor.Unknown;
        var project = await db.AddProjectAsync(TestPlans.Summary("Hanke 1", "Ohjelma", null, null), "test");
        for (var n = 2; n <= versions; n++)
        {
            var saved = await db.AddVersionOnAsync(project.Id, n - 1, TestPlans.Summary($"Hanke {n}", "Ohjelma", null, null), "edit");
            Assert.Equal(VersionSaveOutcome.Saved, saved.Outcome);
        }
        db.Actor = actor;
        return project.Id;
    }
}
