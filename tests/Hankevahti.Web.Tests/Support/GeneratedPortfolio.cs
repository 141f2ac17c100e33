using System.Globalization;
using Hankevahti.Checks.Profiles;
using Hankevahti.Demo.Portfolio;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Demo;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Web.Tests.Support;

/// <summary>
/// A portfolio made by the real generator (docs/demo-portfolio.md) and stored by the real writer, as
/// `hankevahti demo portfolio` stores it, and the figures the portfolio pages should show, asked of the tables by
/// this class's own SQL (not the app's portfolio code): what a funder could check against the database by hand.
/// </summary>
public static class GeneratedPortfolio
{
    /// <summary>The day the app judges by: its clock (TimeProvider.System, local time), so the generator's day seen is the same.</summary>
    public static DateOnly Today => DateOnly.FromDateTime(TimeProvider.System.GetLocalNow().DateTime);

    /// <summary>Migrates the database and stores the generated projects; returns them as generated, in id order.</summary>
    public static async Task<IReadOnlyList<GeneratedProject>> WriteAsync(DatabaseSettings settings, PortfolioSpec spec)
    {
        await Migrator.MigrateAsync(settings);
        await using var db = HankevahtiDb.Create(settings);
        await PortfolioWriter.WriteAsync(db, PortfolioGenerator.Generate(spec), spec.Projects);
        return PortfolioGenerator.Generate(spec).ToList();
    }

    /// <summary>
    /// Migrates the database and stores the first <paramref name="count"/> generated projects of one programme (catalogue
    /// key), in the order the generator makes them: a programme of that many projects whatever the generator's mix.
    /// </summary>
    public static async Task<IReadOnlyList<GeneratedProject>> WriteProgrammeAsync(DatabaseSettings settings, PortfolioSpec spec, string programme, int count)
    {
        var projects = Enumerable.Range(0, 100 * count).Select(i => PortfolioGenerator.Project(spec, i))
            .Where(p => CatalogueKey(p.Plan.Project.Programme?.Key) == programme).Take(count).ToList();
        Assert.True(projects.Count == count, $"the generator made only {projects.Count} projects of {programme} in {100 * count}");
        await Migrator.MigrateAsync(settings);
        await using var db = HankevahtiDb.Create(settings);
        await PortfolioWriter.WriteAsync(db, projects, count);
        return projects;
    }

    /// <summary>
    /// The catalogue key of a stored programme key: the profile whose key or alias it is (the profile files' data),
    /// else the key itself lower-cased, as docs/portfolio.md says the catalogue groups.
    /// </summary>
    public static string CatalogueKey(string? stored) =>
        ProfileCatalog.All.FirstOrDefault(p => p.Key != ProfileCatalog.GenericKey
            && (string.Equals(p.Key, stored, StringComparison.OrdinalIgnoreCase) || p.Aliases.Contains(stored ?? "", StringComparer.OrdinalIgnoreCase)))?.Key
        ?? (stored ?? "").ToLowerInvariant();

    /// <summary>A project as SQL sees it: its programme and regions, and the figures SQL alone can count (by address name).</summary>
    public sealed record SqlProject(int Id, string Name, string Programme, IReadOnlyList<string> Regions, IReadOnlyDictionary<string, decimal> Figures);

    /// <summary>The figures this SQL answers; the others need the plan's rules (indicator progress, late by date, findings).</summary>
    public static readonly string[] SqlFigures = ["projects", "budget", "grant", "own-funding", "actual", "reports-pending", "high-risks"];

    /// <summary>
    /// Every project with its figures, each from its table: the planned budget lines and the funding of the newest
    /// version, the ledger's and the grid's costs, the reports submitted and not yet decided, and the risks scored 15
    /// or more (the plan's upper score; this holds only while no risk has been reassessed, which the caller checks).
    /// Amounts are read as the database holds them and added as decimals, so nothing is rounded on the way.
    /// </summary>
    public static async Task<IReadOnlyList<SqlProject>> ProjectsAsync(DatabaseSettings settings)
    {
        await using var db = HankevahtiDb.Create(settings);
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();

        Task<IReadOnlyList<object?[]>> RowsAsync(string sql) => Hankevahti.Storage.Tests.Fixtures.TestDatabase.QueryAsync(connection, sql);

        static int Int(object? o) => Convert.ToInt32(o, CultureInfo.InvariantCulture);
        static decimal Money(object? o) => o is null ? 0m : Convert.ToDecimal(o, CultureInfo.InvariantCulture);
        const string Newest = "version_number = (SELECT MAX(v.number) FROM plan_versions v WHERE v.project_id = t.project_id)";

        var projects = await RowsAsync("SELECT id, name, programme_key FROM projects ORDER BY id");
        var regions = (await RowsAsync($"SELECT DISTINCT t.project_id, t.region FROM plan_regions t WHERE {Newest}"))
            .ToLookup(r => Int(r[0]), r => (string)r[1]!);
        var figures = projects.ToDictionary(p => Int(p[0]), _ => SqlFigures.ToDictionary(f => f, f => f == "projects" ? 1m : 0m));

        void Add(string figure, IEnumerable<object?[]> rows)
        {
            foreach (var row in rows)
            {
                figures[Int(row[0])][figure] += Money(row[1]);
            }
        }

        Add("budget", await RowsAsync($"SELECT t.project_id, t.amount FROM plan_budget_lines t WHERE t.kind = 'planned' AND {Newest}"));
        Add("grant", await RowsAsync($"SELECT t.project_id, t.grant_amount FROM plan_funding t WHERE {Newest}"));
        Add("own-funding", await RowsAsync($"SELECT t.project_id, t.own_funding FROM plan_funding t WHERE {Newest}"));
        Add("actual", await RowsAsync("SELECT project_id, amount FROM actual_costs"));
        Add("actual", await RowsAsync("SELECT project_id, amount FROM cost_entries"));
        Add("reports-pending", await RowsAsync("SELECT project_id, COUNT(*) FROM period_reports WHERE status = 'submitted' GROUP BY project_id"));
        Add("high-risks", await RowsAsync(
            $"SELECT t.project_id, COUNT(*) FROM plan_risks t WHERE {Newest} " +
            "AND CAST(COALESCE(t.score_max, CAST(t.likelihood_max AS REAL) * CAST(t.impact_max AS REAL)) AS REAL) >= 15 GROUP BY t.project_id"));

        return projects.Select(p => new SqlProject(Int(p[0]), (string)p[1]!, CatalogueKey(p[2] as string),
            regions[Int(p[0])].ToList(), figures[Int(p[0])])).ToList();
    }

    /// <summary>How many risks have been reassessed (the SQL of high risks above assumes none).</summary>
    public static async Task<int> RiskAssessmentsAsync(DatabaseSettings settings)
    {
        await using var db = HankevahtiDb.Create(settings);
        return await db.RiskAssessments.CountAsync();
    }
}
