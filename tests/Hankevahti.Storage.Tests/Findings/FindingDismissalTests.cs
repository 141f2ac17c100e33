using Hankevahti.Storage.Database;
using Hankevahti.Storage.Findings;
using Hankevahti.Storage.Projects;
using Hankevahti.Storage.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Storage.Tests.Findings;

/// <summary>
/// Dismissals of findings (migration 0005): one per project and finding key, safe when two arrive at
/// once, removed by restoring, and gone with their project.
/// </summary>
public class FindingDismissalTests
{
    private const string Key = "0123456789abcdef0123456789abcdef";
    private const string OtherKey = "fedcba9876543210fedcba9876543210";

    private static async Task<int> ProjectAsync(TestDatabase database, string name = "Kuittaukset")
    {
        await using var db = database.NewContext();
        return (await db.AddProjectAsync(TestPlans.Summary(name, null, null, null), "test")).Id;
    }

    [Theory, BothProviders]
    public async Task A_dismissal_reads_back_with_everything_it_was_given(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var id = await ProjectAsync(database);
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);

        await using (var db = database.NewContext())
        {
            Assert.Equal(DismissOutcome.Dismissed,
                await db.DismissFindingAsync(id, Key, "HV-RISK-001", "Ei virhe: riskin omistaa ohjausryhmä – ”koko ryhmä”.\nToinen rivi.", 3, "maija"));
        }

        await using (var db = database.NewContext())
        {
            var row = Assert.Single((await db.DismissalsOfAsync(id)).Values);
            Assert.Equal(id, row.ProjectId);
            Assert.Equal(Key, row.FindingKey);
            Assert.Equal("HV-RISK-001", row.RuleCode);
            Assert.Equal("Ei virhe: riskin omistaa ohjausryhmä – ”koko ryhmä”.\nToinen rivi.", row.Reason);
            Assert.Equal("maija", row.DismissedBy);
            Assert.Equal(3, row.VersionNumber);
            Assert.InRange(row.DismissedAt, before, DateTimeOffset.UtcNow.AddSeconds(1));
            Assert.Equal(TimeSpan.Zero, row.DismissedAt.Offset);
        }
    }

    // Dismissing what is dismissed (a second tab, a double click) is no error, and the first reason stays.
    [Theory, BothProviders]
    public async Task Dismissing_twice_keeps_the_first_and_is_not_an_error(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var id = await ProjectAsync(database);
        await using var db = database.NewContext();

        Assert.Equal(DismissOutcome.Dismissed, await db.DismissFindingAsync(id, Key, "HV-X-001", "Ensimmäinen.", 1));
        Assert.Equal(DismissOutcome.AlreadyDismissed, await db.DismissFindingAsync(id, Key, "HV-X-001", "Toinen.", 2));

        var row = Assert.Single((await db.DismissalsOfAsync(id)).Values);
        Assert.Equal("Ensimmäinen.", row.Reason);
        Assert.Equal(1, row.VersionNumber);
    }

    [Theory, BothProviders]
    public async Task Of_dismissals_at_once_exactly_one_is_stored_and_none_fails(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var id = await ProjectAsync(database);

        for (var trial = 0; trial < 5; trial++)
        {
            var key = $"{trial:x32}";
            var start = new TaskCompletionSource();
            var work = Enumerable.Range(0, 8).Select(async i =>
            {
                await using var db = database.NewContext();
                await start.Task;
                return await db.DismissFindingAsync(id, key, "HV-X-001", $"Syy {i}", 1);
            }).ToList();
            start.SetResult();
            var outcomes = await Task.WhenAll(work);

            Assert.Single(outcomes, o => o == DismissOutcome.Dismissed);
            Assert.All(outcomes.Where(o => o != DismissOutcome.Dismissed), o => Assert.Equal(DismissOutcome.AlreadyDismissed, o));
            Assert.Equal(1, await database.CountAsync($"SELECT count(*) FROM finding_dismissals WHERE finding_key = '{key}'"));
        }
    }

    [Theory, BothProviders]
    public async Task Restoring_removes_the_dismissal_and_restoring_again_is_no_error(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var id = await ProjectAsync(database);
        await using var db = database.NewContext();
        await db.DismissFindingAsync(id, Key, "HV-X-001", "Syy.", 1);
        await db.DismissFindingAsync(id, OtherKey, "HV-X-002", "Toinen syy.", 1);

        Assert.True(await db.RestoreFindingAsync(id, Key));
        Assert.False(await db.RestoreFindingAsync(id, Key));

        Assert.Equal([OtherKey], (await db.DismissalsOfAsync(id)).Keys);
        // Once open again it can be dismissed again, with a new reason.
        Assert.Equal(DismissOutcome.Dismissed, await db.DismissFindingAsync(id, Key, "HV-X-001", "Uusi syy.", 4));
        Assert.Equal("Uusi syy.", (await db.DismissalsOfAsync(id))[Key].Reason);
    }

    // The same finding in two projects (two plans from one template) is dismissed in each on its own.
    [Theory, BothProviders]
    public async Task Dismissals_are_per_project_and_go_with_their_project(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var first = await ProjectAsync(database, "Ensimmäinen");
        var second = await ProjectAsync(database, "Toinen");
        await using (var db = database.NewContext())
        {
            Assert.Equal(DismissOutcome.Dismissed, await db.DismissFindingAsync(first, Key, "HV-X-001", "Syy.", 1));
            Assert.Empty(await db.DismissalsOfAsync(second));
            Assert.Equal(DismissOutcome.Dismissed, await db.DismissFindingAsync(second, Key, "HV-X-001", "Syy.", 1));
            Assert.Equal(DismissOutcome.NotFound, await db.DismissFindingAsync(second + first + 1000, Key, "HV-X-001", "Syy.", 1));
        }

        await database.ExecuteAsync($"DELETE FROM projects WHERE id = {first}");

        Assert.Equal(0, await database.CountAsync($"SELECT count(*) FROM finding_dismissals WHERE project_id = {first}"));
        Assert.Equal(1, await database.CountAsync($"SELECT count(*) FROM finding_dismissals WHERE project_id = {second}"));
    }

    // The web app keeps a project's dismissals until the change stamp moves: dismissing and restoring must move it.
    [Theory, BothProviders]
    public async Task Dismissing_and_restoring_move_the_change_stamp(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var id = await ProjectAsync(database);
        using var changes = new DatabaseChanges(database.Settings);

        var before = await changes.StampAsync();
        await using (var db = database.NewContext())
        {
            await db.DismissFindingAsync(id, Key, "HV-X-001", "Syy.", 1);
        }
        var dismissed = await changes.StampAsync();
        await using (var db = database.NewContext())
        {
            await db.RestoreFindingAsync(id, Key);
        }
        var restored = await changes.StampAsync();

        Assert.NotNull(before);
        Assert.NotEqual(before, dismissed);
        Assert.NotEqual(dismissed, restored);
    }

    [Theory, BothProviders]
    public async Task The_unique_index_refuses_a_second_row_for_one_key_written_through_EF(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var id = await ProjectAsync(database);
        await using var db = database.NewContext();
        await db.DismissFindingAsync(id, Key, "HV-X-001", "Syy.", 1);

        db.FindingDismissals.Add(new FindingDismissalRow { ProjectId = id, FindingKey = Key, RuleCode = "HV-X-001", Reason = "Toinen.", DismissedAt = DateTimeOffset.UtcNow, VersionNumber = 1 });

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }
}
