namespace Hankevahti.Models;

/// <summary>
/// One adoption record: where an organisation (or one of its units) stood with a module in a period, with the
/// evidence for it. Records are history: a new status is a new record, the old ones stay. <see cref="Sequence"/> is
/// the order they were recorded in (the row id), which decides between two records of the same period.
/// </summary>
public sealed record Adoption(long Sequence, int ModuleId, string Organisation, string? Unit, string Region, ModelPeriod Period,
    AdoptionStatus Status, string? Evidence = null)
{
    /// <summary>Who holds the state: the organisation and unit, compared ignoring case and surrounding spaces.</summary>
    public string HolderKey => Holder(Organisation, Unit);

    public static string Holder(string organisation, string? unit) =>
        organisation.Trim().ToLowerInvariant() + "|" + (unit?.Trim().ToLowerInvariant() ?? "");
}
