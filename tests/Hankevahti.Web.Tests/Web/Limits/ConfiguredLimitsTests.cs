using Hankevahti.Limits;
using System.Net;
using Hankevahti.Web.Tests.Support;
using Hankevahti.Web.Tests.Web.Goals;
using Microsoft.Extensions.Options;

namespace Hankevahti.Web.Tests.Web.Limits;

/// <summary>The limits come from configuration ("Limits:…"), and limits that cannot be used stop the app at its start.</summary>
public sealed class ConfiguredLimitsTests
{
    [Fact]
    public async Task A_configured_length_is_the_fields_maxlength_its_help_and_its_check()
    {
        using var data = new TempDataFolder();
        await using var app = await RunningApp.StartAsync(data.Settings, "--Limits:Text:Title=20");

        var (status, html) = await app.GetAsync("/projects/1/risks");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Matches("id=\"Input_Title\"[^>]*maxlength=\"20\"", html);
        Assert.Contains("enintään 20 merkkiä", WebUtility.HtmlDecode(html));

        var answer = await PartPageForms.PostAsync(app, "/projects/1/risks", "Save",
            [new("Input.Title", new string('x', 21)), new("Input.Likelihood", "2"), new("Input.Impact", "2")]);
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("Kenttä ”Otsikko” saa olla enintään 20 merkkiä.", FieldLimitsPageTests.Message(answer.Html, "Input_Title"));
    }

    [Fact]
    public async Task A_configured_date_range_is_the_range_dates_are_checked_against()
    {
        using var data = new TempDataFolder();
        await using var app = await RunningApp.StartAsync(data.Settings, "--Limits:Dates:Earliest=2020-01-01", "--Limits:Dates:MaxPeriodYears=3");

        var answer = await PartPageForms.PostAsync(app, "/projects/1/facts?edit=1", "",
            [new("Input.Name", "Hanke"), new("Input.Status", "running"), new("Input.PeriodStart", "31.12.2019"), new("Input.PeriodEnd", "1.1.2030")]);
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("Kentän ”Alkamispäivä” arvon pitää olla välillä 1.1.2020–31.12.2100.", FieldLimitsPageTests.Message(answer.Html, "Input_PeriodStart"));

        answer = await PartPageForms.PostAsync(app, "/projects/1/facts?edit=1", "",
            [new("Input.Name", "Hanke"), new("Input.Status", "running"), new("Input.PeriodStart", "1.1.2026"), new("Input.PeriodEnd", "2.1.2029")]);
        Assert.Equal("Kentän ”Päättymispäivä” päivämäärä saa olla enintään 3 vuotta kentän ”Alkamispäivä” päivämäärän jälkeen.", FieldLimitsPageTests.Message(answer.Html, "Input_PeriodEnd"));
    }

    /// <summary>Why each case: a length of 0 would refuse every value; a range upside down would refuse every date.</summary>
    [Theory]
    [InlineData("--Limits:Text:Title=0", "Limits:Text:Title must be at least 1")]
    [InlineData("--Limits:Dates:Earliest=2200-01-01", "Limits:Dates:Earliest (2200-01-01) is after Limits:Dates:Latest")]
    public async Task Limits_that_cannot_be_used_stop_the_app_with_the_key_named(string setting, string message)
    {
        using var data = new TempDataFolder();
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => RunningApp.StartAsync(data.Settings, setting));
        Assert.Contains(message, error.Message);
    }
}
