using System.Net;
using System.Text.RegularExpressions;
using Hankevahti.Plans;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Findings;
using Hankevahti.Storage.Projects;
using Hankevahti.Web.Tests.Support;

namespace Hankevahti.Web.Tests.Web.Projects;

/// <summary>A plan of our own with one placeholder in its schedule section, and an app over it.</summary>
public sealed class DismissalAppFixture : IAsyncLifetime
{
    private readonly TempDataFolder data = new();

    public RunningApp App { get; private set; } = null!;
    public TempDataFolder Data => data;

    public static Section Intro(string text = "Hanke parantaa palvelupolkuja.") => new() { Number = "1", Title = "Tausta", Text = text };

    public static Section Schedule(string text = "Hanke alkaa pp.kk.vvvv ja päättyy vuonna 2027.") => new() { Number = "2", Title = "Aikataulu", Text = text };

    public static Plan PlanOf(params Section[] sections) => new() { Project = new Project { Name = "Kuittauskoe" }, Sections = [.. sections] };

    /// <summary>A new project for one test, so that the tests' dismissals do not meet.</summary>
    public Task<int> NewProjectAsync() => data.StoreAsync(PlanOf(Intro(), Schedule()));

    public async Task SaveAsync(int id, Plan plan)
    {
        await using var db = HankevahtiDb.Create(data.Settings);
        Assert.NotNull(await db.AddVersionAsync(id, plan, "edit"));
    }

    public async Task<IReadOnlyDictionary<string, FindingDismissalRow>> DismissalsAsync(int id)
    {
        await using var db = HankevahtiDb.Create(data.Settings);
        return await db.DismissalsOfAsync(id);
    }

    public async Task InitializeAsync()
    {
        await Migrator.MigrateAsync(data.Settings);
        App = await RunningApp.StartAsync(data.Settings);
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        data.Dispose();
    }
}

/// <summary>
/// Dismissing a finding on the findings page ("not an error because …"): it shows as dismissed with its
/// reason, is counted apart, stays dismissed on later versions while its place and words stay, and can
/// be restored. The forms are posted as a browser posts them, with the page's antiforgery token.
/// </summary>
public sealed class FindingDismissalTests(DismissalAppFixture fixture) : IClassFixture<DismissalAppFixture>
{
    private const string Placeholder = "HV-TEMPLATE-002";

    private RunningApp App => fixture.App;

    /// <summary>The placeholder finding's item on the page: its classes, its key and its whole text.</summary>
    private static (string Classes, string Key, string Item) PlaceholderItem(string html)
    {
        var m = Regex.Match(html, $"<li class=\"(finding [a-z ]+)\" data-code=\"{Placeholder}\" id=\"havainto-([0-9a-f-]+)\">(.*?)</li>", RegexOptions.Singleline);
        Assert.True(m.Success, "no placeholder finding on the page");
        return (m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value);
    }

    private static int Count(string html, string css) =>
        int.Parse(Regex.Match(html, $"<li class=\"{css}\">(?:<a [^>]*>)?<span class=\"count\">(\\d+)</span>").Groups[1].Value);

    private async Task<HttpResponseMessage> PostAsync(int id, string handler, IDictionary<string, string> values, bool withToken = true)
    {
        using var page = await App.Http.GetAsync($"/projects/{id}/findings");
        var html = await page.Content.ReadAsStringAsync();
        var token = Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var cookie = page.Headers.GetValues("Set-Cookie").First(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal)).Split(';')[0];
        var form = new Dictionary<string, string>(values);
        if (withToken)
        {
            Assert.NotEmpty(token);
            form["__RequestVerificationToken"] = token;
        }
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/projects/{id}/findings?handler={handler}") { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("Cookie", cookie);
        return await App.Http.SendAsync(request);
    }

    private Task<HttpResponseMessage> DismissAsync(int id, string key, string reason, bool withToken = true) =>
        PostAsync(id, "dismiss", new Dictionary<string, string> { ["key"] = key, ["reason"] = reason }, withToken);

    private async Task<string> PageAsync(int id, string path = "/findings")
    {
        var (status, html) = await App.GetPageAsync($"/projects/{id}{path}");
        Assert.Equal(HttpStatusCode.OK, status);
        return html;
    }

    [Fact]
    public async Task A_dismissed_finding_shows_as_dismissed_with_its_reason_and_is_counted_apart()
    {
        var id = await fixture.NewProjectAsync();
        var before = await PageAsync(id);
        var (classes, key, item) = PlaceholderItem(before);
        Assert.Equal("finding warning", classes);
        Assert.Contains("<summary>Kuittaa: ei virhe", item);
        var warnings = Count(before, "warning");

        using var response = await DismissAsync(id, key, "Päivä kirjoitetaan, kun rahoituspäätös tulee – ”pp.kk.vvvv” on tarkoituksella.");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/projects/{id}/findings#havainto-{key}", response.Headers.Location!.OriginalString);
        var after = await PageAsync(id);
        (classes, _, item) = PlaceholderItem(after);
        Assert.Equal("finding warning dismissed", classes);
        Assert.Contains("Kuitattu:", item);
        Assert.Matches(@"Kuitattu \d{1,2}\.\d{1,2}\.20\d\d klo \d{1,2}\.\d\d – ei virhe, koska:", item);
        Assert.Contains("Päivä kirjoitetaan, kun rahoituspäätös tulee – ”pp.kk.vvvv” on tarkoituksella.", item);
        Assert.Contains("Palauta avoimeksi", item);
        Assert.DoesNotContain("Kuittaa: ei virhe", item);
        // Counted apart: one warning fewer, one dismissed.
        Assert.Equal(warnings - 1, Count(after, "warning"));
        Assert.Equal(1, Count(after, "dismissed"));
        // The part's heading counts its open findings and its dismissed apart.
        Assert.Matches(@"<span class=""muted"">\(\d+ avointa, 1 kuitattua\)</span></h2>", after);

        var overview = await PageAsync(id, "");
        Assert.Equal(warnings - 1, Count(overview, "warning"));
        Assert.Equal(1, Count(overview, "dismissed"));

        // The part's page shows it dismissed too, and its count says so.
        var sections = await PageAsync(id, "/sections");
        Assert.Contains("finding warning dismissed", sections);
        Assert.Matches(@"Tämän osan havainnot \(\d+ avointa, 1 kuitattua\)", sections);

        var stored = Assert.Single((await fixture.DismissalsAsync(id)).Values);
        Assert.Equal(key, stored.FindingKey);
        Assert.Equal(Placeholder, stored.RuleCode);
        Assert.Equal(1, stored.VersionNumber);
        Assert.Null(stored.DismissedBy);
    }

    [Fact]
    public async Task The_dismissed_filter_shows_only_dismissed_findings_and_the_severity_filters_only_open_ones()
    {
        var id = await fixture.NewProjectAsync();
        var (_, key, _) = PlaceholderItem(await PageAsync(id));
        using (await DismissAsync(id, key, "Tarkoituksella <b>x</b><script>alert(1)</script>.")) { }

        // The reason is the user's text: shown as text, never as markup.
        var (_, raw) = await App.GetAsync($"/projects/{id}/findings?severity=dismissed");
        Assert.Contains("Tarkoituksella &lt;b&gt;x&lt;/b&gt;&lt;script&gt;alert(1)&lt;/script&gt;.", raw);
        Assert.DoesNotContain("<script>alert(1)", raw);
        var dismissed = await PageAsync(id, "/findings?severity=dismissed");
        Assert.Equal(["finding warning dismissed"], Regex.Matches(dismissed, "<li class=\"(finding [a-z ]+)\"").Select(m => m.Groups[1].Value));
        Assert.Contains("<option value=\"dismissed\" selected=\"selected\">Kuitatut</option>", dismissed);

        var warnings = await PageAsync(id, "/findings?severity=warning");
        Assert.DoesNotContain("dismissed\" data-code", warnings);
    }

    [Fact]
    public async Task A_dismissal_stays_on_a_later_version_with_an_unrelated_edit()
    {
        var id = await fixture.NewProjectAsync();
        var (_, key, _) = PlaceholderItem(await PageAsync(id));
        using (await DismissAsync(id, key, "Tarkoituksella.")) { }

        // A section added before both and the background reworded: the schedule is sections[2] now.
        await fixture.SaveAsync(id, DismissalAppFixture.PlanOf(
            new Section { Number = "0", Title = "Tiivistelmä", Text = "Lyhyesti hankkeesta." },
            DismissalAppFixture.Intro("Hanke parantaa palvelupolkuja koko alueella."),
            DismissalAppFixture.Schedule()));

        var html = await PageAsync(id);
        Assert.Contains("Versio 2", html);
        var (classes, laterKey, item) = PlaceholderItem(html);
        Assert.Equal(key, laterKey);
        Assert.Equal("finding warning dismissed", classes);
        Assert.Contains("Tarkoituksella.", item);
    }

    public static TheoryData<string, Section[]> FindingChanges => new()
    {
        // Other words: another placeholder in the same place.
        { "words", [DismissalAppFixture.Intro(), DismissalAppFixture.Schedule("Hanke alkaa XX ja päättyy vuonna 2027.")] },
        // Another place: the same placeholder moved to the background section.
        { "place", [DismissalAppFixture.Intro("Hanke alkaa pp.kk.vvvv."), DismissalAppFixture.Schedule("Hanke alkaa 1.1.2026.")] },
    };

    [Theory]
    [MemberData(nameof(FindingChanges))]
    public async Task A_change_to_the_findings_words_or_place_makes_it_open_again(string why, Section[] sections)
    {
        var id = await fixture.NewProjectAsync();
        var (_, key, _) = PlaceholderItem(await PageAsync(id));
        using (await DismissAsync(id, key, "Tarkoituksella.")) { }

        await fixture.SaveAsync(id, DismissalAppFixture.PlanOf(sections));

        var html = await PageAsync(id);
        var (classes, laterKey, _) = PlaceholderItem(html);
        Assert.True(key != laterKey, why);
        Assert.Equal("finding warning", classes);
        Assert.DoesNotContain("dismissed", Regex.Match(html, "<ul class=\"severity-counts\">.*?</ul>", RegexOptions.Singleline).Value);
        // The dismissal itself is kept: should the finding come back as it was, so does its dismissal.
        Assert.Contains(key, (await fixture.DismissalsAsync(id)).Keys);
    }

    [Fact]
    public async Task A_restored_finding_is_open_again()
    {
        var id = await fixture.NewProjectAsync();
        var (_, key, _) = PlaceholderItem(await PageAsync(id));
        using (await DismissAsync(id, key, "Tarkoituksella.")) { }

        using var response = await PostAsync(id, "restore", new Dictionary<string, string> { ["key"] = key });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (classes, _, _) = PlaceholderItem(await PageAsync(id));
        Assert.Equal("finding warning", classes);
        Assert.Empty(await fixture.DismissalsAsync(id));
    }

    // A double click or a second tab: no error, and the first reason stays.
    [Fact]
    public async Task Dismissing_twice_keeps_the_first_reason()
    {
        var id = await fixture.NewProjectAsync();
        var (_, key, _) = PlaceholderItem(await PageAsync(id));

        using (var first = await DismissAsync(id, key, "Ensimmäinen syy."))
        {
            Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        }
        using (var second = await DismissAsync(id, key, "Toinen syy."))
        {
            Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        }

        Assert.Equal("Ensimmäinen syy.", (await fixture.DismissalsAsync(id))[key].Reason);
    }

    public static TheoryData<string, string> InvalidReasons => new()
    {
        // Nothing written.
        { "", "Kirjoita, miksi havainto ei ole virhe." },
        // Spaces and line breaks alone.
        { "  \r\n  ", "Kirjoita, miksi havainto ei ole virhe." },
        // Longer than a reason needs to be.
        { new string('x', FindingDismissals.MaxReasonLength + 1), $"Perustelu saa olla enintään {FindingDismissals.MaxReasonLength} merkkiä." },
    };

    [Theory]
    [MemberData(nameof(InvalidReasons))]
    public async Task A_dismissal_without_a_usable_reason_is_refused_with_a_message_at_its_field(string reason, string message)
    {
        var id = await fixture.NewProjectAsync();
        var (_, key, _) = PlaceholderItem(await PageAsync(id));

        using var response = await DismissAsync(id, key, reason);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Lomakkeessa on virheitä", html);
        Assert.Contains($"<a href=\"#syy-{key}\">{message}</a>", html);
        Assert.Contains($"<span class=\"field-error\" id=\"syy-{key}-error\">{message}</span>", html);
        var (_, _, item) = PlaceholderItem(html);
        Assert.Contains("<details class=\"dismiss-finding\" open=\"open\">", item);
        Assert.Matches($"<textarea id=\"syy-{key}\"[^>]*aria-invalid=\"true\"[^>]*aria-describedby=\"syy-{key}-help syy-{key}-error\"", item);
        Assert.Empty(await fixture.DismissalsAsync(id));
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        var id = await fixture.NewProjectAsync();
        var (_, key, _) = PlaceholderItem(await PageAsync(id));

        using var dismiss = await DismissAsync(id, key, "Tarkoituksella.", withToken: false);
        Assert.Equal(HttpStatusCode.BadRequest, dismiss.StatusCode);
        Assert.Empty(await fixture.DismissalsAsync(id));

        using (await DismissAsync(id, key, "Tarkoituksella.")) { }
        using var restore = await PostAsync(id, "restore", new Dictionary<string, string> { ["key"] = key }, withToken: false);
        Assert.Equal(HttpStatusCode.BadRequest, restore.StatusCode);
        Assert.Single(await fixture.DismissalsAsync(id));
    }

    [Fact]
    public async Task A_key_no_finding_has_is_refused_and_nothing_is_stored()
    {
        var id = await fixture.NewProjectAsync();

        // Well-formed but of no finding of the newest version (saved over in another tab).
        using var gone = await DismissAsync(id, new string('a', 32), "Tarkoituksella.");
        Assert.Equal(HttpStatusCode.OK, gone.StatusCode);
        Assert.Contains("Havaintoa ei ole suunnitelman uusimmassa versiossa.", WebUtility.HtmlDecode(await gone.Content.ReadAsStringAsync()));

        // Not a key at all: no page of the app sends it.
        using var malformed = await DismissAsync(id, "<script>", "Tarkoituksella.");
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Empty(await fixture.DismissalsAsync(id));
    }
}
