using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hankevahti.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Web.Tests.Web.Api;

/// <summary>
/// Writing a measured value through the API with ETag / If-Match, on SQLite and PostgreSQL: two clients changing
/// the same value with the same ETag at once get one 200 and one 412, and the stored value is the winner's.
/// </summary>
public abstract class ApiValueWriteTestsBase(ApiFixture fixture)
{
    private string Values => $"/api/projects/{fixture.Demo}/values";

    private async Task<(int Id, string ETag)> CreateAsync(HttpClient client, string indicator, string period)
    {
        using var created = await client.PostAsJsonAsync(Values, new { indicator, period, value = "10", comment = "ensimmäinen" });
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        using var json = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        return (json.RootElement.GetProperty("id").GetInt32(), created.Headers.ETag!.Tag);
    }

    private static HttpRequestMessage Put(string path, string? ifMatch, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, path) { Content = JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }
        return request;
    }

    [Fact]
    public async Task Two_writes_with_the_same_etag_at_once_store_one_and_refuse_the_other_with_412()
    {
        var (id, etag) = await CreateAsync(fixture.Client("manager"), "i4", "2026");
        var path = $"{Values}/{id}";
        for (var round = 0; round < 5; round++)
        {
            // Two clients of their own, sent together: neither waits for the other's answer.
            var a = fixture.Client("manager");
            var b = fixture.Client("manager");
            using var putA = Put(path, etag, new { value = $"{20 + round}", comment = "a" });
            using var putB = Put(path, etag, new { value = $"{40 + round}", comment = "b" });
            var answers = await Task.WhenAll(a.SendAsync(putA), b.SendAsync(putB));
            var statuses = answers.Select(r => (int)r.StatusCode).Order().ToList();
            Assert.True(statuses.SequenceEqual([200, 412]), $"round {round}: {string.Join(", ", statuses)}; {await answers[1].Content.ReadAsStringAsync()}");
            var winner = answers.Single(r => r.StatusCode == HttpStatusCode.OK);
            var loser = answers.Single(r => r.StatusCode == HttpStatusCode.PreconditionFailed);
            Assert.Equal("application/problem+json", loser.Content.Headers.ContentType!.MediaType);
            var won = JsonDocument.Parse(await winner.Content.ReadAsStringAsync()).RootElement;
            await using (var db = HankevahtiDb.Create(fixture.Settings))
            {
                var stored = await db.IndicatorValues.AsNoTracking().SingleAsync(v => v.Id == id);
                Assert.Equal(won.GetProperty("number").GetDecimal(), stored.NumberValue);
                Assert.Equal(winner.Headers.ETag!.Tag, $"\"r{stored.Revision}\"");
            }
            etag = winner.Headers.ETag!.Tag;
            foreach (var r in answers)
            {
                r.Dispose();
            }
        }
    }

    [Fact]
    public async Task A_write_without_if_match_is_428_and_with_an_old_etag_412_and_nothing_changes()
    {
        var client = fixture.Client("manager");
        var (id, etag) = await CreateAsync(client, "i4", "2027");
        var path = $"{Values}/{id}";
        using (var missing = await client.SendAsync(Put(path, null, new { value = "11" })))
        {
            Assert.Equal(HttpStatusCode.PreconditionRequired, missing.StatusCode);
            Assert.Equal("application/problem+json", missing.Content.Headers.ContentType!.MediaType);
        }
        using (var ok = await client.SendAsync(Put(path, etag, new { value = "12" })))
        {
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }
        using (var stale = await client.SendAsync(Put(path, etag, new { value = "13" })))
        {
            Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        }
        using var read = await client.GetAsync(path);
        Assert.Equal(12m, JsonDocument.Parse(await read.Content.ReadAsStringAsync()).RootElement.GetProperty("number").GetDecimal());
        Assert.Equal("\"r2\"", read.Headers.ETag!.Tag);
        // Creating it again is a conflict: a value is changed with PUT.
        using var again = await client.PostAsJsonAsync(Values, new { indicator = "i4", period = "2027", value = "1" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task A_co_implementer_records_its_own_organisations_value_and_is_refused_anothers()
    {
        var co = fixture.Client("co");
        using (var own = await co.PostAsJsonAsync(Values, new { indicator = "i4", period = "2026", value = "3" }))
        {
            Assert.True(own.StatusCode == HttpStatusCode.Created, await own.Content.ReadAsStringAsync());
            Assert.Equal(ApiFixture.Partner, JsonDocument.Parse(await own.Content.ReadAsStringAsync()).RootElement.GetProperty("organisation").GetString());
        }
        var lead = Hankevahti.Demo.DemoPlan.Load().Organisations[0].Name;
        using var other = await co.PostAsJsonAsync(Values, new { indicator = "i4", period = "2026", organisation = lead, value = "3" });
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal("application/problem+json", other.Content.Headers.ContentType!.MediaType);
        // A reader may read values but not write them.
        using var reader = await fixture.Client("reader").PostAsJsonAsync(Values, new { indicator = "i4", period = "2026", value = "3" });
        Assert.Equal(HttpStatusCode.Forbidden, reader.StatusCode);
    }

    [Fact]
    public async Task A_signed_in_browser_cannot_write_through_the_api_without_a_token()
    {
        using var browser = new Support.SignedInClient(fixture.App.Address);
        using (await browser.SignInAsync("manager@test.invalid")) { }
        using var write = await browser.Http.PostAsJsonAsync(Values, new { indicator = "i4", period = "2026", value = "3" });
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
        // Reading with the cookie is fine, as on the pages.
        using var read = await browser.Http.GetAsync(Values);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
    }
}

public sealed class ApiValueWriteTests(ApiFixture fixture) : ApiValueWriteTestsBase(fixture), IClassFixture<ApiFixture>;

public sealed class PostgresApiValueWriteTests(PostgresApiFixture fixture) : ApiValueWriteTestsBase(fixture), IClassFixture<PostgresApiFixture>;
