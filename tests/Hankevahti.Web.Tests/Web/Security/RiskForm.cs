using System.Net;
using System.Text.RegularExpressions;
using Hankevahti.Web.Tests.Support;

namespace Hankevahti.Web.Tests.Web.Security;

/// <summary>
/// The risks page's form as a browser holds it after loading the page: the antiforgery cookie and
/// token, and the version the form was made on. A post made from it is valid in every way the app
/// checked before the host and origin rules, so a refusal can only come from those rules.
/// </summary>
internal sealed partial record RiskForm(string Path, string Cookie, string Token, int BaseVersion)
{
    /// <summary>The demo project that an app on an empty data folder stores at its start.</summary>
    public const int DemoProject = 1;

    public static async Task<RiskForm> OpenAsync(RunningApp app, int projectId = DemoProject)
    {
        var path = $"/projects/{projectId}/risks";
        using var response = await app.Http.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var cookie = response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        return new RiskForm(path, cookie, TokenField().Match(html).Groups[1].Value, int.Parse(BaseVersionField().Match(html).Groups[1].Value));
    }

    /// <summary>A post adding the risk <paramref name="title"/>; the caller adds the Host, Origin or Referer it tests.</summary>
    public HttpRequestMessage Post(string title)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Path + "?handler=Save")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = Token,
                ["BaseVersion"] = BaseVersion.ToString(),
                ["Input.Title"] = title,
                ["Input.Likelihood"] = "2",
                ["Input.Impact"] = "3",
            }),
        };
        request.Headers.Add("Cookie", Cookie);
        return request;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    [GeneratedRegex("name=\"BaseVersion\" value=\"(\\d+)\"")]
    private static partial Regex BaseVersionField();
}
