using System.Net;
using Hankevahti.Web.Tests.Support;
using Hankevahti.Web.Tests.Web.Goals;

namespace Hankevahti.Web.Tests.Web.Security;

/// <summary>
/// Issue 12 as it happened: the attacker's page at rebind.attacker.example:PORT has its name
/// re-pointed to 127.0.0.1, so the browser sends the app requests with the attacker's name in Host
/// and, on a post, in Origin too (same origin as far as the browser knows). Before the fix the page
/// read a plan and stored a planted risk.
/// </summary>
public sealed class DnsRebindingTests
{
    [Fact]
    public async Task The_rebound_page_can_neither_read_a_plan_nor_store_a_risk()
    {
        using var data = new TempDataFolder();
        await using var app = await RunningApp.StartAsync(data.Settings);
        var attacker = $"rebind.attacker.example:{app.Address.Port}";
        var before = await PartPageForms.LatestAsync(data, RiskPageForm.DemoProject);

        // 1. The page reads the plan (and, on the risks page, a token and its cookie).
        using var read = new HttpRequestMessage(HttpMethod.Get, $"/projects/{RiskPageForm.DemoProject}/risks");
        read.Headers.Host = attacker;
        using var readAnswer = await app.Http.SendAsync(read);
        var readBody = await readAnswer.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, readAnswer.StatusCode);
        Assert.DoesNotContain(before.Plan.Project.Name, WebUtility.HtmlDecode(readBody));
        Assert.False(readAnswer.Headers.Contains("Set-Cookie"), "the refused page still handed out an antiforgery cookie");

        // 2. The page posts a risk. Even with a valid token and cookie (here from this machine's own
        // browser tab), Host and Origin both the attacker's name are refused.
        var form = await RiskPageForm.OpenAsync(app);
        using var post = form.Post("Hyökkääjän riski");
        post.Headers.Host = attacker;
        post.Headers.TryAddWithoutValidation("Origin", $"http://{attacker}");
        using var postAnswer = await app.Http.SendAsync(post);
        Assert.Equal(HttpStatusCode.BadRequest, postAnswer.StatusCode);

        // 3. A post to the app's own name from the attacker's page (before the rebinding): another site.
        using var crossPost = form.Post("Hyökkääjän riski");
        crossPost.Headers.TryAddWithoutValidation("Origin", $"http://{attacker}");
        using var crossAnswer = await app.Http.SendAsync(crossPost);
        Assert.Equal(HttpStatusCode.Forbidden, crossAnswer.StatusCode);

        var after = await PartPageForms.LatestAsync(data, RiskPageForm.DemoProject);
        Assert.Equal(before.Version, after.Version);
        Assert.Equal(before.Plan.Risks.Select(r => r.Title), after.Plan.Risks.Select(r => r.Title));
    }
}
