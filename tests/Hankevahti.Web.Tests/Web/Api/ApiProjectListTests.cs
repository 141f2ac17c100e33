using System.Net;
using System.Text.Json;
using Hankevahti.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Web.Tests.Web.Api;

/// <summary>
/// GET /api/projects: pages, filters and the funder's scope, on SQLite and PostgreSQL. The figures are compared with
/// counts asked of the database directly, with the programme's keys written out here rather than taken from the code.
/// </summary>
public abstract class ApiProjectListTestsBase(ApiFixture fixture)
{
    // The stored keys of rakenneuudistus: its key and its alias (Checks/Profiles/rakenneuudistus.profile.json).
    private static readonly string[] Rakenne = ["rakenneuudistus", "sote-rakenneuudistus"];

    private async Task<int> CountAsync(string[] keys)
    {
        await using var db = HankevahtiDb.Create(fixture.Settings);
        return await db.Projects.CountAsync(p => p.ProgrammeKey != null && keys.Contains(p.ProgrammeKey));
    }

    private static async Task<JsonElement> JsonAsync(HttpClient client, string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{path}: {response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static List<int> Ids(JsonElement page) => page.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetInt32()).ToList();

    [Fact]
    public async Task A_funder_sees_the_projects_of_their_programme_under_any_alias_and_no_others()
    {
        var funder = fixture.Client("funder");
        var all = await JsonAsync(funder, "/api/projects");
        Assert.Equal(await CountAsync(Rakenne), all.GetProperty("total").GetInt32());
        Assert.Equal(new[] { fixture.Demo, fixture.Alias }.Order(), Ids(all).Order());

        // The alias and the key filter to the same programme: one programme whatever its spelling.
        foreach (var name in new[] { "rakenneuudistus", "sote-rakenneuudistus", "SOTE-RAKENNEUUDISTUS" })
        {
            Assert.Equal(2, (await JsonAsync(funder, "/api/projects?programme=" + name)).GetProperty("total").GetInt32());
        }
        // Another programme's projects exist (2 of them in SQL) but this funder sees none of them.
        Assert.Equal(2, await CountAsync(["rrf"]));
        Assert.Equal(0, (await JsonAsync(funder, "/api/projects?programme=rrf")).GetProperty("total").GetInt32());
        using var refused = await funder.GetAsync($"/api/projects/{fixture.Rrf[0]}");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        var other = fixture.Client("rrf-funder");
        var theirs = await JsonAsync(other, "/api/projects");
        Assert.Equal(fixture.Rrf.Order(), Ids(theirs).Order());
        Assert.DoesNotContain(fixture.Demo, Ids(theirs));
        using var demo = await other.GetAsync($"/api/projects/{fixture.Demo}");
        Assert.Equal(HttpStatusCode.Forbidden, demo.StatusCode);
        using var values = await other.GetAsync($"/api/projects/{fixture.Demo}/values");
        Assert.Equal(HttpStatusCode.Forbidden, values.StatusCode);
    }

    [Fact]
    public async Task Pages_follow_their_links_and_together_hold_every_project_once()
    {
        var funder = fixture.Client("rrf-funder");
        var seen = new List<int>();
        string? path = "/api/projects?pageSize=1&text=kasvun";
        var pages = 0;
        JsonElement page = default;
        while (path is not null)
        {
            page = await JsonAsync(funder, path);
            seen.AddRange(Ids(page));
            Assert.Equal(1, page.GetProperty("pageSize").GetInt32());
            // The filter stays in the links.
            Assert.Contains("text=kasvun", page.GetProperty("links").GetProperty("self").GetString());
            path = page.GetProperty("links").GetProperty("next").GetString();
            pages++;
        }
        Assert.Equal(2, pages);
        Assert.Equal(fixture.Rrf.Order(), seen);
        Assert.Equal(2, page.GetProperty("total").GetInt32());
        Assert.NotNull(page.GetProperty("links").GetProperty("prev").GetString());
    }

    [Fact]
    public async Task The_year_and_status_filters_count_as_the_database_does()
    {
        var funder = fixture.Client("funder");
        await using var db = HankevahtiDb.Create(fixture.Settings);
        var start = (await db.Projects.SingleAsync(p => p.Id == fixture.Demo)).PeriodStart!.Value.Year;
        var expected = await db.Projects.CountAsync(p => p.ProgrammeKey != null && Rakenne.Contains(p.ProgrammeKey)
            && p.PeriodStart != null && p.PeriodStart.Value.Year <= start && (p.PeriodEnd == null || p.PeriodEnd.Value.Year >= start));
        Assert.Equal(expected, (await JsonAsync(funder, $"/api/projects?year={start}")).GetProperty("total").GetInt32());
        Assert.Equal(0, (await JsonAsync(funder, "/api/projects?year=1990")).GetProperty("total").GetInt32());
        var status = (await db.Projects.SingleAsync(p => p.Id == fixture.Demo)).Status!;
        Assert.Equal(await db.Projects.CountAsync(p => p.Status == status && p.ProgrammeKey != null && Rakenne.Contains(p.ProgrammeKey)),
            (await JsonAsync(funder, $"/api/projects?status={status}")).GetProperty("total").GetInt32());
    }
}

public sealed class ApiProjectListTests(ApiFixture fixture) : ApiProjectListTestsBase(fixture), IClassFixture<ApiFixture>;

public sealed class PostgresApiProjectListTests(PostgresApiFixture fixture) : ApiProjectListTestsBase(fixture), IClassFixture<PostgresApiFixture>;
