using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Hankevahti.Demo;
using Hankevahti.Json;
using Hankevahti.Web.Plans;
using Hankevahti.Web.Tests.Support;

namespace Hankevahti.Web.Tests.Web;

/// <summary>
/// A plan whose every piece of free text ends in HTML (<c>&lt;b&gt;x&lt;/b&gt;&lt;script&gt;…</c>), stored and then
/// visited on every page of the app, and on every edit or add form those pages link to.
/// </summary>
public sealed class HostilePlanApp : IAsyncLifetime
{
    public const string Payload = " <b>x</b><script>alert(1)</script>";

    // Free-text properties of the model (docs/plan-json.md). Ids, codes and enum values are left alone:
    // they are references and keys, not text a person wrote.
    private static readonly HashSet<string> TextProperties =
    [
        "name", "shortName", "title", "description", "text", "consequence", "owner", "responsible", "personOrRole",
        "label", "evaluator", "tasks", "responsibilities", "reason", "mitigations", "mainMessages", "channels", "note",
    ];

    private readonly TempDataFolder data = new();

    public RunningApp App { get; private set; } = null!;
    public int ProjectId { get; private set; }

    public async Task InitializeAsync()
    {
        var json = JsonNode.Parse(DemoPlan.Json)!;
        Poison(json, property: null);
        var plan = PlanJson.Deserialize(json.ToJsonString(), "hostile-demo.json").Plan
            ?? throw new InvalidOperationException("the poisoned demo plan no longer reads");
        // Stored before the app starts, so the app does not add the demo plan beside it.
        ProjectId = await data.StoreAsync(plan, "import");
        App = await RunningApp.StartAsync(data.Settings);
    }

    private static void Poison(JsonNode node, string? property)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, child) in o.ToList())
                {
                    if (child is JsonValue v && v.TryGetValue<string>(out var s) && TextProperties.Contains(key))
                    {
                        o[key] = s + Payload;
                    }
                    else if (child is not null)
                    {
                        Poison(child, key);
                    }
                }
                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    if (a[i] is JsonValue v && v.TryGetValue<string>(out var s) && property is not null && TextProperties.Contains(property))
                    {
                        a[i] = s + Payload;
                    }
                    else if (a[i] is { } child)
                    {
                        Poison(child, property);
                    }
                }
                break;
        }
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        data.Dispose();
    }
}

public sealed partial class PageSweepTests(HostilePlanApp fixture) : IClassFixture<HostilePlanApp>
{
    private const string EncodedBold = "&lt;b&gt;x&lt;/b&gt;";

    private IEnumerable<string> Pages()
    {
        var id = fixture.ProjectId;
        yield return "/";
        yield return "/import";
        yield return $"/projects/{id}";
        yield return $"/projects/{id}/plan";
        yield return $"/projects/{id}/findings";
        foreach (var part in PlanParts.All)
        {
            yield return part.Url(id);
        }
    }

    /// <summary>Every page, and every link from it to the same page with a query (the edit and add forms, the views).</summary>
    private async Task<Dictionary<string, string>> CrawlAsync()
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var queue = new Queue<string>(Pages());
        while (queue.Count > 0 && seen.Count < 400)
        {
            var url = queue.Dequeue();
            if (seen.ContainsKey(url))
            {
                continue;
            }
            var (status, html) = await fixture.App.GetAsync(url);
            Assert.True(status == HttpStatusCode.OK, $"{url} answered {(int)status}");
            seen[url] = html;
            var path = url.Split('?')[0];
            foreach (Match m in Href().Matches(html))
            {
                var link = WebUtility.HtmlDecode(m.Groups[1].Value).Split('#')[0];
                if (link.StartsWith(path + "?", StringComparison.Ordinal) && !link.Contains("lang=", StringComparison.Ordinal))
                {
                    queue.Enqueue(link);
                }
            }
        }
        return seen;
    }

    [Fact]
    public async Task No_page_or_form_shows_text_from_the_plan_as_markup()
    {
        var pages = await CrawlAsync();

        // The crawl reached the forms, not only the pages.
        Assert.True(pages.Count > Pages().Count() + 10, $"only {pages.Count} pages reached");
        foreach (var (url, html) in pages)
        {
            Assert.False(html.Contains("<b>x</b>", StringComparison.Ordinal), $"{url} shows <b> from the plan as markup");
            Assert.False(html.Contains("<script>alert", StringComparison.Ordinal), $"{url} has a <script> from the plan");
        }
        // Each part page does show the plan's text, encoded: the test is not passing by showing nothing.
        foreach (var part in PlanParts.All)
        {
            Assert.Contains(EncodedBold, pages[part.Url(fixture.ProjectId)]);
        }
        Assert.Contains(EncodedBold, pages["/"]);
    }

    [Fact]
    public async Task Every_post_form_carries_an_antiforgery_token()
    {
        foreach (var (url, html) in await CrawlAsync())
        {
            foreach (Match form in PostForm().Matches(html))
            {
                Assert.True(form.Value.Contains("name=\"__RequestVerificationToken\"", StringComparison.Ordinal),
                    $"{url}: a post form has no antiforgery token: {form.Value[..Math.Min(200, form.Value.Length)]}");
            }
        }
    }

    [Fact]
    public async Task No_page_has_inline_script_style_attributes_or_event_handlers_which_the_policy_would_block()
    {
        foreach (var (url, html) in await CrawlAsync())
        {
            Assert.All(ScriptTag().Matches(html), m => Assert.True(m.Value.StartsWith("<script src=\"/static/", StringComparison.Ordinal), $"{url}: {m.Value}"));
            Assert.False(StyleAttribute().IsMatch(html), $"{url} has a style attribute: {StyleAttribute().Match(html).Value}");
            Assert.False(EventHandler().IsMatch(html), $"{url} has an inline event handler: {EventHandler().Match(html).Value}");
        }
    }

    // A repeated id breaks the links to it (findings link to their item by id), the skip link and the
    // labels and descriptions that point at it: every id of a page must be given once.
    [Fact]
    public async Task No_page_gives_the_same_id_twice()
    {
        foreach (var (url, html) in await CrawlAsync())
        {
            var repeated = ElementId().Matches(html).GroupBy(m => m.Groups[1].Value).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            Assert.True(repeated.Count == 0, $"{url} repeats the ids {string.Join(", ", repeated)}");
        }
    }

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex Href();

    [GeneratedRegex("<form[^>]*method=\"post\"[^>]*>.*?</form>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex PostForm();

    [GeneratedRegex("<script[^>]*>")]
    private static partial Regex ScriptTag();

    [GeneratedRegex("<[a-zA-Z][^>]*\\sstyle=\"")]
    private static partial Regex StyleAttribute();

    [GeneratedRegex("<[a-zA-Z][^>]*\\son[a-z]+=\"")]
    private static partial Regex EventHandler();

    [GeneratedRegex("<[a-zA-Z][^>]*\\sid=\"([^\"]+)\"")]
    private static partial Regex ElementId();
}
