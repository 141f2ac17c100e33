using Hankevahti.Plans;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Projects;
using Hankevahti.Storage.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Storage.Tests.Projects;

/// <summary>
/// Saves made on the same base version at the same moment, each in a context of its own as separate
/// requests have: exactly one is stored, the others are refused, and no acknowledged save is lost.
/// Before the version number came from the base, both were told "saved" and one change vanished.
/// </summary>
public class ConcurrentVersionTests
{
    [Theory, BothProviders]
    public async Task Of_saves_on_one_base_at_once_exactly_one_is_stored_and_the_rest_are_refused(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        int projectId;
        await using (var db = database.NewContext())
        {
            projectId = (await db.AddProjectAsync(TestPlans.Summary("Alku", null, null, null), "test")).Id;
        }

        for (var trial = 0; trial < 20; trial++)
        {
            var start = new TaskCompletionSource();
            var saves = Enumerable.Range(0, 8).Select(async i =>
            {
                await using var db = database.NewContext();
                await start.Task;
                return (i, await db.AddVersionOnAsync(projectId, trial + 1, TestPlans.Summary($"T{trial} C{i}", null, null, null), "edit"));
            }).ToList();
            start.SetResult();
            var results = await Task.WhenAll(saves);

            var saved = Assert.Single(results, r => r.Item2.Outcome == VersionSaveOutcome.Saved);
            Assert.Equal(trial + 2, saved.Item2.Version!.Number);
            Assert.All(results.Where(r => r != saved), r => Assert.Equal(VersionSaveOutcome.Conflict, r.Item2.Outcome));
            await using var check = database.NewContext();
            var latest = await check.LatestPlanAsync(projectId);
            Assert.Equal($"T{trial} C{saved.i}", latest!.Plan!.Project.Name);
            Assert.Equal($"T{trial} C{saved.i}", (await check.Projects.SingleAsync(p => p.Id == projectId)).Name);
        }
    }

    [Theory, BothProviders]
    public async Task Clients_that_retry_on_refusal_all_get_their_change_stored_once(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        int projectId;
        await using (var db = database.NewContext())
        {
            projectId = (await db.AddProjectAsync(TestPlans.Summary("Alku", null, null, null), "test")).Id;
        }
        const int clients = 40;
        var acknowledged = 0;
        var start = new TaskCompletionSource();
        var work = Enumerable.Range(0, clients).Select(async i =>
        {
            await start.Task;
            for (var attempt = 1; ; attempt++)
            {
                await using var db = database.NewContext();
                var latest = (await db.LatestPlanAsync(projectId))!;
                var changed = latest.Plan! with { Risks = [.. latest.Plan!.Risks, new Risk { Title = $"client {i}" }] };
                var result = await db.AddVersionOnAsync(projectId, latest.Version.Number, changed, "edit");
                if (result.Outcome == VersionSaveOutcome.Saved)
                {
                    Interlocked.Increment(ref acknowledged);
                    return;
                }
                Assert.Equal(VersionSaveOutcome.Conflict, result.Outcome);
                await Task.Delay(Random.Shared.Next(0, Math.Min(50, 5 * attempt)));
            }
        }).ToList();
        start.SetResult();
        await Task.WhenAll(work);

        await using var check = database.NewContext();
        var stored = (await check.LatestPlanAsync(projectId))!;
        Assert.Equal(clients, acknowledged);
        Assert.Equal(clients + 1, stored.Version.Number);
        Assert.Equal(Enumerable.Range(0, clients).Select(i => $"client {i}").Order(), stored.Plan!.Risks.Select(r => r.Title).Order());
    }

    // An import or the CLI appends whatever was saved before: two at once both get a number, none is lost.
    [Theory, BothProviders]
    public async Task Appended_versions_saved_at_once_all_get_numbers(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        int projectId;
        await using (var db = database.NewContext())
        {
            projectId = (await db.AddProjectAsync(TestPlans.Summary("Alku", null, null, null), "test")).Id;
        }
        var start = new TaskCompletionSource();
        var saves = Enumerable.Range(0, 10).Select(async i =>
        {
            await using var db = database.NewContext();
            await start.Task;
            return (await db.AddVersionAsync(projectId, TestPlans.Summary($"Tuonti {i}", null, null, null), "import"))!.Number;
        }).ToList();
        start.SetResult();
        var numbers = await Task.WhenAll(saves);
        Assert.Equal(Enumerable.Range(2, 10), numbers.Order());
    }

    [Theory, BothProviders]
    public async Task A_save_on_a_base_that_is_not_the_newest_or_not_there_is_refused(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.NewContext();
        var id = (await db.AddProjectAsync(TestPlans.Summary("Alku", null, null, null), "test")).Id;
        Assert.Equal(VersionSaveOutcome.Saved, (await db.AddVersionOnAsync(id, 1, TestPlans.Summary("Kaksi", null, null, null), "edit")).Outcome);
        // An old base (someone saved since), a base from the future (a forged form) and a missing project.
        var old = await db.AddVersionOnAsync(id, 1, TestPlans.Summary("Vanha", null, null, null), "edit");
        Assert.Equal((VersionSaveOutcome.Conflict, 2), (old.Outcome, old.Latest));
        Assert.Equal(VersionSaveOutcome.Conflict, (await db.AddVersionOnAsync(id, 7, TestPlans.Summary("Tuleva", null, null, null), "edit")).Outcome);
        Assert.Equal(VersionSaveOutcome.NotFound, (await db.AddVersionOnAsync(id + 1, 1, TestPlans.Summary("Ei ole", null, null, null), "edit")).Outcome);
        Assert.Equal(2, await db.PlanVersions.CountAsync(v => v.ProjectId == id));
        Assert.Equal("Kaksi", (await db.Projects.AsNoTracking().SingleAsync(p => p.Id == id)).Name);
    }
}
