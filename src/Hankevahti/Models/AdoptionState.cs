namespace Hankevahti.Models;

/// <summary>
/// The rule for the state of a module in an organisation or unit as of a period: the latest record whose period is
/// at or before it (<see cref="ModelPeriod.Key"/>); of two records of the same period, the one recorded later. No
/// such record: no state (not counted anywhere), even when records of later periods exist.
/// </summary>
public static class AdoptionState
{
    public static Adoption? Of(IEnumerable<Adoption> records, int moduleId, string organisation, string? unit, ModelPeriod asOf)
    {
        var holder = Adoption.Holder(organisation, unit);
        return Latest(records.Where(r => r.ModuleId == moduleId && r.HolderKey == holder), asOf).FirstOrDefault();
    }

    /// <summary>Each module × holder's record in force as of <paramref name="asOf"/>.</summary>
    public static IEnumerable<Adoption> Latest(IEnumerable<Adoption> records, ModelPeriod asOf) =>
        records.Where(r => r.Period.Key <= asOf.Key)
            .GroupBy(r => (r.ModuleId, r.HolderKey))
            .Select(g => g.OrderByDescending(r => r.Period.Key).ThenByDescending(r => r.Sequence).First());
}
