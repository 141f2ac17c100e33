using System.Net;
using System.Text;
using System.Text.Json;

namespace Hankevahti.Web.Tests.Web.Api;

/// <summary>Every kind of error under /api is an RFC 9457 problem (application/problem+json), never a page or a trace.</summary>
public sealed class ApiProblemTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    // (why the case exists, who asks, method, path with {demo} and {rrf}, body, expected status, a field expected in errors)
    public static TheoryData<string, string, string, string, string?, int, string?> Cases => new()
    {
        { "no token at all: the challenge is a problem, not the sign-in page", "anonymous", "GET", "/api/projects", null, 401, null },
        { "a token that is not one", "bogus", "GET", "/api/projects", null, 401, null },
        { "another programme's project: refused by the same policy as the page", "funder", "GET", "/api/projects/{rrf}", null, 403, null },
        { "a reader may not record values", "reader", "POST", "/api/projects/{demo}/values", "{}", 403, null },
        { "no such project: the project policy refuses it like one not theirs", "manager", "GET", "/api/projects/999999", null, 403, null },
        { "no such value in a project of theirs", "manager", "GET", "/api/projects/{demo}/values/999999", null, 404, null },
        { "no such version", "manager", "GET", "/api/projects/{demo}/versions/99", null, 404, null },
        { "no such address under /api: routing's 404", "manager", "GET", "/api/nothing-here", null, 404, null },
        { "a stored version is never changed", "manager", "PUT", "/api/projects/{demo}/versions/1", "{}", 405, null },
        { "a method the address does not have", "manager", "DELETE", "/api/projects", null, 405, null },
        { "a page too large", "manager", "GET", "/api/projects?pageSize=100000", null, 400, "pageSize" },
        { "page zero", "manager", "GET", "/api/projects?page=0", null, 400, "page" },
        { "a programme nobody knows", "manager", "GET", "/api/projects?programme=ei-tunnettu", null, 400, "programme" },
        { "a status that is not one", "manager", "GET", "/api/projects?status=valmis", null, 400, "status" },
        { "a number where a number is expected", "manager", "GET", "/api/projects?page=yksi", null, 400, null },
        { "a month written wrong", "manager", "GET", "/api/projects/{demo}/costs?from=3/2026", null, 400, "from" },
        { "a report kind that is not one", "manager", "GET", "/api/projects/{demo}/reports/monthly", null, 400, "kind" },
        { "a value of the wrong kind for its indicator", "manager", "POST", "/api/projects/{demo}/values", """{"indicator":"i4","period":"2026","value":"paljon"}""", 400, "value" },
        { "a period outside the project", "manager", "POST", "/api/projects/{demo}/values", """{"indicator":"i4","period":"2030","value":"1"}""", 400, "period" },
        { "a form where JSON is expected: refused after the policy, not by routing before it", "manager", "POST", "/api/projects/{demo}/values", "indicator=i4", 415, null },
        { "JSON that cannot be read", "manager", "POST", "/api/projects/{demo}/values", "{\"indicator\":", 400, "body" },
        { "a form sent signed out: the sign-in comes first", "anonymous", "POST", "/api/projects/{demo}/values", "indicator=i4", 401, null },
        { "a change without If-Match", "manager", "PUT", "/api/projects/{demo}/values/1", """{"value":"1"}""", 428, null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Errors_are_problem_details(string why, string user, string method, string path, string? body, int status, string? field)
    {
        var client = user == "bogus" ? BogusClient() : fixture.Client(user);
        using var request = new HttpRequestMessage(new HttpMethod(method), path.Replace("{demo}", fixture.Demo.ToString()).Replace("{rrf}", fixture.Rrf[0].ToString()));
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, body.StartsWith('{') ? "application/json" : "application/x-www-form-urlencoded");
        }
        // A browser asks for HTML: the API still answers with a problem.
        request.Headers.Accept.ParseAdd("text/html");
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();

        Assert.True(status == (int)response.StatusCode, $"{why}: {(int)response.StatusCode} {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(text);
        Assert.Equal(status, json.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(json.RootElement.GetProperty("title").GetString()), why);
        Assert.DoesNotContain("   at ", text);
        if (field is not null)
        {
            Assert.True(json.RootElement.GetProperty("errors").TryGetProperty(field, out var messages), $"{why}: {text}");
            Assert.NotEmpty(messages.EnumerateArray().Single().GetString()!);
        }
    }

    private HttpClient BogusClient()
    {
        var client = fixture.Client("anonymous");
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "hv_not_a_token");
        return client;
    }

    [Fact]
    public async Task A_token_reads_and_a_revoked_or_missing_one_does_not()
    {
        using var ok = await fixture.Client("manager").GetAsync($"/api/projects/{fixture.Demo}");
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.NotNull(ok.Headers.ETag);
        // The same resource unchanged: 304 with its ETag in If-None-Match.
        using var again = new HttpRequestMessage(HttpMethod.Get, $"/api/projects/{fixture.Demo}");
        again.Headers.IfNoneMatch.Add(ok.Headers.ETag!);
        using var notModified = await fixture.Client("manager").SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        using var none = await fixture.Client("anonymous").GetAsync($"/api/projects/{fixture.Demo}");
        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal("Bearer", none.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task Single_resources_carry_an_etag()
    {
        var client = fixture.Client("manager");
        foreach (var path in new[] { "", "/plan", "/versions/1", "/versions/1/plan", "/diff", "/reports/final" })
        {
            using var response = await client.GetAsync($"/api/projects/{fixture.Demo}{path}");
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            Assert.NotNull(response.Headers.ETag);
        }
    }
}
