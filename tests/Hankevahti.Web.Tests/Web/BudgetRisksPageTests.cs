using System.Net;
using System.Text.RegularExpressions;
using Hankevahti.Demo;
using Hankevahti.Plans;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Projects;
using Hankevahti.Web.Tests.Support;

namespace Hankevahti.Web.Tests.Web;

/// <summary>
/// The budget and risks pages over HTTP, without a browser: the forms post as they do without
/// JavaScript. Each test stores a demo plan of its own, so that their saves do not meet.
/// </summary>
public sealed partial class BudgetRisksPageTests(DemoAppFixture fixture) : IClassFixture<DemoAppFixture>
{
    private readonly RunningApp app = fixture.App;

    private Task<int> NewProjectAsync() => fixture.Data.StoreAsync(DemoPlan.Load());

    private async Task<StoredPlan> StoredAsync(int id)
    {
        await using var db = HankevahtiDb.Create(fixture.Data.Settings);
        return (await db.LatestPlanAsync(id))!;
    }

    /// <summary>The page's form (found by its start), its fields as it would post them, and the antiforgery cookie.</summary>
    private async Task<(List<KeyValuePair<string, string>> Fields, string Cookie)> FormAsync(string path, string formStart)
    {
        using var response = await app.Http.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        var start = html.IndexOf(formStart, StringComparison.Ordinal);
        Assert.True(start >= 0, $"no {formStart} on {path}");
        var form = html[start..html.IndexOf("</form>", start, StringComparison.Ordinal)];
        var fields = InputTag().Matches(form)
            .Select(m => (Name: Attribute(m.Value, "name"), Value: Attribute(m.Value, "value") ?? ""))
            .Where(f => f.Name is not null)
            .Select(f => new KeyValuePair<string, string>(f.Name!, f.Value))
            .ToList();
        // Text areas post their text, selects their chosen option, as a browser's form does.
        fields.AddRange(TextAreaTag().Matches(form).Select(m => new KeyValuePair<string, string>(Attribute(m.Value, "name")!, WebUtility.HtmlDecode(m.Groups[1].Value))));
        fields.AddRange(SelectTag().Matches(form).Select(m => new KeyValuePair<string, string>(Attribute(m.Value, "name")!,
            Regex.Match(m.Value, "<option value=\"([^\"]*)\" selected") is { Success: true } o ? WebUtility.HtmlDecode(o.Groups[1].Value) : "")));
        var cookie = string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        return (fields, cookie);
    }

    private static string? Attribute(string tag, string name) =>
        Regex.Match(tag, $"\\s{name}=\"([^\"]*)\"") is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    private static List<KeyValuePair<string, string>> With(List<KeyValuePair<string, string>> fields, params (string Name, string Value)[] changes)
    {
        var result = fields.Where(f => !changes.Any(c => c.Name == f.Key)).ToList();
        result.AddRange(changes.Select(c => new KeyValuePair<string, string>(c.Name, c.Value)));
        return result;
    }

    private async Task<(HttpStatusCode Status, string Html, string? Location)> PostAsync(string path, List<KeyValuePair<string, string>> fields, string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add("Cookie", cookie);
        using var response = await app.Http.SendAsync(request);
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task A_bad_amount_stays_in_its_cell_with_the_message_beside_it_and_nothing_is_saved()
    {
        var id = await NewProjectAsync();
        var path = $"/projects/{id}/budget";
        var (fields, cookie) = await FormAsync(path, "<form method=\"post\" class=\"budget-grid\"");

        // Row 0 is part 1.1's hired personnel (2026 in column 0), row 1 its training.
        var (status, html, _) = await PostAsync(path, With(fields, ("Input.Rows[0].Cells[0]", "96 000,5x"), ("Input.Rows[1].Cells[0]", "13 000")), cookie);

        Assert.Equal(HttpStatusCode.OK, status);
        var cell = Regex.Match(html, "<input type=\"text\" id=\"cell-0-0\"[^>]*>\\s*<span class=\"field-error\" id=\"cell-0-0-error\">([^<]*)</span>");
        Assert.True(cell.Success, "the message follows the cell's input");
        Assert.Contains("value=\"96 000,5x\"", cell.Value);
        Assert.Contains("aria-invalid=\"true\"", cell.Value);
        Assert.Contains("aria-describedby=\"cell-0-0-error\"", cell.Value);
        // The message names the cell: part, category and year.
        Assert.StartsWith("Kentän ”1.1 ", cell.Groups[1].Value);
        Assert.Contains("2026", cell.Groups[1].Value);
        Assert.Contains("euromäärä", cell.Groups[1].Value);
        // The other cell's change is kept too, and the summary at the top says there are errors.
        Assert.Contains("id=\"cell-1-0\" name=\"Input.Rows[1].Cells[0]\" value=\"13 000\"", html);
        Assert.Contains("class=\"error-summary\"", html);
        Assert.Equal(1, (await StoredAsync(id)).Version.Number);
    }

    [Fact]
    public async Task Saving_the_grid_replaces_the_cell_and_the_page_shows_the_new_totals_and_shares()
    {
        var id = await NewProjectAsync();
        var path = $"/projects/{id}/budget";
        var (fields, cookie) = await FormAsync(path, "<form method=\"post\" class=\"budget-grid\"");

        // Training in 1.1 in 2026: 12 000 → 20 000; own funding 20 % → 25 %, grant 80 % → 75 %.
        var (status, _, location) = await PostAsync(path, With(fields, ("Input.Rows[1].Cells[0]", "20 000"), ("Input.OwnShare", "25"), ("Input.GrantShare", "75 %")), cookie);

        Assert.Equal(HttpStatusCode.Redirect, status);
        Assert.Equal($"/projects/{id}/budget#budget-grid", location);
        var stored = await StoredAsync(id);
        Assert.Equal(2, stored.Version.Number);
        var budget = stored.Plan!.Budget;
        var training = Assert.Single(budget.Lines, l => l is { PartCode: "1.1", Category: CostCategory.ServicesTraining, Year: 2026, Kind: FigureKind.Planned });
        Assert.Equal(20_000m, training.Amount);
        Assert.Equal("Koulutukset", training.Label);
        Assert.Equal((0.25m, 0.75m), (budget.Funding.OwnFundingShare, budget.Funding.GrantShare));
        // Every other line is as it was.
        var demo = DemoPlan.Load().Budget.Lines;
        Assert.Equal(demo.Count, budget.Lines.Count);
        Assert.Equal(demo.Where(l => l.Category != CostCategory.ServicesTraining || l.Kind != FigureKind.Planned), budget.Lines.Where(l => l.Category != CostCategory.ServicesTraining || l.Kind != FigureKind.Planned));

        var (_, html) = await app.GetPageAsync(path);
        // 1 336 000 + 8 000; 25 % and 75 % of it.
        Assert.Matches("id=\"grand-total\">1\u00A0344\u00A0000,00 €<", html);
        Assert.Matches("id=\"own-funding\">336\u00A0000,00 €<", html);
        Assert.Matches("id=\"grant\">1\u00A0008\u00A0000,00 €<", html);
    }

    [Fact]
    public async Task Shares_that_are_not_percentages_get_their_messages_and_stay_as_typed()
    {
        var id = await NewProjectAsync();
        var path = $"/projects/{id}/budget";
        var (fields, cookie) = await FormAsync(path, "<form method=\"post\" class=\"budget-grid\"");

        var (status, html, _) = await PostAsync(path, With(fields, ("Input.OwnShare", "150"), ("Input.GrantShare", "puolet")), cookie);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Matches("value=\"150\"[^>]*>\\s*<span class=\"field-error\" id=\"Input_OwnShare-error\">[^<]*0–100", html);
        Assert.Matches("value=\"puolet\"[^>]*>\\s*<span class=\"field-error\" id=\"Input_GrantShare-error\">[^<]*luku", html);
        Assert.Equal(1, (await StoredAsync(id)).Version.Number);
    }

    [Fact]
    public async Task Adding_a_row_without_a_script_keeps_what_was_typed_and_saves_nothing()
    {
        var id = await NewProjectAsync();
        var path = $"/projects/{id}/budget";
        var (fields, cookie) = await FormAsync(path, "<form method=\"post\" class=\"budget-grid\"");

        var (status, html, _) = await PostAsync(path + "?handler=AddRow",
            With(fields, ("Input.Rows[0].Cells[0]", "1 234"), ("Input.NewPart", "H"), ("Input.NewCategory", "Materials")), cookie);

        Assert.Equal(HttpStatusCode.OK, status);
        var rows = Regex.Matches(html, "name=\"Input.Rows\\[(\\d+)\\].Category\" value=\"([A-Za-z]+)\"");
        var added = rows[^1];
        Assert.Equal("Materials", added.Groups[2].Value);
        Assert.Contains($"name=\"Input.Rows[{added.Groups[1].Value}].Part\" value=\"H\"", html);
        Assert.Contains("name=\"Input.Rows[0].Cells[0]\" value=\"1 234\"", html);
        Assert.Equal(1, (await StoredAsync(id)).Version.Number);
    }

    [Fact]
    public async Task A_risk_without_likelihood_or_with_an_impact_off_the_scale_is_refused_with_the_input_kept()
    {
        var id = await NewProjectAsync();
        var path = $"/projects/{id}/risks";
        var (fields, cookie) = await FormAsync(path, "<form method=\"post\" class=\"edit risk-form\"");

        var (status, html, _) = await PostAsync(path + "?handler=Save", With(fields,
            ("Input.Title", "Avustaja sairastuu"), ("Input.Likelihood", ""), ("Input.Impact", "7"), ("Input.Mitigations", "Varahenkilö\nOhjeet")), cookie);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("id=\"Input_Title\" name=\"Input.Title\" value=\"Avustaja sairastuu\"", html);
        Assert.Matches("id=\"Input_Likelihood-error\">Kenttä ”Todennäköisyys” on pakollinen", html);
        Assert.Matches("id=\"Input_Impact-error\">Kentän ”Vaikutus” arvon pitää olla välillä 1–5", html);
        // The impact typed stays chosen, and the mitigations as written.
        Assert.Matches("<option value=\"7\" selected=\"selected\">", html);
        Assert.Contains("Varahenkilö\nOhjeet</textarea>", html);
        Assert.Equal(1, (await StoredAsync(id)).Version.Number);
    }

    [Fact]
    public async Task A_risk_is_added_placed_in_its_cell_edited_without_losing_its_range_and_deleted()
    {
        var id = await NewProjectAsync();
        var path = $"/projects/{id}/risks";
        var demo = DemoPlan.Load().Risks;

        var (fields, cookie) = await FormAsync(path, "<form method=\"post\" class=\"edit risk-form\"");
        var (status, _, location) = await PostAsync(path + "?handler=Save", With(fields,
            ("Input.Title", "Avustaja sairastuu"), ("Input.Likelihood", "4"), ("Input.Impact", "5"), ("Input.Mitigations", "Varahenkilö\n\n Ohjeet ")), cookie);
        Assert.Equal(HttpStatusCode.Redirect, status);
        Assert.Equal($"{path}#risks-{demo.Count}", location);
        var added = (await StoredAsync(id)).Plan!.Risks[^1];
        Assert.Equal(("Avustaja sairastuu", 4m, 5m), (added.Title, added.Likelihood!.Min!.Value, added.Impact!.Max!.Value));
        Assert.Equal(["Varahenkilö", "Ohjeet"], added.Mitigations);

        var (_, html) = await app.GetPageAsync(path);
        Assert.Matches($"<a href=\"#risks-{demo.Count}\" class=\"marker\" aria-label=\"[^\"]*\" data-risk=\"{demo.Count + 1}\" data-likelihood=\"4\" data-impact=\"5\">", html);

        // Risk 0 has impact 2–3: editing its owner keeps the range and its wording.
        (fields, cookie) = await FormAsync(path + "?edit=0", "<form method=\"post\" class=\"edit risk-form\"");
        Assert.Contains(fields, f => f.Key == "Edit" && f.Value == "0");
        var selects = await app.GetPageAsync(path + "?edit=0");
        Assert.Matches("<option value=\"2-3\" selected=\"selected\">2–3", selects.Html);
        (status, _, _) = await PostAsync(path + "?handler=Save", With(fields,
            ("Input.Title", demo[0].Title), ("Input.Likelihood", "4"), ("Input.Impact", "2-3"), ("Input.Owner", "Hankejohtaja")), cookie);
        Assert.Equal(HttpStatusCode.Redirect, status);
        var edited = (await StoredAsync(id)).Plan!.Risks[0];
        Assert.Equal("Hankejohtaja", edited.Owner);
        Assert.Equal(demo[0].Impact, edited.Impact);
        Assert.Equal(demo[0].Likelihood, edited.Likelihood);
        Assert.Equal(demo[0].Mitigations, edited.Mitigations);

        (fields, cookie) = await FormAsync(path, "<form method=\"post\" class=\"inline\"");
        (status, _, location) = await PostAsync(path + "?handler=Delete", With(fields, ("index", "1")), cookie);
        Assert.Equal(HttpStatusCode.Redirect, status);
        Assert.Equal($"{path}#risk-list", location);
        var risks = (await StoredAsync(id)).Plan!.Risks;
        Assert.Equal(demo.Count, risks.Count);
        Assert.DoesNotContain(risks, r => r.Title == demo[1].Title);
    }

    [GeneratedRegex("<input\\b[^>]*>")]
    private static partial Regex InputTag();

    [GeneratedRegex("<textarea\\b[^>]*>(.*?)</textarea>", RegexOptions.Singleline)]
    private static partial Regex TextAreaTag();

    [GeneratedRegex("<select\\b.*?</select>", RegexOptions.Singleline)]
    private static partial Regex SelectTag();
}
