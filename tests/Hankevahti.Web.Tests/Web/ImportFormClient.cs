using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace Hankevahti.Web.Tests.Web;

/// <summary>
/// A browser-like client for the import forms: keeps cookies (the antiforgery cookie), takes the
/// antiforgery token from the page's form and posts multipart or plain forms with it. No redirect is
/// followed, so each test sees where the app sends it.
/// </summary>
internal sealed partial class ImportFormClient : IDisposable
{
    private readonly HttpClient http;
    private readonly CookieContainer cookies = new();
    private readonly Uri address;

    public ImportFormClient(Uri address)
    {
        this.address = address;
        http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = cookies }) { BaseAddress = address };
    }

    /// <summary>The cookies the app has set (the antiforgery cookie), as a Cookie header for a request made by hand.</summary>
    public string CookieHeader => cookies.GetCookieHeader(address);

    public async Task<(HttpStatusCode Status, string Html)> GetAsync(string path)
    {
        using var response = await http.GetAsync(path);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Signs in through /account/sign-in as a browser does; the cookie then goes with every request.</summary>
    public async Task SignInAsync(string email, string password)
    {
        using var response = await PostAsync("/account/sign-in", "/account/sign-in", [new("Email", email), new("Password", password)]);
        if (response.StatusCode != HttpStatusCode.Redirect || !cookies.GetCookieHeader(address).Contains("hankevahti.auth", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"signing in as {email} failed: {(int)response.StatusCode} to {response.Headers.Location}");
        }
    }

    /// <summary>Opens /import as a browser would and sends the file with the form's token.</summary>
    public async Task<HttpResponseMessage> UploadAsync(string fileName, byte[] content, bool withToken = true)
    {
        var (_, page) = await GetAsync("/import");
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "Upload", fileName);
        if (withToken)
        {
            form.Add(new StringContent(Token(page)), "__RequestVerificationToken");
        }
        return await http.PostAsync("/import", form);
    }

    /// <summary>Uploads a file that must import: returns the preview's address.</summary>
    public async Task<string> UploadToPreviewAsync(string fileName, byte[] content)
    {
        using var response = await UploadAsync(fileName, content);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/import/preview?t=", location);
        return location;
    }

    /// <summary>Posts a form of the page at <paramref name="pagePath"/> with the page's token and the given fields.</summary>
    public async Task<HttpResponseMessage> PostAsync(string pagePath, string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var (_, page) = await GetAsync(pagePath);
        return await PostWithTokenAsync(Token(page), action, fields);
    }

    /// <summary>Posts with a token read before: the same form sent again after the page has changed (a double click, a retry).</summary>
    public async Task<HttpResponseMessage> PostWithTokenAsync(string token, string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var content = new FormUrlEncodedContent([.. fields, new("__RequestVerificationToken", token)]);
        return await http.PostAsync(action, content);
    }

    public static string Token(string html) =>
        AntiforgeryToken().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("no antiforgery token on the page");

    /// <summary>The message beside the upload form's file field (entities decoded first by the caller), or "" when there is none.</summary>
    public static string UploadError(string html) => UploadErrorField().Match(html).Groups[1].Value;

    [GeneratedRegex("<span class=\"field-error\" id=\"upload-error\" aria-live=\"polite\">([^<]*)</span>")]
    private static partial Regex UploadErrorField();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    public void Dispose() => http.Dispose();
}
