using System.Data.Common;
using System.Diagnostics;
using Hankevahti.Demo.Portfolio;
using Hankevahti.Following;
using Hankevahti.Json;
using Hankevahti.People;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Projects;
using Hankevahti.Storage.Query;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;

namespace Hankevahti.Storage.Demo;

/// <summary>How far a write has come, after each batch.</summary>
public sealed record PortfolioProgress(int Projects, int Total, long Rows, TimeSpan Elapsed);

/// <summary>What a write stored: rows per table, the time taken and the database's size at the end.</summary>
public sealed record PortfolioWriteResult(IReadOnlyDictionary<string, long> Rows, TimeSpan Elapsed, long DatabaseBytes)
{
    public long TotalRows => Rows.Values.Sum();
}

/// <summary>
/// Stores generated projects (docs/demo-portfolio.md) fast and in bounded memory: a batch of projects at a time,
/// each batch one transaction. A project and its plan version are stored as a save stores them (the canonical
/// JSON of <see cref="PlanJson.Serialize"/>; the project's columns as <c>ProjectPlans</c> describes them) and its
/// query rows by <see cref="QueryRows.From"/> and <see cref="QueryRowWriter"/>, the code every save runs, so no
/// derived figure is made up apart from the plan. The follow-up goes in by prepared inserts on SQLite and binary
/// COPY on PostgreSQL. Nothing is audited per project: the run itself is one audit event.
/// </summary>
public static class PortfolioWriter
{
    public const int DefaultBatch = 100;
    public const string Origin = "demo";
    private const string By = "demo";

    private static readonly BulkTable IndicatorValues = new("indicator_values",
        ("project_id", NpgsqlDbType.Integer), ("indicator_id", NpgsqlDbType.Text), ("period_code", NpgsqlDbType.Text), ("organisation", NpgsqlDbType.Text),
        ("number_value", NpgsqlDbType.Numeric), ("yes_no", NpgsqlDbType.Boolean), ("comment", NpgsqlDbType.Text), ("status", NpgsqlDbType.Text),
        ("status_reason", NpgsqlDbType.Text), ("status_by", NpgsqlDbType.Text), ("status_at", NpgsqlDbType.TimestampTz),
        ("updated_by", NpgsqlDbType.Text), ("updated_at", NpgsqlDbType.TimestampTz));

    private static readonly BulkTable ActualCosts = new("actual_costs",
        ("project_id", NpgsqlDbType.Integer), ("organisation", NpgsqlDbType.Text), ("voucher", NpgsqlDbType.Text), ("line", NpgsqlDbType.Integer),
        ("booked_on", NpgsqlDbType.Date), ("account", NpgsqlDbType.Text), ("account_name", NpgsqlDbType.Text), ("cost_centre", NpgsqlDbType.Text),
        ("part_code", NpgsqlDbType.Text), ("category", NpgsqlDbType.Text), ("amount", NpgsqlDbType.Numeric), ("text", NpgsqlDbType.Text));

    private static readonly BulkTable ActionProgress = new("action_progress",
        ("project_id", NpgsqlDbType.Integer), ("action_id", NpgsqlDbType.Text), ("period_code", NpgsqlDbType.Text), ("status", NpgsqlDbType.Text),
        ("percent_done", NpgsqlDbType.Integer), ("note", NpgsqlDbType.Text), ("updated_by", NpgsqlDbType.Text), ("updated_at", NpgsqlDbType.TimestampTz));

    private static readonly BulkTable PeriodReports = new("period_reports",
        ("project_id", NpgsqlDbType.Integer), ("kind", NpgsqlDbType.Text), ("period_code", NpgsqlDbType.Text), ("done_text", NpgsqlDbType.Text),
        ("deviations", NpgsqlDbType.Text), ("next_period", NpgsqlDbType.Text), ("status", NpgsqlDbType.Text), ("status_reason", NpgsqlDbType.Text),
        ("status_by", NpgsqlDbType.Text), ("status_at", NpgsqlDbType.TimestampTz), ("updated_by", NpgsqlDbType.Text), ("updated_at", NpgsqlDbType.TimestampTz));

    /// <summary>The tables a write fills, in the order the result lists them.</summary>
    public static IReadOnlyList<string> TableNames { get; } =
        ["projects", "plan_versions", .. QueryRowWriter.TableNames, IndicatorValues.Name, ActualCosts.Name, ActionProgress.Name, PeriodReports.Name];

    /// <param name="total">How many projects <paramref name="projects"/> holds, for the progress report.</param>
    public static async Task<PortfolioWriteResult> WriteAsync(HankevahtiDb db, IEnumerable<GeneratedProject> projects, int total,
        Action<PortfolioProgress>? progress = null, int batch = DefaultBatch, CancellationToken ct = default)
    {
        var clock = Stopwatch.StartNew();
        var rows = TableNames.ToDictionary(t => t, _ => 0L, StringComparer.Ordinal);
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync(ct);
        }
        var done = 0;
        foreach (var chunk in projects.Chunk(batch))
        {
            await using var tx = await connection.BeginTransactionAsync(ct);
            var ids = await ProjectsAsync(db, connection, tx, chunk, rows, ct);
            await FollowUpAsync(db, connection, tx, chunk, ids, rows, ct);
            // The batch's ledger rows into the portfolio's sums, as any write of many ledger rows should (LedgerSums).
            await Portfolio.LedgerSums.CatchUpAsync(connection, tx, ct);
            await tx.CommitAsync(ct);
            done += chunk.Length;
            progress?.Invoke(new PortfolioProgress(done, total, rows.Values.Sum(), clock.Elapsed));
        }
        await using (var audit = await db.Database.BeginTransactionAsync(ct))
        {
            await Audit.AuditLog.AppendAsync(db, new Audit.AuditEvent("demo.portfolio", After: $"{done} projects, {rows.Values.Sum()} rows"), ct);
            await audit.CommitAsync(ct);
        }
        return new PortfolioWriteResult(rows, clock.Elapsed, await SizeAsync(db, connection, ct));
    }

    private static async Task<int[]> ProjectsAsync(HankevahtiDb db, DbConnection connection, DbTransaction tx, GeneratedProject[] chunk,
        Dictionary<string, long> rows, CancellationToken ct)
    {
        await using var project = connection.CreateCommand();
        project.Transaction = tx;
        project.CommandText = "INSERT INTO projects (name, short_name, programme, period_start, period_end, status, regions, case_number, programme_key, " +
            "search_text, created_at, updated_at) VALUES (@n, @sn, @pr, @ps, @pe, @st, @rg, @cn, @pk, @se, @ca, @ua) RETURNING id";
        var projectParameters = Parameters(project, "@n", "@sn", "@pr", "@ps", "@pe", "@st", "@rg", "@cn", "@pk", "@se", "@ca", "@ua");
        await using var version = connection.CreateCommand();
        version.Transaction = tx;
        version.CommandText = "INSERT INTO plan_versions (project_id, number, saved_at, origin, note, plan_json, status, status_by, status_at) " +
            "VALUES (@p, 1, @sa, @o, @note, @j, @st, @sb, @sat)";
        var versionParameters = Parameters(version, "@p", "@sa", "@o", "@note", "@j", "@st", "@sb", "@sat");
        var now = SqlValues.Now();
        var ids = new int[chunk.Length];
        for (var i = 0; i < chunk.Length; i++)
        {
            var plan = chunk[i].Plan;
            var approved = plan.Project.Period!.Start!.Value.AddDays(-30);
            Set(projectParameters, plan.Project.Name, plan.Project.ShortName, plan.Project.Programme?.Name, plan.Project.Period.Start, plan.Project.Period.End,
                ProjectPlans.StatusName(VersionApprovals.ProjectStatusOf(plan.Project.Status, [VersionStatuses.Name(VersionStatus.Approved)])),
                ProjectRow.JoinRegions(plan.Project.Regions), plan.Project.CaseNumber, QueryIndex.ProgrammeKey(plan), QueryRows.SearchText(plan),
                SqlValues.Timestamp(db, now), SqlValues.Timestamp(db, now));
            ids[i] = Convert.ToInt32(await project.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
            // Approved by the funder before the project started, as a running project's plan is.
            Set(versionParameters, ids[i], SqlValues.Timestamp(db, Stamp(approved.AddDays(-14))), Origin, "Generoitu demosalkku",
                PlanJson.Serialize(plan), VersionStatuses.Name(VersionStatus.Approved), By, SqlValues.Timestamp(db, Stamp(approved)));
            await version.ExecuteNonQueryAsync(ct);
            rows["projects"]++;
            rows["plan_versions"]++;
            var written = await QueryRowWriter.WriteAsync(connection, tx, QueryRows.From(ids[i], 1, plan), ct);
            foreach (var (table, count) in written)
            {
                rows[table] += count;
            }
        }
        return ids;
    }

    private static async Task FollowUpAsync(HankevahtiDb db, DbConnection connection, DbTransaction tx, GeneratedProject[] chunk, int[] ids,
        Dictionary<string, long> rows, CancellationToken ct)
    {
        // One table after another: a COPY holds the connection until it completes.
        await using (var values = await BulkRows.BeginAsync(connection, tx, IndicatorValues, ct))
        {
            for (var i = 0; i < chunk.Length; i++)
            {
                foreach (var v in chunk[i].Values)
                {
                    var at = Time(db, v.RecordedOn);
                    var decided = v.Status is VersionStatus.Approved or VersionStatus.Returned;
                    await values.AddAsync([ids[i], v.IndicatorId, v.PeriodCode, v.Organisation, v.Number, v.YesNo, v.Comment, VersionStatuses.Name(v.Status),
                        v.Reason, decided ? By : null, decided ? at : null, By, at], ct);
                }
            }
            await values.CompleteAsync(ct);
            rows[IndicatorValues.Name] += values.Count;
        }
        await using (var costs = await BulkRows.BeginAsync(connection, tx, ActualCosts, ct))
        {
            for (var i = 0; i < chunk.Length; i++)
            {
                foreach (var c in chunk[i].Costs)
                {
                    await costs.AddAsync([ids[i], c.Organisation, c.Voucher, c.Line, c.BookedOn, c.Account, c.AccountName, c.CostCentre, c.PartCode,
                        FollowUpNames.Category(c.Category), c.Amount, c.Text], ct);
                }
            }
            await costs.CompleteAsync(ct);
            rows[ActualCosts.Name] += costs.Count;
        }
        await using (var progress = await BulkRows.BeginAsync(connection, tx, ActionProgress, ct))
        {
            for (var i = 0; i < chunk.Length; i++)
            {
                foreach (var a in chunk[i].Progress)
                {
                    await progress.AddAsync([ids[i], a.ActionId, a.PeriodCode, FollowUpNames.Action(a.Status), a.PercentDone, a.Note, By, Time(db, a.RecordedOn)], ct);
                }
            }
            await progress.CompleteAsync(ct);
            rows[ActionProgress.Name] += progress.Count;
        }
        await using (var reports = await BulkRows.BeginAsync(connection, tx, PeriodReports, ct))
        {
            for (var i = 0; i < chunk.Length; i++)
            {
                foreach (var r in chunk[i].Reports)
                {
                    var at = Time(db, r.On);
                    var decided = r.Status is VersionStatus.Approved or VersionStatus.Returned;
                    await reports.AddAsync([ids[i], FollowUpNames.Report(r.Kind), r.PeriodCode, r.DoneText, r.Deviations, r.NextPeriod,
                        VersionStatuses.Name(r.Status), r.Reason, decided ? By : null, decided ? at : null, By, at], ct);
                }
            }
            await reports.CompleteAsync(ct);
            rows[PeriodReports.Name] += reports.Count;
        }
    }

    /// <summary>The database's size in bytes: PostgreSQL's own figure, or SQLite's pages.</summary>
    public static async Task<long> SizeAsync(HankevahtiDb db, DbConnection connection, CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = db.Database.IsNpgsql()
            ? "SELECT pg_database_size(current_database())"
            : "SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()";
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    // A day's moment, at noon UTC: the generator records days, the tables hold moments.
    private static DateTimeOffset Stamp(DateOnly day) => new(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);

    private static object Time(HankevahtiDb db, DateOnly day) => SqlValues.Timestamp(db, Stamp(day));

    private static DbParameter[] Parameters(DbCommand command, params string[] names) => names.Select(n =>
    {
        var p = command.CreateParameter();
        p.ParameterName = n;
        command.Parameters.Add(p);
        return p;
    }).ToArray();

    private static void Set(DbParameter[] parameters, params object?[] values)
    {
        for (var i = 0; i < parameters.Length; i++)
        {
            parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }
}
