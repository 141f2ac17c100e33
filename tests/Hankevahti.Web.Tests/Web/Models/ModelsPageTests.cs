using System.Net;
using System.Text.RegularExpressions;
using Hankevahti.Demo;
using Hankevahti.Storage.Database;
using Hankevahti.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Web.Tests.Web.Models;

/// <summary>
/// The operating models' pages over HTTP (local owner mode: no accounts, everything allowed; who may do what is the
/// authorisation matrix's): a model created with its core and modules and linked to a project, adoption recorded,
/// the region × module matrix showing it with its change, and bad input kept as typed.
/// </summary>
public sealed partial class ModelsPageTests : IAsyncLifetime
{
    private const string County = "Pirkanmaan hyvinvointialue";
    private readonly TempDataFolder data = new();
    private RunningApp app = null!;
    private SignedInClient client = null!;
    private int project;

    public async Task InitializeAsync()
    {
        project = await data.StoreAsync(DemoPlan.Load());
        app = await RunningApp.StartAsync(data.Settings);
        client = new SignedInClient(app.Address);
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await app.DisposeAsync();
        data.Dispose();
    }

    private async Task<(int Model, Dictionary<string, int> Modules)> CreateAsync()
    {
        using var created = await client.PostAsync("/models/new", "/models/new",
        [
            new("Name", "Perhekeskusmalli"), new("CoreIdea", "Palvelut yhden oven takaa"), new("TargetGroup", "Lapsiperheet"),
            new("Conditions", "Johdon tuki"), new("Evidence", "Arvioitu pilotissa"), new("Core", "Yhteinen ydin"),
            new("Modules", "Digitaalinen palveluohjaus\nVertaistuki"), new("Project", project.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("Kind", "spreads"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var path = created.Headers.Location!.OriginalString;
        var id = int.Parse(path["/models/".Length..], System.Globalization.CultureInfo.InvariantCulture);
        var html = await client.GetStringAsync(path);
        var modules = PartItem().Matches(html).ToDictionary(m => m.Groups["name"].Value.Trim(), m => int.Parse(m.Groups["id"].Value, System.Globalization.CultureInfo.InvariantCulture));
        return (id, modules);
    }

    private Task<HttpResponseMessage> AdoptAsync(int model, string module, string organisation, string region, string period, string status) =>
        client.PostAsync($"/models/{model}", $"/models/{model}?handler=Adopt",
            [new("Module", module), new("Organisation", organisation), new("Unit", ""), new("Region", region), new("Period", period), new("Status", status), new("Evidence", "Johtoryhmän päätös")]);

    [Fact]
    public async Task A_module_taken_into_use_in_a_county_shows_in_its_row_of_the_matrix_with_the_change()
    {
        var (model, modules) = await CreateAsync();
        Assert.Equal(["Digitaalinen palveluohjaus", "Vertaistuki", "Yhteinen ydin"], modules.Keys.Order(StringComparer.Ordinal).ToArray());
        var digital = modules["Digitaalinen palveluohjaus"].ToString(System.Globalization.CultureInfo.InvariantCulture);

        // Piloting in 2025, in use from March 2026; the county is its own region (the field left empty).
        using (var piloting = await AdoptAsync(model, digital, County, "", "2025-06", "piloting"))
        {
            Assert.Equal(HttpStatusCode.Redirect, piloting.StatusCode);
        }
        using (var inUse = await AdoptAsync(model, digital, County, "", "2026-03", "in_use"))
        {
            Assert.Equal(HttpStatusCode.Redirect, inUse.StatusCode);
        }

        var (status, html) = await app.GetPageAsync($"/models/{model}/matrix?period=2026-03&compare=2025-12");
        Assert.Equal(HttpStatusCode.OK, status);
        var row = Regex.Match(html, $"<tr data-region=\"{County}\">(.*?)</tr>", RegexOptions.Singleline);
        Assert.True(row.Success, "the county has no row in the matrix");
        var cell = Regex.Match(row.Groups[1].Value, $"<td data-module=\"{digital}\" data-in-use=\"(\\d+)\" data-in-use-change=\"(-?\\d+)\">(.*?)</td>", RegexOptions.Singleline);
        Assert.Equal(("1", "1"), (cell.Groups[1].Value, cell.Groups[2].Value));
        // In use now (+1), piloting no longer (−1).
        Assert.Contains("data-status=\"in_use\">käytössä: 1 (+1)", cell.Groups[3].Value);
        Assert.Contains("data-status=\"piloting\">pilotoinnissa: 0 (−1)", cell.Groups[3].Value);
        Assert.Contains("<svg role=\"img\"", html);

        // Before March the county was still piloting: nothing in use.
        var (_, before) = await app.GetPageAsync($"/models/{model}/matrix?period=2026-02&compare=2025");
        Assert.Matches($"<td data-module=\"{digital}\" data-in-use=\"0\" data-in-use-change=\"0\">", before);

        // The catalogue counts the county as an organisation where the model is in use, and names the linked project.
        var (_, catalogue) = await app.GetPageAsync("/models");
        Assert.Matches($"<tr data-model=\"{model}\">.*?<td class=\"num\">3</td>.*?/projects/{project}.*?<td class=\"num\">1</td>", catalogue.ReplaceLineEndings(" "));
        await using var db = HankevahtiDb.Create(data.Settings);
        Assert.Equal(2, await db.ModelAdoptions.CountAsync());
        Assert.Equal(2, await db.AuditLog.CountAsync(a => a.Action == "model.adopt"));
    }

    [Fact]
    public async Task Bad_input_is_refused_at_its_field_and_what_was_typed_is_kept()
    {
        var (model, modules) = await CreateAsync();
        var core = modules["Yhteinen ydin"].ToString(System.Globalization.CultureInfo.InvariantCulture);

        // An association is no region itself and the period is written the Finnish way: two messages, nothing stored.
        using var refused = await AdoptAsync(model, core, "Järjestö ry", "", "03/2026", "in_use");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        // Decoded: the app may or may not encode letters such as ä (its encoder settings), and what was typed is what counts.
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("class=\"error-summary\"", html);
        Assert.Contains("id=\"f-period-error\"", html);
        Assert.Contains("id=\"f-region-error\"", html);
        Assert.Contains("value=\"03/2026\"", html);
        Assert.Contains("value=\"Järjestö ry\"", html);
        Assert.Contains($"<option value=\"{core}\" selected=\"selected\">", html);
        Assert.Contains("<option value=\"in_use\" selected=\"selected\">", html);
        await using (var db = HankevahtiDb.Create(data.Settings))
        {
            Assert.Equal(0, await db.ModelAdoptions.CountAsync());
        }

        // A model without a name and a module given twice: both refused, the modules kept as typed.
        using var badModel = await client.PostAsync("/models/new", "/models/new",
            [new("Name", " "), new("Core", ""), new("Modules", "Vertaistuki\nvertaistuki"), new("Project", ""), new("Kind", "spreads")]);
        Assert.Equal(HttpStatusCode.OK, badModel.StatusCode);
        var form = WebUtility.HtmlDecode(await badModel.Content.ReadAsStringAsync());
        Assert.Contains("id=\"f-name-error\"", form);
        Assert.Contains("id=\"f-modules-error\"", form);
        Assert.Contains("Vertaistuki\nvertaistuki</textarea>", form);

        // A period of the matrix that does not read: its message, the typed text kept, the default period used.
        var (status, matrix) = await app.GetPageAsync($"/models/{model}/matrix?period=2026-13");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("id=\"f-period-error\"", matrix);
        Assert.Contains("value=\"2026-13\"", matrix);
    }

    [Fact]
    public async Task An_edit_keeps_parts_with_adoptions_and_a_save_made_on_an_older_revision_is_refused_with_the_typed_text_kept()
    {
        var (model, modules) = await CreateAsync();
        using (await AdoptAsync(model, modules["Vertaistuki"].ToString(System.Globalization.CultureInfo.InvariantCulture), County, "", "2026-03", "in_use"))
        {
        }
        var form = WebUtility.HtmlDecode(await client.GetStringAsync($"/models/{model}/edit"));
        // The form opens on what is stored, the modules one per line, with the revision it was opened on.
        Assert.Contains("value=\"Perhekeskusmalli\"", form);
        Assert.Contains("Digitaalinen palveluohjaus\nVertaistuki</textarea>", form);
        Assert.Contains("name=\"Revision\" value=\"1\"", form);

        // Both modules left out: the one with an adoption stays (its history must stay readable), the other goes.
        using var saved = await client.PostAsync($"/models/{model}/edit", $"/models/{model}/edit",
            [new("Name", "Perhekeskusmalli 2.0"), new("CoreIdea", "Palvelut yhden oven takaa"), new("TargetGroup", "Lapsiperheet ja nuoret"),
             new("Conditions", ""), new("Evidence", ""), new("Core", "Yhteinen ydin"), new("Modules", "Etävastaanotto"), new("Revision", "1")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var details = WebUtility.HtmlDecode(await client.GetStringAsync($"/models/{model}"));
        Assert.Contains("Perhekeskusmalli 2.0", details);
        Assert.Contains("Lapsiperheet ja nuoret", details);
        Assert.Contains("Vertaistuki", details); // kept, and named in the message
        Assert.DoesNotContain("Digitaalinen palveluohjaus", details);
        Assert.Contains("Etävastaanotto", details);
        await using (var db = HankevahtiDb.Create(data.Settings))
        {
            Assert.Equal(2, await db.OperatingModels.Where(m => m.Id == model).Select(m => m.Revision).SingleAsync());
            Assert.Equal(["Etävastaanotto", "Vertaistuki", "Yhteinen ydin"], (await db.OperatingModelModules.Where(m => m.ModelId == model).Select(m => m.Name).ToListAsync()).Order());
        }

        // A second person still on revision 1: refused, their text kept, the current text shown, nothing stored.
        using var stale = await client.PostAsync($"/models/{model}/edit", $"/models/{model}/edit",
            [new("Name", "Vanha nimi"), new("CoreIdea", "Toinen ajatus"), new("TargetGroup", ""), new("Conditions", ""), new("Evidence", ""),
             new("Core", "Yhteinen ydin"), new("Modules", "Vertaistuki"), new("Revision", "1")]);
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        var refused = WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync());
        Assert.Contains("href=\"#f-stale\"", refused);
        Assert.Contains("value=\"Vanha nimi\"", refused);
        Assert.Contains("<dd>Perhekeskusmalli 2.0</dd>", refused);
        // Saving again from this form is a choice made on the current revision.
        Assert.Contains("name=\"Revision\" value=\"2\"", refused);
        await using (var db = HankevahtiDb.Create(data.Settings))
        {
            Assert.Equal("Perhekeskusmalli 2.0", await db.OperatingModels.Where(m => m.Id == model).Select(m => m.Name).SingleAsync());
        }

        // A model that does not exist: not found, for the form and the save.
        var (missing, _) = await app.GetPageAsync($"/models/{model + 100}/edit");
        Assert.Equal(HttpStatusCode.NotFound, missing);
    }

    [GeneratedRegex("<li data-module=\"(?<id>\\d+)\">(?<name>[^<(]+)")]
    private static partial Regex PartItem();
}
