using System.Text;
using System.Text.Json;
using Hankevahti.Figures;
using Hankevahti.Plans;
using Hankevahti.Versions;

namespace Hankevahti.Storage.Query;

/// <summary>The query rows of one stored version, table by table.</summary>
public sealed record QueryRowSet(
    IReadOnlyList<PlanRegionRow> Regions,
    IReadOnlyList<PlanWorkPartRow> WorkParts,
    IReadOnlyList<PlanBudgetLineRow> BudgetLines,
    PlanFundingRow Funding,
    IReadOnlyList<PlanIndicatorRow> Indicators,
    IReadOnlyList<PlanIndicatorTargetRow> IndicatorTargets,
    IReadOnlyList<PlanRiskRow> Risks,
    IReadOnlyList<PlanOrganisationRow> Organisations);

/// <summary>
/// The one place the query tables' rows are derived from a plan (docs/decisions/0008-query-tables.md):
/// saving a version, the migration and `hankevahti reindex` all call <see cref="From"/>, so rows written
/// at any time for the same JSON are the same. Derived figures come from <see cref="PlanFigures"/>, as the pages show them.
/// </summary>
public static class QueryRows
{
    public static QueryRowSet From(int projectId, int versionNumber, Plan plan)
    {
        // The ids the stored JSON has: PlanJson.Serialize gives missing ones the same way (PlanIds.Fill is deterministic).
        plan = PlanIds.Fill(plan);
        var p = projectId;
        var v = versionNumber;

        // Cleaned as the projects row's regions column cleans them (ProjectRow.JoinRegions), so both name a region alike.
        var regions = plan.Project.Regions.Select(r => r.ReplaceLineEndings(" ").Trim()).Where(r => r.Length > 0)
            .Select((r, i) => new PlanRegionRow(p, v, i, r)).ToList();

        var parts = new List<PlanWorkPartRow>();
        void Walk(IEnumerable<WorkPart> list, string? parent)
        {
            foreach (var part in list)
            {
                parts.Add(new PlanWorkPartRow(p, v, part.Id, parts.Count, parent, part.Code, part.Title, Name(part.Kind), part.KindLabel, part.Responsible));
                Walk(part.Children, part.Id);
            }
        }
        Walk(plan.Work, null);

        var budget = plan.Budget;
        var lines = budget.Lines.Select((l, i) => new PlanBudgetLineRow(p, v, l.Id, i, l.PartCode, l.Organisation, Name(l.Category), l.Label,
            l.Year, l.Period, Name(l.Kind), l.Amount, l.PersonYears)).ToList();

        var funding = new PlanFundingRow(p, v, budget.Funding.OwnFundingShare, budget.Funding.GrantShare,
            PlanFigures.Total(budget), PlanFigures.OwnFunding(budget), PlanFigures.Grant(budget), PlanFigures.GrantTransfers(plan));

        var indicators = plan.Indicators.Select((x, i) => new PlanIndicatorRow(p, v, x.Id, i, x.Name, Name(x.Kind), x.Unit,
            x.Baseline?.Value, x.Baseline?.Year)).ToList();
        var targets = plan.Indicators.SelectMany(x => x.Targets.Select((t, i) =>
            new PlanIndicatorTargetRow(p, v, x.Id, i, t.Year, t.Period, t.Value, t.Achieved, t.Text))).ToList();

        var risks = plan.Risks.Select((r, i) =>
        {
            var score = PlanFigures.Score(r);
            return new PlanRiskRow(p, v, r.Id, i, r.Code, r.Title, r.Likelihood?.Min, r.Likelihood?.Max ?? r.Likelihood?.Min,
                r.Impact?.Min, r.Impact?.Max ?? r.Impact?.Min, score?.Min, score?.Max, r.Owner);
        }).ToList();

        var organisations = plan.Organisations.Select((o, i) => new PlanOrganisationRow(p, v, o.Id, i, o.Name, o.ShortName,
            string.Join(',', o.Roles.Select(Name)), o.GrantTransfer)).ToList();

        return new QueryRowSet(regions, parts, lines, funding, indicators, targets, risks, organisations);
    }

    /// <summary>
    /// What the project list's search looks in: name, short name and case number, one per line, folded by
    /// <see cref="Fold"/>; null when all are empty.
    /// </summary>
    public static string? SearchText(Plan plan)
    {
        var fields = new[] { plan.Project.Name, plan.Project.ShortName, plan.Project.CaseNumber }
            .Where(f => !string.IsNullOrWhiteSpace(f)).Select(f => Fold(f!.ReplaceLineEndings(" "))).ToList();
        return fields.Count == 0 ? null : string.Join('\n', fields);
    }

    /// <summary>
    /// Text as the search compares it: composed (NFC) and lower-cased the same way on every database, so
    /// that "ÄÄNI" finds "Ääni" on SQLite (whose lower() folds ASCII only) as on PostgreSQL.
    /// </summary>
    public static string Fold(string text) => text.Normalize(NormalizationForm.FormC).ToLowerInvariant();

    /// <summary>An enum value as the plan JSON writes it ("personnelHired").</summary>
    public static string Name<T>(T value) where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
