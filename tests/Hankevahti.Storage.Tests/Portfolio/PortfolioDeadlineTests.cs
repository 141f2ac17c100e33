using Hankevahti.Plans;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Following;
using Hankevahti.Storage.Portfolio;
using Hankevahti.Storage.Projects;
using Hankevahti.Storage.Tests.Fixtures;

namespace Hankevahti.Storage.Tests.Portfolio;

/// <summary>
/// The portfolio's overdue reports follow the deadlines a programme's funder sets (reporting_terms), also after the
/// plans' calendars are kept (PlanFacts, per version for the process) and the whole portfolio is kept per change stamp
/// (PortfolioSnapshot): setting a deadline moves the stamp on both databases and the count follows.
/// </summary>
public class PortfolioDeadlineTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);

    private static Plan PlanOf(string name, string programmeKey) => new()
    {
        Project = new Project
        {
            Name = name,
            Programme = new Programme { Key = programmeKey, Name = programmeKey },
            Period = new DateRange { Start = new(2025, 1, 1), End = new(2026, 12, 31) },
        },
    };

    private static int Overdue(PortfolioResult result, string group) =>
        (int)result.Groups.Single(g => g.Group == group).Figures.ReportsOverdue;

    [Theory, BothProviders]
    public async Task Overdue_reports_follow_the_deadlines_set_after_the_calendars_are_kept(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.NewContext();
        // Two projects of rrf (its key and an alias) and one of hyvan-tyon-ohjelma; the half-years 2025-H1, 2025-H2 and
        // 2026-H1 have ended by Today, and no report is submitted.
        await db.AddProjectAsync(PlanOf("Alfa", "rrf"), "test");
        await db.AddProjectAsync(PlanOf("Beta", "kestavan-kasvun-ohjelma"), "test");
        await db.AddProjectAsync(PlanOf("Gamma", "hyvan-tyon-ohjelma"), "test");
        using var changes = new DatabaseChanges(database.Settings);

        async Task<PortfolioResult> RunAsync(bool kept) => await PortfolioQuery.RunAsync(db, db.Projects, PortfolioDimension.Programme, PortfolioFilter.None, Today,
            stamp: kept ? new PortfolioStamp(database.Settings, (await changes.StampAsync())!) : null);

        // No shipped profile has due dates: nothing overdue, read afresh or kept.
        Assert.Equal(0, Overdue(await RunAsync(false), "rrf"));
        Assert.Equal(0, Overdue(await RunAsync(true), "rrf"));
        var before = await changes.StampAsync();

        // The first half-year's report due 31 days after its end: 2025-H1 and 2026-H1 of both rrf projects are overdue.
        Assert.Equal(ReportingTermsOutcome.Saved, (await ReportingTerms.SaveAsync(db, "rrf", [new(1, null, "31")])).Outcome);

        Assert.NotEqual(before, await changes.StampAsync());
        Assert.Equal(4, Overdue(await RunAsync(false), "rrf"));
        Assert.Equal(4, Overdue(await RunAsync(true), "rrf"));
        Assert.Equal(0, Overdue(await RunAsync(true), "hyvan-tyon-ohjelma"));

        // Cleared: the shipped profile applies again.
        Assert.Equal(ReportingTermsOutcome.Saved, (await ReportingTerms.SaveAsync(db, "rrf", [new(1, null, null)])).Outcome);
        Assert.Equal(0, Overdue(await RunAsync(true), "rrf"));
    }
}
