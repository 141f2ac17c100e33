using System.Net;
using System.Text.RegularExpressions;

namespace Hankevahti.Web.Tests.Support;

/// <summary>
/// The risks page's form as a browser holds it after loading the page: the antiforgery cookie and
/// token, and the version the form was made on. A post made from it is valid in every way the app
/// checks, so a refusal can only come from what a test changes (the host, the origin, a race).
/// </summary>
internal sealed partial record RiskPageForm(string Path, string Cookie, string Token, int BaseVersion)
{
    /// <summary>The demo project that an app on an empty data folder stores at its start.</summary>
    public const int DemoProject = 1;

    public static Task<RiskPageForm> OpenAsync(RunningApp app, int projectId = DemoProject) => OpenAsync(app.Http, projectId);

    /// <param name="http">A client on the server that follows no redirects and keeps no cookies (RunningApp's, ServerProcess's).</param>
    public static async Task<RiskPageForm> OpenAsync(HttpClient http, int projectId = DemoProject)
    {
        var path = $"/projects/{projectId}/risks";
        using var response = await http.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var cookie = response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        return new RiskPageForm(path, cookie, "", 0).ReadFrom(html);
    }

    /// <summary>The form as a later page (the form coming back with a message) holds it: its token when it has one, and its version.</summary>
    public RiskPageForm ReadFrom(string html) => this with
    {
        Token = TokenField().Match(html) is { Success: true } t ? t.Groups[1].Value : Token,
        BaseVersion = int.Parse(BaseVersionField().Match(html).Groups[1].Value),
    };

    /// <summary>A post adding the risk <paramref name="title"/>; the caller adds the Host, Origin or Referer it tests.</summary>
    public HttpRequestMessage Post(string title, string? mitigations = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token,
            ["BaseVersion"] = BaseVersion.ToString(),
            ["Input.Title"] = title,
            ["Input.Likelihood"] = "2",
            ["Input.Impact"] = "3",
        };
        if (mitigations is not null)
        {
            fields["Input.Mitigations"] = mitigations;
        }
        var request = new HttpRequestMessage(HttpMethod.Post, Path + "?handler=Save") { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add("Cookie", Cookie);
        return request;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    [GeneratedRegex("name=\"BaseVersion\" value=\"(\\d+)\"")]
    private static partial Regex BaseVersionField();
}
