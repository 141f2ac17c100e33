using Hankevahti.Web.Plans;
using Hankevahti.Web.Tests.Browser.Support;

namespace Hankevahti.Web.Tests.Browser;

/// <summary>
/// axe-core (WCAG 2.1 A and AA) on every page of the app in Finnish and Swedish, on the demo project
/// (project 1). The feature tests also run axe with their forms open and errors shown; this one makes
/// sure no page is left out.
/// </summary>
public sealed class AllPagesAxeTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    public static TheoryData<string, string> PagesAndLanguages()
    {
        var pages = new List<string> { "/", "/import", "/projects/1", "/projects/1/plan", "/projects/1/findings", "/projects/1/versions/1", "/projects/1/versions/compare", "/projects/1/members", "/projects/1/audit", "/admin/users" };
        pages.AddRange(PlanParts.All.Select(p => p.Url(1)));
        // Following the running project (issue 16): every page, with the demo's periods.
        pages.AddRange(["/projects/1/values", "/projects/1/values?indicator=i4&period=2026", "/projects/1/costs", "/projects/1/costs/import",
            "/projects/1/progress", "/projects/1/reports", "/projects/1/reports/status/2026", "/projects/1/reports/claim", "/projects/1/reports/final", "/reminders"]);
        var data = new TheoryData<string, string>();
        foreach (var language in new[] { "fi", "sv" })
        {
            foreach (var page in pages)
            {
                data.Add(page, language);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(PagesAndLanguages))]
    public async Task Page_has_no_WCAG_21_AA_violations(string path, string language)
    {
        var page = await browser.NewPageAsync(language);
        var response = await page.GotoAsync(path);
        Assert.Equal(200, response!.Status);
        Assert.Equal(language, await page.GetAttributeAsync("html", "lang"));
        await Axe.AssertNoViolationsAsync(page, $"{path} ({language})");
        await page.Context.CloseAsync();
    }

    // The operating models' pages (issue 17): the catalogue, a new model, a model with an adoption, its matrix with a
    // change, and the adoption form refused (its error summary and field messages), in Finnish, Swedish and English.
    [Theory]
    [InlineData("fi")]
    [InlineData("sv")]
    [InlineData("en")]
    public async Task Operating_model_pages_have_no_violations(string language)
    {
        int id;
        await using (var db = Hankevahti.Storage.Database.HankevahtiDb.Create(browser.Data.Settings))
        {
            var valid = Hankevahti.Models.ModelValidation.Validate(new Hankevahti.Models.ModelInput($"Saavutettava malli {language}", "Ydinidea", "Kohderyhmä", null, null, "Ydin", "Moduuli A\nModuuli B")).Model!;
            id = (await Hankevahti.Storage.Models.OperatingModels.CreateAsync(db, valid)).Id!.Value;
            await Hankevahti.Storage.Models.OperatingModels.LinkAsync(db, id, 1, null, Hankevahti.Models.ModelLinkKind.Spreads);
            var module = (await Hankevahti.Storage.Models.OperatingModels.LoadAsync(db, id))!.Model.Modules[1].Id;
            await Hankevahti.Storage.Models.OperatingModels.RecordAdoptionAsync(db, id, new Hankevahti.Models.Adoption(0, module, "Pirkanmaan hyvinvointialue", null,
                "Pirkanmaan hyvinvointialue", Hankevahti.Models.ModelPeriod.Parse("2026-01"), Hankevahti.Models.AdoptionStatus.InUse, "Päätös"));
        }
        var page = await browser.NewPageAsync(language);
        foreach (var path in new[] { "/models", "/models/new", $"/models/{id}", $"/models/{id}/edit", $"/models/{id}/matrix?period=2026-03&compare=2025-03" })
        {
            var response = await page.GotoAsync(path);
            Assert.Equal(200, response!.Status);
            await Axe.AssertNoViolationsAsync(page, $"{path} ({language})");
        }
        await page.GotoAsync($"/models/{id}");
        await page.Locator("#f-period").FillAsync("03/2026");
        await page.Locator("form[action$='handler=Adopt'] button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("handler=Adopt", StringComparison.Ordinal));
        // The refused form comes back with its summary (waited for: the answer to the post is a new page).
        await page.Locator(".error-summary").WaitForAsync(new() { Timeout = 15_000 });
        Assert.Equal(1, await page.Locator(".error-summary").CountAsync());
        Assert.Equal("03/2026", await page.Locator("#f-period").InputValueAsync());
        await Axe.AssertNoViolationsAsync(page, $"/models/{id} with a refused adoption ({language})");
        // An edit refused because someone saved meanwhile: the summary, the typed form and the current text beside it.
        await page.GotoAsync($"/models/{id}/edit");
        await using (var db = Hankevahti.Storage.Database.HankevahtiDb.Create(browser.Data.Settings))
        {
            var changed = Hankevahti.Models.ModelValidation.Validate(new Hankevahti.Models.ModelInput($"Saavutettava malli {language} 2", "Ydinidea", "Kohderyhmä", null, null, "Ydin", "Moduuli A\nModuuli B")).Model!;
            Assert.Equal(Hankevahti.Storage.Models.ModelOutcome.Saved, (await Hankevahti.Storage.Models.OperatingModels.UpdateAsync(db, id, 1, changed)).Outcome);
        }
        await page.Locator("form.model-form button[type=submit]").ClickAsync();
        await page.Locator("#f-stale").WaitForAsync(new() { Timeout = 15_000 });
        await Axe.AssertNoViolationsAsync(page, $"/models/{id}/edit refused as stale ({language})");
        await page.Context.CloseAsync();
    }

    // The portfolio pages (issue 17) in all three languages: each view with its charts, a drill-down, and a view
    // showing a bad filter back with its message.
    [Theory]
    [InlineData("/portfolio", "fi")]
    [InlineData("/portfolio/programmes", "fi")]
    [InlineData("/portfolio/regions", "sv")]
    [InlineData("/portfolio/organisations", "en")]
    [InlineData("/portfolio/years", "fi")]
    [InlineData("/portfolio/years", "en")]
    [InlineData("/portfolio/regions?year=abc&programme=ei-ole", "fi")]
    [InlineData("/portfolio/projects?figure=budget", "sv")]
    [InlineData("/portfolio/projects?view=programmes&group=x&figure=nope", "en")]
    public async Task Portfolio_page_has_no_WCAG_21_AA_violations(string path, string language)
    {
        var page = await browser.NewPageAsync(language);
        var response = await page.GotoAsync(path);
        Assert.Equal(200, response!.Status);
        Assert.Equal(language, await page.GetAttributeAsync("html", "lang"));
        await Axe.AssertNoViolationsAsync(page, $"{path} ({language})");
        await page.Context.CloseAsync();
    }

    // A programme's reporting deadlines page (/programmes/{key}/reporting): as shipped, with a deadline set (the "set
    // here" text, the saved message) and with a refused date (the error summary, the field's message), in all three
    // languages. rrf is no programme of the demo project; its terms are cleared at the end for the other tests.
    [Theory]
    [InlineData("fi")]
    [InlineData("sv")]
    [InlineData("en")]
    public async Task Programme_reporting_page_has_no_violations(string language)
    {
        const string path = "/programmes/rrf/reporting";
        var page = await browser.NewPageAsync(language);
        try
        {
            var response = await page.GotoAsync(path);
            Assert.Equal(200, response!.Status);
            Assert.Equal(language, await page.GetAttributeAsync("html", "lang"));
            await Axe.AssertNoViolationsAsync(page, $"{path} ({language})");

            await page.Locator("#due-1").FillAsync("01-31");
            await page.Locator("form.reporting-terms button[type=submit]").ClickAsync();
            await page.Locator("p.message[role=status]").WaitForAsync(new() { Timeout = 15_000 });
            Assert.Equal("set", await page.Locator("fieldset[data-period='1'] [data-applies]").GetAttributeAsync("data-applies"));
            await Axe.AssertNoViolationsAsync(page, $"{path} with a deadline set ({language})");

            await page.Locator("#due-2").FillAsync("31.12.");
            await page.Locator("form.reporting-terms button[type=submit]").ClickAsync();
            await page.Locator(".error-summary").WaitForAsync(new() { Timeout = 15_000 });
            Assert.Equal("true", await page.Locator("#due-2").GetAttributeAsync("aria-invalid"));
            await Axe.AssertNoViolationsAsync(page, $"{path} with a refused date ({language})");
        }
        finally
        {
            await using var db = Hankevahti.Storage.Database.HankevahtiDb.Create(browser.Data.Settings);
            await Hankevahti.Storage.Following.ReportingTerms.SaveAsync(db, "rrf", [new(1, null, null), new(2, null, null)]);
            await page.Context.CloseAsync();
        }
    }

    // The findings page in its other states: a finding dismissed (its reason, date and restore button)
    // and a dismissal refused for want of a reason (the error summary, the open form, the field's error).
    [Theory]
    [InlineData("fi")]
    [InlineData("sv")]
    public async Task Findings_page_with_a_dismissed_finding_and_a_refused_dismissal_has_no_violations(string language)
    {
        // A plan of its own with several findings (the demo plan has almost none), one per run.
        var id = await browser.Data.StoreAsync(Web.Projects.DismissalAppFixture.PlanOf(Web.Projects.DismissalAppFixture.Intro(), Web.Projects.DismissalAppFixture.Schedule()));
        var page = await browser.NewPageAsync(language);
        await page.GotoAsync($"/projects/{id}/findings");
        var first = page.Locator("details.dismiss-finding").First;
        await first.Locator("summary").ClickAsync();
        await first.Locator("textarea").FillAsync("Kuvitteellinen perustelu: tarkoituksella näin.");
        await first.Locator("button[type=submit]").ClickAsync();
        await page.WaitForLoadStateAsync();
        Assert.True(await page.Locator("li.finding.dismissed").CountAsync() > 0);
        // The redirect after the post says what happened, once.
        Assert.Equal(1, await page.Locator("p.message[role=status]").CountAsync());
        await Axe.AssertNoViolationsAsync(page, $"findings with a dismissed finding ({language})");

        var next = page.Locator("details.dismiss-finding").First;
        await next.Locator("summary").ClickAsync();
        await next.Locator("button[type=submit]").ClickAsync();
        await page.WaitForLoadStateAsync();
        Assert.Equal(1, await page.Locator(".error-summary").CountAsync());
        await Axe.AssertNoViolationsAsync(page, $"findings with a refused dismissal ({language})");

        // The overview's count of dismissed findings, and a part page showing the dismissed finding.
        foreach (var path in new[] { $"/projects/{id}", PlanParts.ByKey("sections").Url(id) })
        {
            await page.GotoAsync(path);
            Assert.True(await page.Locator("li.dismissed, li.finding.dismissed").CountAsync() > 0, path);
            await Axe.AssertNoViolationsAsync(page, $"{path} with a dismissed finding ({language})");
        }
        await page.Context.CloseAsync();
    }

    // The version pages with something to show: an old version with its restore form, and a comparison
    // with items added, removed and changed, a money move, funding and an indicator target.
    [Theory]
    [InlineData("fi")]
    [InlineData("sv")]
    public async Task Version_view_and_a_comparison_with_changes_have_no_violations(string language)
    {
        var plan = Hankevahti.Versions.PlanIds.Fill(Hankevahti.Demo.DemoPlan.Load());
        var id = await browser.Data.StoreAsync(plan);
        var changed = Hankevahti.Versions.PlanIds.Copy(plan);
        changed.Risks.RemoveAt(0);
        changed.Risks.Add(new Hankevahti.Plans.Risk { Id = "r-axe", Title = "Kuvitteellinen riski" });
        changed.Risks[0] = changed.Risks[0] with { Title = "Kuvitteellinen otsikko" };
        var index = changed.Budget.Lines.FindIndex(l => l.PartCode == "1.1");
        changed.Budget.Lines[index] = changed.Budget.Lines[index] with { PartCode = "2.1", Amount = changed.Budget.Lines[index].Amount + 1000m };
        changed = changed with { Budget = changed.Budget with { Funding = changed.Budget.Funding with { OwnFundingShare = 0.3m } } };
        if (changed.Indicators.FindIndex(i => i.Targets.Count > 0) is var target and >= 0)
        {
            changed.Indicators[target] = changed.Indicators[target] with { Targets = [new Hankevahti.Plans.IndicatorValue { Year = 2027, Value = 1, Text = "1 kpl" }] };
        }
        await using (var db = Hankevahti.Storage.Database.HankevahtiDb.Create(browser.Data.Settings))
        {
            await Hankevahti.Storage.Projects.ProjectPlans.AddVersionAsync(db, id, changed, "edit");
        }
        var page = await browser.NewPageAsync(language);
        foreach (var path in new[] { $"/projects/{id}/versions/1", $"/projects/{id}/versions/compare?from=1&to=2", $"/projects/{id}" })
        {
            var response = await page.GotoAsync(path);
            Assert.Equal(200, response!.Status);
            await Axe.AssertNoViolationsAsync(page, $"{path} ({language})");
        }
        Assert.True(await page.Locator("form[action$='handler=restore']").CountAsync() == 0, "the overview has no restore form");
        await page.GotoAsync($"/projects/{id}/versions/compare?from=1&to=2");
        Assert.True(await page.Locator(".diff-changed").CountAsync() > 0);
        Assert.True(await page.Locator(".money-moves li").CountAsync() > 0);
        await page.Context.CloseAsync();
    }
}
