using System.Net;
using System.Text.RegularExpressions;
using Hankevahti.Plans;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Projects;
using Hankevahti.Web.Tests.Support;

namespace Hankevahti.Web.Tests.Web.Goals;

/// <summary>
/// Posts a part page's forms as a browser does: the antiforgery cookie and the form's token from a GET
/// of the page first, then the fields. Also reads what a save left in the database.
/// </summary>
public static partial class PartPageForms
{
    public sealed record Answer(HttpStatusCode Status, string Html, string? Location);

    /// <summary>GETs <paramref name="page"/> and posts <paramref name="fields"/> to its <paramref name="handler"/> with the version the page shows.</summary>
    public static async Task<Answer> PostAsync(RunningApp app, string page, string handler, IEnumerable<KeyValuePair<string, string>> fields, int? baseVersion = null)
    {
        using var get = await app.Http.GetAsync(page);
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        var html = await get.Content.ReadAsStringAsync();
        var cookie = get.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        var token = Token().Match(html).Groups[1].Value;
        var version = baseVersion ?? int.Parse(BaseVersion().Match(html).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

        using var request = new HttpRequestMessage(HttpMethod.Post, $"{page.Split('?', '#')[0]}?handler={handler}")
        {
            Content = new FormUrlEncodedContent([
                new("__RequestVerificationToken", token),
                new("BaseVersion", version.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                .. fields,
            ]),
        };
        request.Headers.Add("Cookie", cookie);
        using var response = await app.Http.SendAsync(request);
        return new Answer(response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), response.Headers.Location?.ToString());
    }

    public static async Task<(int Version, Plan Plan)> LatestAsync(TempDataFolder data, int projectId)
    {
        await using var db = HankevahtiDb.Create(data.Settings);
        var stored = await db.LatestPlanAsync(projectId);
        Assert.NotNull(stored);
        return (stored.Version.Number, stored.Plan!);
    }

    /// <summary>The HTML of one item of the page: the element with the id, up to its end (items do not nest).</summary>
    public static string Item(string html, string id)
    {
        var match = Regex.Match(html, $"<(section|li|tr|div)[^>]* id=\"{Regex.Escape(id)}\"[\\s\\S]*?</\\1>");
        Assert.True(match.Success, $"no item with id {id}");
        return match.Value;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("name=\"BaseVersion\" value=\"(\\d+)\"")]
    private static partial Regex BaseVersion();
}
