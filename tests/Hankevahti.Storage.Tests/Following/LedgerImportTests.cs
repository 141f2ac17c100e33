using System.Text;
using Hankevahti.Following.Ledger;
using Hankevahti.Storage.Audit;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Following;
using Hankevahti.Storage.Projects;
using Hankevahti.Storage.Tests.Fixtures;
using Hankevahti.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Storage.Tests.Following;

public class LedgerImportTests
{
    private const string Lead = "Pohjois-Savon hyvinvointialue";

    // The acceptance: the same export imported again adds nothing; what the first import added sums,
    // in the database, to the file's total to the cent.
    [Theory, BothProviders]
    public async Task Importing_the_same_file_twice_adds_nothing_the_second_time(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var (projectId, rows) = await ProjectWithLedgerAsync(database, 1_200);
        var bytes = LedgerFiles.CsvBytes(rows);

        await using (var db = database.NewContext())
        {
            var first = await LedgerImports.ImportAsync(db, projectId, null, "paakirja.csv", new MemoryStream(bytes));
            Assert.Equal((LedgerImportOutcome.Imported, Lead, 1_200, 1_200), (first.Outcome, first.Organisation, first.RowsRead, first.RowsAdded));
        }
        await using (var db = database.NewContext())
        {
            var second = await LedgerImports.ImportAsync(db, projectId, "PSHVA", "paakirja.csv", new MemoryStream(bytes));
            Assert.Equal((LedgerImportOutcome.Imported, 1_200, 0), (second.Outcome, second.RowsRead, second.RowsAdded));
        }
        await using (var check = database.NewContext())
        {
            Assert.Equal(1_200, await check.ActualCosts.CountAsync(c => c.ProjectId == projectId));
            Assert.Equal(rows.Sum(r => r.Amount), await check.ActualCosts.Where(c => c.ProjectId == projectId).SumAsync(c => c.Amount));
            var imports = await LedgerImports.ListAsync(check, projectId);
            Assert.Equal([0, 1_200], imports.Select(i => i.RowsAdded));
            Assert.Equal(2, await check.AuditLog.CountAsync(a => a.Action == LedgerImports.AuditAction && a.Outcome == AuditOutcomes.Done));
        }
    }

    // One bad row (text in the amount, an account no range maps, a date that is no date) refuses the whole file:
    // the message names the row as the spreadsheet numbers it, and not a row of the file is stored.
    [Theory, BothProviders]
    public async Task A_file_with_a_bad_row_is_refused_with_its_row_number_and_nothing_is_stored(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var (projectId, rows) = await ProjectWithLedgerAsync(database, 50);
        var csv = LedgerFiles.Csv(rows).Split('\n').ToList();
        // Lines 1-2 are the title and a blank line, 3 the heading: data row k is on line k + 3.
        csv[10] = WithField(csv[10], 6, "kaksisataa");
        csv[20] = WithField(csv[20], 3, "3010");

        await using (var db = database.NewContext())
        {
            var result = await LedgerImports.ImportAsync(db, projectId, null, "huono.csv", new MemoryStream(Encoding.UTF8.GetBytes(string.Join('\n', csv))));

            Assert.Equal(LedgerImportOutcome.Refused, result.Outcome);
            Assert.Equal([(11, LedgerProblem.BadAmount), (21, LedgerProblem.UnknownAccount)], result.Errors.Select(e => (e.Row, e.Problem)));
            Assert.StartsWith("row 11: amount 'kaksisataa': expected an amount", result.Errors[0].Message);
        }
        await using (var check = database.NewContext())
        {
            Assert.Equal(0, await check.ActualCosts.CountAsync());
            Assert.Equal(0, await check.LedgerImports.CountAsync());
            Assert.Equal(1, await check.AuditLog.CountAsync(a => a.Action == LedgerImports.AuditAction && a.Outcome == AuditOutcomes.Refused));
        }
    }

    // Metamorphic: the same ledger as .xlsx (typed cells) and as CSV (Finnish text) stores the same rows.
    [Theory, BothProviders]
    public async Task The_same_ledger_as_xlsx_and_as_csv_stores_the_same_rows(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var (csvProject, rows) = await ProjectWithLedgerAsync(database, 300);
        var (xlsxProject, _) = await ProjectWithLedgerAsync(database, 0);
        await using (var db = database.NewContext())
        {
            Assert.Equal(300, (await LedgerImports.ImportAsync(db, csvProject, null, "a.csv", new MemoryStream(LedgerFiles.CsvBytes(rows, windowsAnsi: true)))).RowsAdded);
            Assert.Equal(300, (await LedgerImports.ImportAsync(db, xlsxProject, null, "a.xlsx", new MemoryStream(LedgerFiles.Xlsx(rows)))).RowsAdded);
        }
        await using var check = database.NewContext();
        async Task<List<string>> Stored(int projectId) => (await check.ActualCosts.AsNoTracking().Where(c => c.ProjectId == projectId).ToListAsync())
            .Select(c => $"{c.Voucher}/{c.Line} {c.BookedOn:yyyy-MM-dd} {c.Account} {c.AccountName} {c.CostCentre} {c.PartCode} {c.Category} {c.Amount:0.00} {c.Text}")
            .Order(StringComparer.Ordinal).ToList();
        Assert.Equal(await Stored(csvProject), await Stored(xlsxProject));
    }

    // Several clients importing the same file at once: each row is stored once and the rows added add up to the file.
    [Theory, BothProviders]
    public async Task Concurrent_imports_of_the_same_file_add_each_row_once(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var (projectId, rows) = await ProjectWithLedgerAsync(database, 2_000);
        var bytes = LedgerFiles.CsvBytes(rows);
        var start = new TaskCompletionSource();
        var clients = Enumerable.Range(0, 4).Select(async _ =>
        {
            await using var db = database.NewContext();
            await start.Task;
            return await LedgerImports.ImportAsync(db, projectId, null, "sama.csv", new MemoryStream(bytes));
        }).ToList();
        start.SetResult();
        var results = await Task.WhenAll(clients);

        Assert.All(results, r => Assert.Equal(LedgerImportOutcome.Imported, r.Outcome));
        Assert.Equal(2_000, results.Sum(r => r.RowsAdded));
        await using var check = database.NewContext();
        Assert.Equal(2_000, await check.ActualCosts.CountAsync(c => c.ProjectId == projectId));
    }

    // A cost centre mapped after the import moves its stored rows to the part; the next import of it maps on its own.
    [Theory, BothProviders]
    public async Task Mapping_a_cost_centre_later_moves_its_stored_rows_to_the_part(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var (projectId, rows) = await ProjectWithLedgerAsync(database, 400);
        var unmappedSum = rows.Where(r => r.CostCentre == LedgerFiles.UnmappedCostCentre).Sum(r => r.Amount);
        await using (var db = database.NewContext())
        {
            var result = await LedgerImports.ImportAsync(db, projectId, null, "a.csv", new MemoryStream(LedgerFiles.CsvBytes(rows)));
            Assert.Equal(new UnmappedCostCentre(LedgerFiles.UnmappedCostCentre, rows.Count(r => r.CostCentre == LedgerFiles.UnmappedCostCentre), unmappedSum),
                Assert.Single(result.Summary!.Unmapped));
            Assert.Equal(unmappedSum, Assert.Single(await LedgerImports.UnmappedAsync(db, projectId, Lead)).Sum);

            var moved = await CostMappings.SaveCostCentreAsync(db, projectId, Lead, LedgerFiles.UnmappedCostCentre, "2");
            Assert.Equal(rows.Count(r => r.CostCentre == LedgerFiles.UnmappedCostCentre), moved);
        }
        await using (var check = database.NewContext())
        {
            Assert.Empty(await LedgerImports.UnmappedAsync(check, projectId, Lead));
            Assert.Equal(unmappedSum, await check.ActualCosts.Where(c => c.CostCentre == LedgerFiles.UnmappedCostCentre && c.PartCode == "2").SumAsync(c => c.Amount));
            Assert.Equal("2", (await CostMappings.MappingAsync(check, projectId, Lead)).PartOf(LedgerFiles.UnmappedCostCentre));
        }
    }

    // The ledger must be one of the plan's organisations; the refusal lists them.
    [Theory, BothProviders]
    public async Task An_organisation_not_in_the_plan_is_refused(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var (projectId, rows) = await ProjectWithLedgerAsync(database, 5);
        await using var db = database.NewContext();
        var result = await LedgerImports.ImportAsync(db, projectId, "Joku muu", "a.csv", new MemoryStream(LedgerFiles.CsvBytes(rows)));
        Assert.Equal(LedgerImportOutcome.UnknownOrganisation, result.Outcome);
        Assert.Contains("Etelä-Savon hyvinvointialue", result.Organisations);
        Assert.Equal(0, await db.ActualCosts.CountAsync());
    }

    private static string WithField(string line, int index, string value)
    {
        var fields = line.Split(';');
        fields[index] = value;
        return string.Join(';', fields);
    }

    /// <summary>A project of the rich test plan with the cost centres KP1001… saved as mapped to its parts, and a made-up ledger.</summary>
    private static async Task<(int ProjectId, IReadOnlyList<LedgerFileRow> Rows)> ProjectWithLedgerAsync(TestDatabase database, int count)
    {
        var plan = TestPlans.Rich();
        await using var db = database.NewContext();
        var projectId = (await db.AddProjectAsync(plan, "test")).Id;
        foreach (var (centre, part) in LedgerFiles.CostCentres(plan))
        {
            await CostMappings.SaveCostCentreAsync(db, projectId, Lead, centre, part);
        }
        return (projectId, LedgerFiles.Rows(plan, count));
    }
}
