using Hankevahti.Limits;
using System.Net;
using Hankevahti.Storage.Database;
using Hankevahti.Web.Tests.Support;
using Hankevahti.Web.Tests.Web.Goals;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Web.Tests.Web.Limits;

/// <summary>
/// Numbers and dates out of their plausible ranges (issue 12, defect 5) are refused with a message on the
/// field and nothing stored; the ranges are the defaults of <see cref="Hankevahti.Plans.FieldLimits"/>.
/// </summary>
public sealed class PlausibleValuesPageTests(DemoAppFixture fixture) : IClassFixture<DemoAppFixture>
{
    // The group separator of a Finnish number is a no-break space.
    private const string Nb = "\u00A0";

    /// <summary>The form, the fields sent, the id of the field whose message is looked at, and the message (its end, for the budget's cell).</summary>
    public static TheoryData<string, (string, string)[], string, string> Cases() => new()
    {
        // The tester's negative target-group size.
        { "group", [("GroupForm.TotalSize.Min", "-5")], "GroupForm_TotalSize_Min", $"Kentän ”Koko ryhmä: Vähintään” arvon pitää olla välillä 0–100{Nb}000{Nb}000." },
        // The tester's minimum above the maximum: the message is on the maximum.
        { "group", [("GroupForm.TargetedCount.Min", "200"), ("GroupForm.TargetedCount.Max", "100")], "GroupForm_TargetedCount_Max",
            "Kentän ”Tavoitetaan: Enintään” arvo ei voi olla pienempi kuin kentän ”Tavoitetaan: Vähintään” arvo." },
        // The tester's period 1.1.0001–31.12.9999: both ends are outside the plan's dates.
        { "facts", [("Input.PeriodStart", "1.1.0001"), ("Input.PeriodEnd", "31.12.9999")], "Input_PeriodStart", "Kentän ”Alkamispäivä” arvon pitää olla välillä 1.1.2000–31.12.2100." },
        { "facts", [("Input.PeriodStart", "1.1.0001"), ("Input.PeriodEnd", "31.12.9999")], "Input_PeriodEnd", "Kentän ”Päättymispäivä” arvon pitää olla välillä 1.1.2000–31.12.2100." },
        // Both ends plausible, but a period of 20 years is no project's.
        { "facts", [("Input.PeriodStart", "1.1.2020"), ("Input.PeriodEnd", "1.1.2040")], "Input_PeriodEnd",
            "Kentän ”Päättymispäivä” päivämäärä saa olla enintään 15 vuotta kentän ”Alkamispäivä” päivämäärän jälkeen." },
        // The same checks on a resource's period and a work action's period.
        { "resource", [("Input.PeriodStart", "1.1.2026"), ("Input.PeriodEnd", "31.12.2099")], "Input_PeriodEnd",
            "Kentän ”Päättyy” päivämäärä saa olla enintään 15 vuotta kentän ”Alkaa” päivämäärän jälkeen." },
        { "action", [("Act.Periods[0].Start", "1.1.1990")], "period-0-start", "Kentän ”Jakso 1: Alkaa” arvon pitää olla välillä 1.1.2000–31.12.2100." },
        // A percentage indicator's value is 0–100, a year is one of the plan's years.
        { "indicator", [("IndicatorForm.Kind", "Percentage"), ("IndicatorForm.Baseline.Value", "150")], "IndicatorForm_Baseline_Value", "Kentän ”Lähtötaso: Arvo” arvon pitää olla välillä 0–100." },
        { "indicator", [("IndicatorForm.Baseline.Value", "-1")], "IndicatorForm_Baseline_Value", $"Kentän ”Lähtötaso: Arvo” arvon pitää olla välillä 0–100{Nb}000{Nb}000." },
        { "indicator", [("IndicatorForm.Baseline.Year", "1999")], "IndicatorForm_Baseline_Year", "Kentän ”Lähtötaso: Vuosi” arvon pitää olla välillä 2000–2100." },
        // An amount past a billion euros.
        { "organisation", [("OrgInput.GrantTransfer", "2 000 000 000")], "OrgInput_GrantTransfer", $"Kentän ”Valtionavustuksen siirto” arvon pitää olla välillä 0–1{Nb}000{Nb}000{Nb}000." },
        // A budget line may be negative (a correction), but not past a billion either way; the cell's label is its place in the grid.
        { "budget", [("Input.Years[0]", "2026"), ("Input.Rows[0].Category", "PersonnelHired"), ("Input.Rows[0].Cells[0]", "-2 000 000 000")], "cell-0-0",
            $"1{Nb}000{Nb}000{Nb}000–1{Nb}000{Nb}000{Nb}000." },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task An_implausible_value_is_refused_with_a_message_on_its_field(string formName, (string, string)[] fields, string fieldId, string message)
    {
        await using var db = HankevahtiDb.Create(fixture.Data.Settings);
        var id = await db.Projects.MinAsync(p => p.Id);
        var before = (await PartPageForms.LatestAsync(fixture.Data, id)).Version;
        var form = formName == "budget" ? new EditForm("budget", "budget", "", _ => []) : EditForm.All[formName];
        var sent = form.Fields(Guid.NewGuid().ToString("N")[..6]).ToList();
        foreach (var (name, value) in fields)
        {
            sent.RemoveAll(f => f.Name == name);
            sent.Add((name, value));
        }

        var answer = await PartPageForms.PostAsync(fixture.App, $"/projects/{id}/{form.Page}", form.Handler, sent.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var shown = FieldLimitsPageTests.Message(answer.Html, fieldId);
        Assert.NotNull(shown);
        Assert.EndsWith(message, shown);
        Assert.Equal(before, (await PartPageForms.LatestAsync(fixture.Data, id)).Version);
    }
}
