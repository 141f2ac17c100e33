using Hankevahti.Models;

namespace Hankevahti.Tests.Models;

public class AdoptionStateTests
{
    private static Adoption A(long seq, string period, AdoptionStatus status, int module = 1, string org = "Pirkanmaan hyvinvointialue", string? unit = null, string? region = null) =>
        new(seq, module, org, unit, region ?? org, ModelPeriod.Parse(period), status);

    private static readonly Adoption[] History =
    [
        A(1, "2025-03", AdoptionStatus.Planned),
        A(2, "2025-09", AdoptionStatus.Piloting),
        A(3, "2026-02", AdoptionStatus.InUse),
        A(4, "2026-02", AdoptionStatus.Established),   // same period recorded later: wins
        A(5, "2025", AdoptionStatus.GivenUp, unit: "Lasten palvelut"),
        A(6, "2025-01", AdoptionStatus.Piloting, module: 2),
    ];

    [Theory]
    [InlineData("2025-02", null)]          // before the first record: no state at all
    [InlineData("2025-03", "planned")]     // a record of the very period counts ("at or before")
    [InlineData("2025-08", "planned")]     // between records: the earlier one holds
    [InlineData("2025", "piloting")]       // a year means its end: the September record is in
    [InlineData("2026-01", "piloting")]
    [InlineData("2026-02", "established")] // two records of one period: the one recorded later
    [InlineData("2030", "established")]    // long after: the last record still holds
    public void The_state_is_the_latest_record_at_or_before_the_period(string asOf, string? expected)
    {
        var state = AdoptionState.Of(History, 1, "Pirkanmaan hyvinvointialue", null, ModelPeriod.Parse(asOf));
        Assert.Equal(expected, state is null ? null : AdoptionStatuses.Name(state.Status));
    }

    [Theory]
    [InlineData("2025-06", null)]          // a year's record stands at its December: not yet in force in June
    [InlineData("2025-12", "given_up")]    // in force from the year's last month
    public void A_unit_has_its_own_state_and_a_year_record_stands_at_its_end(string asOf, string? expected)
    {
        var state = AdoptionState.Of(History, 1, " pirkanmaan HYVINVOINTIALUE ", "lasten palvelut", ModelPeriod.Parse(asOf));
        Assert.Equal(expected, state is null ? null : AdoptionStatuses.Name(state.Status));
    }

    [Fact]
    public void Another_module_does_not_change_the_state() =>
        Assert.Equal(AdoptionStatus.Planned, AdoptionState.Of(History, 1, "Pirkanmaan hyvinvointialue", null, ModelPeriod.Parse("2025-04"))!.Status);
}
