namespace Hankevahti.Models;

/// <summary>One cell of the region × module matrix: how many organisations or units are in each status.</summary>
public sealed record MatrixCell(string Region, int ModuleId, IReadOnlyDictionary<AdoptionStatus, int> Counts)
{
    public int Count(AdoptionStatus status) => Counts.TryGetValue(status, out var n) ? n : 0;

    /// <summary>Organisations or units where the module is in use or established.</summary>
    public int InUse => Count(AdoptionStatus.InUse) + Count(AdoptionStatus.Established);
}

/// <summary>
/// The region × module matrix as of a period: per region and module, the number of organisations or units whose
/// state (<see cref="AdoptionState"/>) is each status. A holder counts in the region of its record in force.
/// Regions are compared ignoring case; of their spellings the first in ordinal order names the row (as storage does).
/// </summary>
public sealed record AdoptionMatrix(ModelPeriod AsOf, IReadOnlyList<string> Regions, IReadOnlyList<MatrixCell> Cells)
{
    public MatrixCell Cell(string region, int moduleId) =>
        Cells.FirstOrDefault(c => c.ModuleId == moduleId && string.Equals(c.Region, region, StringComparison.OrdinalIgnoreCase))
        ?? new MatrixCell(region, moduleId, new Dictionary<AdoptionStatus, int>());

    public static AdoptionMatrix Of(IEnumerable<Adoption> records, ModelPeriod asOf)
    {
        var cells = AdoptionState.Latest(records, asOf)
            .GroupBy(r => (Region: r.Region.Trim().ToLowerInvariant(), r.ModuleId))
            .Select(g => new MatrixCell(g.Select(r => r.Region.Trim()).Min(StringComparer.Ordinal)!, g.Key.ModuleId,
                g.GroupBy(r => r.Status).ToDictionary(s => s.Key, s => s.Count())))
            .OrderBy(c => c.Region, StringComparer.OrdinalIgnoreCase).ThenBy(c => c.ModuleId)
            .ToList();
        var regions = cells.Select(c => c.Region).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return new AdoptionMatrix(asOf, regions, cells);
    }
}

/// <summary>A cell's change between two periods: the counts then and now per status.</summary>
public sealed record MatrixCellChange(string Region, int ModuleId, MatrixCell Before, MatrixCell After)
{
    public int Change(AdoptionStatus status) => After.Count(status) - Before.Count(status);

    public int InUseChange => After.InUse - Before.InUse;

    public bool Changed => AdoptionStatuses.All.Any(s => Change(s) != 0);
}

/// <summary>
/// The matrix's change from <see cref="From"/> to <see cref="To"/>: every region of either period, each module of
/// either, with the counts of both. A holder that moved (e.g. piloting → in use) is −1 in one status and +1 in another.
/// </summary>
public sealed record MatrixChange(ModelPeriod From, ModelPeriod To, IReadOnlyList<string> Regions, IReadOnlyList<MatrixCellChange> Cells)
{
    public MatrixCellChange Cell(string region, int moduleId) =>
        Cells.First(c => c.ModuleId == moduleId && string.Equals(c.Region, region, StringComparison.OrdinalIgnoreCase));

    public static MatrixChange Of(AdoptionMatrix from, AdoptionMatrix to)
    {
        var regions = from.Regions.Concat(to.Regions).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();
        var modules = from.Cells.Concat(to.Cells).Select(c => c.ModuleId).Distinct().Order().ToList();
        var cells = regions.SelectMany(r => modules.Select(m => new MatrixCellChange(r, m, from.Cell(r, m), to.Cell(r, m))))
            .Where(c => c.Before.Counts.Count > 0 || c.After.Counts.Count > 0)
            .ToList();
        return new MatrixChange(from.AsOf, to.AsOf, regions, cells);
    }

    public static MatrixChange Of(IReadOnlyList<Adoption> records, ModelPeriod from, ModelPeriod to) =>
        Of(AdoptionMatrix.Of(records, from), AdoptionMatrix.Of(records, to));
}
