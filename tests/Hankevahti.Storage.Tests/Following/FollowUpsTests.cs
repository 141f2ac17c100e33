using Hankevahti.Following;
using Hankevahti.People;
using Hankevahti.Plans;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Following;
using Hankevahti.Storage.Projects;
using Hankevahti.Storage.Tests.Fixtures;

namespace Hankevahti.Storage.Tests.Following;

public class FollowUpsTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 6, 12, 0, 0, TimeSpan.Zero);

    // The ledger's rows are summed by the database per organisation × part × category × month, and the grid's
    // entries for the same cell are added to them: the sum must be exact (decimal, not floating point) on both.
    [Theory, BothProviders]
    public async Task Ledger_rows_and_grid_entries_are_summed_per_cell_and_month_to_the_cent(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        int projectId;
        await using (var db = database.NewContext())
        {
            projectId = (await db.AddProjectAsync(TestPlans.Rich(), "test")).Id;
            var personnel = FollowUpNames.Category(CostCategory.PersonnelHired);
            db.ActualCosts.AddRange(
                Cost(projectId, "1", 1, new DateOnly(2026, 3, 2), "P1", personnel, 0.10m),
                Cost(projectId, "1", 2, new DateOnly(2026, 3, 31), "P1", personnel, 0.20m),
                Cost(projectId, "2", 1, new DateOnly(2026, 4, 1), null, personnel, 1000.05m));
            db.CostEntries.Add(new CostEntryRow { ProjectId = projectId, Organisation = "Kunta", PartCode = "P1", Category = personnel, Month = "2026-03", Amount = 5m, UpdatedAt = At });
            db.IndicatorValues.Add(new IndicatorValueRow { ProjectId = projectId, IndicatorId = "i1", PeriodCode = "2026-H1", NumberValue = 12.5m, Status = "submitted", UpdatedAt = At });
            db.ActionProgress.Add(new ActionProgressRow { ProjectId = projectId, ActionId = "a1", PeriodCode = "2026-H1", Status = "in_progress", PercentDone = 40, UpdatedAt = At });
            await db.SaveChangesAsync();
        }

        await using (var db = database.NewContext())
        {
            var followUp = await FollowUps.LoadAsync(db, projectId);

            Assert.Equal(
                [
                    new CostAmount("Kunta", "P1", CostCategory.PersonnelHired, new DateOnly(2026, 3, 1), 5.30m),
                    new CostAmount("Kunta", null, CostCategory.PersonnelHired, new DateOnly(2026, 4, 1), 1000.05m),
                ],
                followUp.Costs);
            var value = Assert.Single(followUp.Values);
            Assert.Equal((12.5m, VersionStatus.Submitted), (value.Number, value.Status));
            Assert.Equal(ActionStatus.InProgress, Assert.Single(followUp.Actions).Status);
        }
    }

    private static ActualCostRow Cost(int projectId, string voucher, int line, DateOnly day, string? part, string category, decimal amount) => new()
    {
        ProjectId = projectId, Organisation = "Kunta", Voucher = voucher, Line = line, BookedOn = day, Account = "4000",
        PartCode = part, Category = category, Amount = amount,
    };
}
