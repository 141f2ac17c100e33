using Hankevahti.Plans;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Following;
using Hankevahti.Storage.Portfolio;
using Hankevahti.Storage.Projects;
using Hankevahti.Storage.Query;
using Hankevahti.Storage.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Storage.Tests.Portfolio;

/// <summary>
/// actual_cost_sums (migration 0013) against the record: after imports, rows added by other writers, catching up,
/// a rebuild and a project's deletion, the sums kept plus the ledger rows above the watermark equal the ledger summed
/// per project × organisation × year, to the cent, on both databases; and the portfolio's spend is the ledger's
/// whether or not its rows were folded into the sums yet.
/// </summary>
public class LedgerSumsTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);

    private static Plan PlanOf(string name) => new()
    {
        Project = new Project { Name = name, Period = new DateRange { Start = new(2025, 1, 1), End = new(2026, 12, 31) } },
        Organisations = [new Organisation { Name = "Kunta" }, new Organisation { Name = "Kaupunki" }],
    };

    private static ActualCostRow Row(int project, string organisation, string voucher, DateOnly day, decimal amount) => new()
    {
        ProjectId = project, Organisation = organisation, Voucher = voucher, Line = 1, BookedOn = day, Account = "4000",
        Category = "personnelHired", Amount = amount,
    };

    // The ledger summed from the record, in C# (SQLite keeps amounts as text).
    private static async Task<Dictionary<(int, string, int), decimal>> RecordAsync(HankevahtiDb db) =>
        (await db.ActualCosts.AsNoTracking().Select(c => new { c.ProjectId, c.Organisation, c.BookedOn, c.Amount }).ToListAsync())
            .GroupBy(c => (c.ProjectId, c.Organisation, c.BookedOn.Year))
            .ToDictionary(g => g.Key, g => g.Sum(c => c.Amount));

    // What a reader sees: the sums kept plus the rows above the watermark.
    private static async Task<Dictionary<(int, string, int), decimal>> KeptAsync(HankevahtiDb db)
    {
        var through = await db.ActualCostSumsThrough.AsNoTracking().Select(t => t.ThroughId).SingleAsync();
        var kept = (await db.ActualCostSums.AsNoTracking().ToListAsync()).Select(s => ((s.ProjectId, s.Organisation, s.Year), s.Amount));
        var since = (await db.ActualCosts.AsNoTracking().Where(c => c.Id > through).ToListAsync()).Select(c => ((c.ProjectId, c.Organisation, c.BookedOn.Year), c.Amount));
        return kept.Concat(since).GroupBy(x => x.Item1).ToDictionary(g => g.Key, g => g.Sum(x => x.Amount));
    }

    private static async Task<T> InTransactionAsync<T>(HankevahtiDb db, Func<System.Data.Common.DbConnection, System.Data.Common.DbTransaction, Task<T>> work)
    {
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();
        await using var tx = await connection.BeginTransactionAsync();
        var result = await work(connection, tx);
        await tx.CommitAsync();
        return result;
    }

    [Theory, BothProviders]
    public async Task The_sums_and_the_rows_above_the_watermark_equal_the_ledger_after_every_kind_of_write(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.NewContext();
        var a = (await db.AddProjectAsync(PlanOf("Alfa"), "test", null, null)).Id;
        var b = (await db.AddProjectAsync(PlanOf("Beta"), "test", null, null)).Id;

        // Rows written by a path that does not keep the sums (here EF): the reader adds them from above the watermark.
        // Cents that a floating-point SUM would lose, two years, two organisations.
        db.ActualCosts.AddRange(Row(a, "Kunta", "V1", new(2025, 3, 4), 0.10m), Row(a, "Kunta", "V2", new(2025, 5, 4), 0.20m),
            Row(a, "Kaupunki", "V3", new(2026, 1, 1), 1_000_000.01m), Row(b, "Kunta", "V4", new(2025, 12, 31), 999.99m));
        await db.SaveChangesAsync();
        Assert.Empty(await db.ActualCostSums.ToListAsync());
        Assert.Equal(await RecordAsync(db), await KeptAsync(db));

        // Caught up: everything folded into the sums, nothing above the watermark.
        Assert.Equal(4, await InTransactionAsync(db, (c, t) => LedgerSums.CatchUpAsync(c, t, default)));
        Assert.Equal(0.30m, (await db.ActualCostSums.AsNoTracking().SingleAsync(s => s.ProjectId == a && s.Organisation == "Kunta" && s.Year == 2025)).Amount);
        Assert.Equal(await RecordAsync(db), await KeptAsync(db));

        // A ledger import adds to a key already summed and to a new one; catching up again adds to what is kept.
        var read = new Hankevahti.Following.Ledger.LedgerRead([
            new(1, "V5", 1, new(2025, 6, 1), "4000", null, null, "1", CostCategory.PersonnelHired, 0.05m, null),
            new(2, "V6", 1, new(2024, 12, 1), "4000", null, null, "1", CostCategory.PersonnelHired, 12.34m, null)], [], 2);
        Assert.NotNull(await LedgerImports.StoreAsync(db, a, "Kunta", "kirjanpito.csv", "00", read));
        Assert.Equal(await RecordAsync(db), await KeptAsync(db));
        Assert.Equal(2, await InTransactionAsync(db, (c, t) => LedgerSums.CatchUpAsync(c, t, default)));
        Assert.Equal(0.35m, (await db.ActualCostSums.AsNoTracking().SingleAsync(s => s.ProjectId == a && s.Organisation == "Kunta" && s.Year == 2025)).Amount);
        Assert.Equal(0, await InTransactionAsync(db, (c, t) => LedgerSums.CatchUpAsync(c, t, default)));

        // The reindex rebuilds the sums from the ledger alone: a sum made wrong by hand is put right.
        await db.ActualCostSums.Where(s => s.ProjectId == b).ExecuteUpdateAsync(s => s.SetProperty(x => x.Amount, 1m));
        var counts = await InTransactionAsync(db, (c, t) => QueryIndex.RebuildAsync(c, t, default));
        // Alfa: Kunta 2024 and 2025, Kaupunki 2026; Beta: Kunta 2025.
        Assert.Equal(4, counts.Rows[LedgerSums.Table]);
        Assert.Equal(await RecordAsync(db), await KeptAsync(db));
        Assert.Equal(await RecordAsync(db), (await db.ActualCostSums.AsNoTracking().ToListAsync()).ToDictionary(s => (s.ProjectId, s.Organisation, s.Year), s => s.Amount));

        // A deleted project takes its sums with it.
        await db.Projects.Where(p => p.Id == b).ExecuteDeleteAsync();
        Assert.Empty(await db.ActualCostSums.Where(s => s.ProjectId == b).ToListAsync());
        Assert.Equal(await RecordAsync(db), await KeptAsync(db));
    }

    [Theory, BothProviders]
    public async Task The_portfolios_spend_is_the_ledgers_before_and_after_its_rows_are_folded_in(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.NewContext();
        var a = (await db.AddProjectAsync(PlanOf("Alfa"), "test", null, null)).Id;
        db.ActualCosts.AddRange(Row(a, "Kunta", "V1", new(2025, 3, 4), 0.10m), Row(a, "Kaupunki", "V2", new(2026, 1, 1), 0.20m));
        await db.SaveChangesAsync();
        await InTransactionAsync(db, (c, t) => LedgerSums.CatchUpAsync(c, t, default));
        // One more row above the watermark: the reader must add it to the sums, not miss it or count the others twice.
        db.ActualCosts.Add(Row(a, "Kunta", "V3", new(2025, 4, 4), 0.05m));
        await db.SaveChangesAsync();

        var byYear = await PortfolioQuery.RunAsync(db, db.Projects, PortfolioDimension.Year, PortfolioFilter.None, Today);
        Assert.Equal(0.35m, byYear.Total.Actual);
        Assert.Equal(0.15m, byYear.Groups.Single(g => g.Group == "2025").Figures.Actual);
        Assert.Equal(0.20m, byYear.Groups.Single(g => g.Group == "2026").Figures.Actual);
    }
}
