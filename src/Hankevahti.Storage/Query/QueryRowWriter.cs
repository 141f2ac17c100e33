using System.Data.Common;
using System.Text;

namespace Hankevahti.Storage.Query;

/// <summary>
/// Writes a version's query rows in plain SQL on a connection and transaction the caller holds: the
/// save of a version (in its transaction), the migration's code step and `reindex` share it. Plain SQL
/// rather than EF, because the migration runs before the model may match the database (a later script
/// may change these tables) and the save's transaction is already on the connection.
/// </summary>
public static class QueryRowWriter
{
    private sealed record Table(string Name, string[] Columns);

    private static readonly Table Regions = new("plan_regions", ["project_id", "version_number", "ordinal", "region"]);
    private static readonly Table WorkParts = new("plan_work_parts",
        ["project_id", "version_number", "item_id", "ordinal", "parent_item_id", "code", "title", "kind", "kind_label", "responsible"]);
    private static readonly Table BudgetLines = new("plan_budget_lines",
        ["project_id", "version_number", "item_id", "ordinal", "part_code", "organisation", "category", "label", "year", "period", "kind", "amount", "person_years"]);
    private static readonly Table Funding = new("plan_funding",
        ["project_id", "version_number", "own_funding_share", "grant_share", "planned_total", "own_funding", "grant_amount", "grant_transfers"]);
    private static readonly Table Indicators = new("plan_indicators",
        ["project_id", "version_number", "item_id", "ordinal", "name", "kind", "unit", "baseline_value", "baseline_year"]);
    private static readonly Table IndicatorTargets = new("plan_indicator_targets",
        ["project_id", "version_number", "item_id", "ordinal", "year", "period", "value", "achieved", "text"]);
    private static readonly Table Risks = new("plan_risks",
        ["project_id", "version_number", "item_id", "ordinal", "code", "title", "likelihood_min", "likelihood_max", "impact_min", "impact_max", "score_min", "score_max", "owner"]);
    private static readonly Table Organisations = new("plan_organisations",
        ["project_id", "version_number", "item_id", "ordinal", "name", "short_name", "roles", "grant_transfer"]);

    /// <summary>The query tables, for `reindex` to empty and count.</summary>
    public static IReadOnlyList<string> TableNames { get; } =
        [Regions.Name, WorkParts.Name, BudgetLines.Name, Funding.Name, Indicators.Name, IndicatorTargets.Name, Risks.Name, Organisations.Name];

    /// <summary>Inserts the rows; returns how many were written per table.</summary>
    public static async Task<IReadOnlyDictionary<string, int>> WriteAsync(DbConnection connection, DbTransaction transaction, QueryRowSet rows, CancellationToken ct)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            [Regions.Name] = await InsertAsync(connection, transaction, Regions, rows.Regions, r => [r.ProjectId, r.VersionNumber, r.Ordinal, r.Region], ct),
            [WorkParts.Name] = await InsertAsync(connection, transaction, WorkParts, rows.WorkParts,
                r => [r.ProjectId, r.VersionNumber, r.ItemId, r.Ordinal, r.ParentItemId, r.Code, r.Title, r.Kind, r.KindLabel, r.Responsible], ct),
            [BudgetLines.Name] = await InsertAsync(connection, transaction, BudgetLines, rows.BudgetLines,
                r => [r.ProjectId, r.VersionNumber, r.ItemId, r.Ordinal, r.PartCode, r.Organisation, r.Category, r.Label, r.Year, r.Period, r.Kind, r.Amount, r.PersonYears], ct),
            [Funding.Name] = await InsertAsync(connection, transaction, Funding, [rows.Funding],
                r => [r.ProjectId, r.VersionNumber, r.OwnFundingShare, r.GrantShare, r.PlannedTotal, r.OwnFunding, r.GrantAmount, r.GrantTransfers], ct),
            [Indicators.Name] = await InsertAsync(connection, transaction, Indicators, rows.Indicators,
                r => [r.ProjectId, r.VersionNumber, r.ItemId, r.Ordinal, r.Name, r.Kind, r.Unit, r.BaselineValue, r.BaselineYear], ct),
            [IndicatorTargets.Name] = await InsertAsync(connection, transaction, IndicatorTargets, rows.IndicatorTargets,
                r => [r.ProjectId, r.VersionNumber, r.ItemId, r.Ordinal, r.Year, r.Period, r.Value, r.Achieved, r.Text], ct),
            [Risks.Name] = await InsertAsync(connection, transaction, Risks, rows.Risks,
                r => [r.ProjectId, r.VersionNumber, r.ItemId, r.Ordinal, r.Code, r.Title, r.LikelihoodMin, r.LikelihoodMax, r.ImpactMin, r.ImpactMax, r.ScoreMin, r.ScoreMax, r.Owner], ct),
            [Organisations.Name] = await InsertAsync(connection, transaction, Organisations, rows.Organisations,
                r => [r.ProjectId, r.VersionNumber, r.ItemId, r.Ordinal, r.Name, r.ShortName, r.Roles, r.GrantTransfer], ct),
        };
        return counts;
    }

    // Many rows a statement: a plan of a few hundred budget lines is a few statements, not hundreds of round trips.
    // 100 rows of at most 13 columns stay far below either database's limit of parameters a statement.
    private static async Task<int> InsertAsync<T>(DbConnection connection, DbTransaction transaction, Table table, IReadOnlyList<T> rows, Func<T, object?[]> values, CancellationToken ct)
    {
        const int Chunk = 100;
        for (var start = 0; start < rows.Count; start += Chunk)
        {
            await using var cmd = connection.CreateCommand();
            cmd.Transaction = transaction;
            var sql = new StringBuilder($"INSERT INTO {table.Name} ({string.Join(", ", table.Columns)}) VALUES ");
            var n = 0;
            for (var i = start; i < Math.Min(rows.Count, start + Chunk); i++)
            {
                sql.Append(i == start ? "(" : ", (");
                var row = values(rows[i]);
                for (var c = 0; c < row.Length; c++)
                {
                    var name = $"@p{n++}";
                    sql.Append(c == 0 ? name : ", " + name);
                    var p = cmd.CreateParameter();
                    p.ParameterName = name;
                    p.Value = row[c] ?? DBNull.Value;
                    cmd.Parameters.Add(p);
                }
                sql.Append(')');
            }
            cmd.CommandText = sql.ToString();
            await cmd.ExecuteNonQueryAsync(ct);
        }
        return rows.Count;
    }
}
