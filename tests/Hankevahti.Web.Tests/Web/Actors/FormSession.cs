using System.Net;
using System.Text.RegularExpressions;
using Hankevahti.Json;
using Hankevahti.Plans;
using Hankevahti.Web.Tests.Support;

namespace Hankevahti.Web.Tests.Web.Actors;

/// <summary>
/// A browser's part in posting a form, over plain HTTP: the antiforgery cookie and token from the page,
/// the version the form was made on, and the plan as stored after a save.
/// </summary>
public sealed partial class FormSession(RunningApp app)
{
    private string cookie = "";
    private string token = "";

    public int BaseVersion { get; private set; }

    /// <summary>GETs a page and keeps what its forms carry; the page's text with entities decoded.</summary>
    public async Task<string> OpenAsync(string path)
    {
        using var response = await app.Http.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        if (response.Headers.TryGetValues("Set-Cookie", out var cookies))
        {
            cookie = string.Join("; ", cookies.Select(c => c.Split(';')[0]));
        }
        token = TokenField().Match(body).Groups[1].Value;
        // A page with no form open still names the version it shows in its header.
        var version = BaseVersionField().Match(body) is { Success: true } field ? field : HeaderVersion().Match(body);
        Assert.True(version.Success, $"no version on {path}");
        BaseVersion = int.Parse(version.Groups[1].Value);
        return WebUtility.HtmlDecode(body);
    }

    /// <summary>Posts fields (with the token and BaseVersion) as the page's form does; no redirect followed.</summary>
    public async Task<HttpResponseMessage> PostAsync(string pathAndQuery, params (string Name, string Value)[] fields)
    {
        var all = new List<KeyValuePair<string, string>>(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)))
        {
            new("__RequestVerificationToken", token),
            new("BaseVersion", BaseVersion.ToString()),
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, pathAndQuery) { Content = new FormUrlEncodedContent(all) };
        request.Headers.Add("Cookie", cookie);
        return await app.Http.SendAsync(request);
    }

    /// <summary>Posts and expects the redirect that follows a save, to the given place.</summary>
    public async Task SaveAsync(string pathAndQuery, string expectedLocation, params (string Name, string Value)[] fields)
    {
        using var response = await PostAsync(pathAndQuery, fields);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"expected a redirect, got {(int)response.StatusCode}: {ErrorsIn(body)}");
        Assert.Equal(expectedLocation, response.Headers.Location!.OriginalString);
    }

    /// <summary>Posts and expects the page back with its errors; the page's text with entities decoded.</summary>
    public async Task<string> RefusedAsync(string pathAndQuery, params (string Name, string Value)[] fields)
    {
        using var response = await PostAsync(pathAndQuery, fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The newest stored plan and its version, through the JSON API.</summary>
    public async Task<Plan> StoredPlanAsync(int projectId)
    {
        var (status, json) = await app.GetAsync($"/api/projects/{projectId}/plan");
        Assert.Equal(HttpStatusCode.OK, status);
        return PlanJson.Deserialize(json, "api").Plan!;
    }

    /// <summary>The text of the field message with this id, or null when the page has none.</summary>
    public static string? FieldMessage(string html, string fieldId)
    {
        var match = Regex.Match(html, $"<span class=\"field-error\" id=\"{Regex.Escape(fieldId)}-error\">([^<]*)</span>");
        return match.Success ? match.Groups[1].Value : null;
    }

    /// <summary>The value attribute of the text input with this id.</summary>
    public static string? InputValue(string html, string fieldId)
    {
        var match = Regex.Match(html, $"<input type=\"text\" id=\"{Regex.Escape(fieldId)}\" name=\"[^\"]*\" value=\"([^\"]*)\"");
        return match.Success ? match.Groups[1].Value : null;
    }

    /// <summary>The content of the textarea with this id.</summary>
    public static string? TextareaValue(string html, string fieldId)
    {
        var match = Regex.Match(html, $"<textarea id=\"{Regex.Escape(fieldId)}\"[^>]*>([^<]*)</textarea>");
        return match.Success ? match.Groups[1].Value : null;
    }

    private static string ErrorsIn(string body) =>
        string.Join(" | ", Regex.Matches(WebUtility.HtmlDecode(body), "class=\"field-error\"[^>]*>([^<]*)<").Select(m => m.Groups[1].Value));

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    [GeneratedRegex("name=\"BaseVersion\" value=\"(\\d+)\"")]
    private static partial Regex BaseVersionField();

    [GeneratedRegex("· Versio (\\d+)</p>")]
    private static partial Regex HeaderVersion();
}
