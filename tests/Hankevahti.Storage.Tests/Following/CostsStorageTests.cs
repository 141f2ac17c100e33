using Hankevahti.Checks.Profiles;
using Hankevahti.Following.Costs;
using Hankevahti.People;
using Hankevahti.Plans;
using Hankevahti.Storage.Audit;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Following;
using Hankevahti.Storage.Projects;
using Hankevahti.Storage.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Storage.Tests.Following;

/// <summary>The costs grid, forecasts and budget transfers as stored, with their audit rows, on both databases.</summary>
public class CostsStorageTests
{
    private const string Lead = "Kunta";
    private const string Partner = "Kaupunki";
    private static readonly DateOnly March = new(2026, 3, 1);

    private static Plan CostsPlan() => new()
    {
        Project = new Project { Name = "Kulut", Period = new DateRange { Start = new(2026, 1, 1), End = new(2027, 12, 31) } },
        Work = [new WorkPart { Code = "1" }, new WorkPart { Code = "2" }],
        Organisations = [new Organisation { Name = Lead }, new Organisation { Name = Partner }],
        Budget = new Budget
        {
            Lines =
            [
                new BudgetLine { PartCode = "1", Category = CostCategory.PersonnelHired, Amount = 100_000m, Organisation = Lead },
                new BudgetLine { PartCode = "2", Category = CostCategory.PersonnelHired, Amount = 50_000m, Organisation = Partner },
            ],
        },
    };

    private static async Task<int> ProjectAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        return (await db.AddProjectAsync(CostsPlan(), "test")).Id;
    }

    [Theory, BothProviders]
    public async Task A_months_grid_is_saved_changed_and_cleared_with_an_audit_row_per_save(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var projectId = await ProjectAsync(database);
        await using var db = database.NewContext();

        var first = await CostEntries.SaveMonthAsync(db, projectId, Lead, March,
            [new("1", CostCategory.PersonnelHired, 1234.56m), new(null, CostCategory.Rents, 100m)]);
        var second = await CostEntries.SaveMonthAsync(db, projectId, Lead, March,
            [new("1", CostCategory.PersonnelHired, 1234.56m), new(null, CostCategory.Rents, null), new("2", CostCategory.Materials, 0.01m)]);
        var unchanged = await CostEntries.SaveMonthAsync(db, projectId, Lead, March, [new("1", CostCategory.PersonnelHired, 1234.56m)]);

        Assert.Equal((CostSaveOutcome.Saved, 2), (first.Outcome, first.Changed));
        Assert.Equal(2, second.Changed);
        Assert.Equal(0, unchanged.Changed);
        var month = await CostEntries.MonthAsync(db, projectId, Lead, March);
        Assert.Equal([new CostEntryInput("1", CostCategory.PersonnelHired, 1234.56m), new CostEntryInput("2", CostCategory.Materials, 0.01m)],
            month.OrderBy(c => c.PartCode));
        var audit = await db.AuditLog.AsNoTracking().Where(a => a.Action == "cost.entry").OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(2, audit.Count);
        Assert.Equal("-/rents 100.00; 2/materials –", audit[1].BeforeValue);
        Assert.Equal("-/rents –; 2/materials 0.01", audit[1].AfterValue);
        Assert.True((await AuditLog.VerifyAsync(db)).Intact);
        // What the grid saved is what the follow-up reads.
        var costs = await FollowUps.CostsAsync(db, projectId);
        Assert.Equal(1234.57m, costs.Sum(c => c.Amount));
    }

    [Theory, BothProviders]
    public async Task A_co_implementer_saving_another_organisations_month_is_refused_and_audited(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var projectId = await ProjectAsync(database);
        await using var db = database.NewContext();

        var refused = await CostEntries.SaveMonthAsync(db, projectId, Lead, March, [new("1", CostCategory.PersonnelHired, 5m)], ownOrganisation: Partner);
        var own = await CostEntries.SaveMonthAsync(db, projectId, " kaupunki ", March, [new("2", CostCategory.PersonnelHired, 5m)], ownOrganisation: Partner);

        Assert.Equal(CostSaveOutcome.OutsideOrganisation, refused.Outcome);
        Assert.Equal(CostSaveOutcome.Saved, own.Outcome);
        Assert.Empty(await CostEntries.MonthAsync(db, projectId, Lead, March));
        var audit = await db.AuditLog.AsNoTracking().Where(a => a.Action == "cost.entry").OrderBy(a => a.Id).Select(a => a.Outcome).ToListAsync();
        Assert.Equal([AuditOutcomes.Refused, AuditOutcomes.Done], audit);
    }

    /// <summary>
    /// Many clients save the same month at once, each a different amount in the same two cells: afterwards both cells
    /// hold one client's amounts (the last writer's), never one cell from one client and the other from another.
    /// </summary>
    [Theory, BothProviders]
    public async Task Concurrent_saves_of_the_same_cells_leave_one_whole_save(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var projectId = await ProjectAsync(database);
        for (var trial = 0; trial < 5; trial++)
        {
            var start = new TaskCompletionSource();
            var saves = Enumerable.Range(1, 8).Select(async i =>
            {
                await using var db = database.NewContext();
                await start.Task;
                return await CostEntries.SaveMonthAsync(db, projectId, Lead, March,
                    [new("1", CostCategory.PersonnelHired, trial * 100 + i), new("2", CostCategory.PersonnelHired, (trial * 100 + i) * 2m)]);
            }).ToList();
            start.SetResult();
            var results = await Task.WhenAll(saves);

            Assert.All(results, r => Assert.Equal(CostSaveOutcome.Saved, r.Outcome));
            await using var check = database.NewContext();
            var cells = (await CostEntries.MonthAsync(check, projectId, Lead, March)).ToDictionary(c => c.PartCode!, c => c.Amount);
            Assert.Equal(2, cells.Count);
            Assert.Equal(cells["1"] * 2m, cells["2"]);
            // Every save that changed something has its audit row, and the chain is whole.
            Assert.True((await AuditLog.VerifyAsync(check)).Intact);
        }
    }

    [Theory, BothProviders]
    public async Task Forecasts_are_saved_per_part_and_category_and_read_by_the_follow_up(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var projectId = await ProjectAsync(database);
        await using var db = database.NewContext();

        await CostForecasts.SaveAsync(db, projectId, [new("1", CostCategory.PersonnelHired, 90_000m, " palkat "), new(null, CostCategory.Other, 10m, null)]);
        var second = await CostForecasts.SaveAsync(db, projectId, [new(null, CostCategory.Other, null, null)]);

        Assert.Equal(1, second.Changed);
        var forecast = Assert.Single((await FollowUps.LoadAsync(db, projectId)).Forecasts);
        Assert.Equal(("1", 90_000m, "palkat"), (forecast.PartCode, forecast.Amount, forecast.Note));
        Assert.Equal(2, await db.AuditLog.CountAsync(a => a.Action == "cost.forecast"));
    }

    public static TheoryData<string, TransferRules?, decimal, VersionStatus> Requests() => new()
    {
        // No threshold: every transfer waits for the funder.
        { "no threshold", null, 1m, VersionStatus.Submitted },
        // Under 10 % of part 1's 100 000: approved when recorded.
        { "under the share", new TransferRules { ApprovalShare = 0.1m }, 10_000m, VersionStatus.Approved },
        // Over it: submitted.
        { "over the share", new TransferRules { ApprovalShare = 0.1m }, 10_000.01m, VersionStatus.Submitted },
    };

    [Theory, BothProviders]
    public async Task A_transfer_is_approved_at_once_under_the_threshold_and_submitted_over_it(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var projectId = await ProjectAsync(database);
        await using var db = database.NewContext();
        foreach (var (why, rules, amount, expected) in Requests().Select(r => ((string)r[0], (TransferRules?)r[1], (decimal)r[2], (VersionStatus)r[3])))
        {
            var result = await BudgetTransfers.RequestAsync(db, projectId,
                new TransferRequest("1", "2", CostCategory.PersonnelHired, null, amount, "Palkkaus viivästyi"), _ => rules);

            Assert.True(result.Outcome == TransferOutcome.Recorded && result.Status == expected, $"{why}: {result}");
        }
        Assert.Equal(3, await db.AuditLog.CountAsync(a => a.Action == "transfer.request"));
    }

    public static TheoryData<string, TransferRequest, TransferOutcome> BadRequests() => new()
    {
        // The reason is required: a transfer without one cannot be judged by the funder.
        { "no reason", new TransferRequest("1", "2", CostCategory.PersonnelHired, null, 5m, "  "), TransferOutcome.ReasonMissing },
        // Zero or negative: the direction is said by from and to.
        { "zero", new TransferRequest("1", "2", CostCategory.PersonnelHired, null, 0m, "x"), TransferOutcome.NotPositive },
        // From a cell to itself moves nothing.
        { "same cell", new TransferRequest("1", null, CostCategory.PersonnelHired, CostCategory.PersonnelHired, 5m, "x"), TransferOutcome.SameCell },
    };

    [Theory, BothProviders]
    public async Task A_bad_transfer_request_is_refused_and_nothing_is_stored(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var projectId = await ProjectAsync(database);
        await using var db = database.NewContext();
        foreach (var (why, request, expected) in BadRequests().Select(r => ((string)r[0], (TransferRequest)r[1], (TransferOutcome)r[2])))
        {
            Assert.True(expected == (await BudgetTransfers.RequestAsync(db, projectId, request)).Outcome, why);
        }
        Assert.Empty(await BudgetTransfers.ListAsync(db, projectId));
    }

    [Theory, BothProviders]
    public async Task A_funder_approves_or_returns_a_submitted_transfer_once(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var projectId = await ProjectAsync(database);
        await using var db = database.NewContext();
        var a = (await BudgetTransfers.RequestAsync(db, projectId, new TransferRequest("1", "2", CostCategory.PersonnelHired, null, 20_000m, "r"))).Id!.Value;
        var b = (await BudgetTransfers.RequestAsync(db, projectId, new TransferRequest("1", "2", CostCategory.PersonnelHired, null, 30_000m, "r"))).Id!.Value;

        Assert.Equal(TransferOutcome.ReasonMissing, (await BudgetTransfers.DecideAsync(db, projectId, b, VersionStatus.Returned, " ")).Outcome);
        Assert.Equal(TransferOutcome.Recorded, (await BudgetTransfers.DecideAsync(db, projectId, a, VersionStatus.Approved, null)).Outcome);
        Assert.Equal(TransferOutcome.Recorded, (await BudgetTransfers.DecideAsync(db, projectId, b, VersionStatus.Returned, "Ei perusteltu")).Outcome);
        // Decided already: nothing leaves approved, and a returned one is not approved by the funder without a new request.
        Assert.Equal(TransferOutcome.NotAllowed, (await BudgetTransfers.DecideAsync(db, projectId, a, VersionStatus.Returned, "x")).Outcome);
        Assert.Equal(TransferOutcome.NotAllowed, (await BudgetTransfers.DecideAsync(db, projectId, b, VersionStatus.Approved, null)).Outcome);
        Assert.Equal(TransferOutcome.NotFound, (await BudgetTransfers.DecideAsync(db, projectId, 9999, VersionStatus.Approved, null)).Outcome);

        // Only the approved transfer moves budget.
        var budget = ApprovedBudget.Of(CostsPlan(), (await FollowUps.LoadAsync(db, projectId)).Transfers);
        Assert.Equal(80_000m, budget.Cells[new CostKey("1", CostCategory.PersonnelHired)]);
        var returned = (await BudgetTransfers.ListAsync(db, projectId)).Single(t => t.Id == b);
        Assert.Equal(("returned", "Ei perusteltu"), (returned.Status, returned.StatusReason));
        Assert.Equal(["transfer.approve", "transfer.return"],
            await db.AuditLog.Where(x => x.Action.StartsWith("transfer.") && x.Action != "transfer.request").OrderBy(x => x.Id).Select(x => x.Action).ToListAsync());
    }
}
