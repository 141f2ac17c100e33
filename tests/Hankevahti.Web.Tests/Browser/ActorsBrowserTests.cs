using Hankevahti.Web.Tests.Browser.Support;
using Microsoft.Playwright;

namespace Hankevahti.Web.Tests.Browser;

/// <summary>
/// The organisations, resources, communication, related projects and sections pages in Chromium: a member
/// added, a section's text edited, a refused form keeping its input, and axe-core on every page and form.
/// </summary>
public sealed class ActorsBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    // The demo plan is project 1 on the fixture's fresh database.
    private const string Project = "/projects/1";

    [Fact]
    public async Task A_member_added_to_the_steering_group_is_shown_in_its_table()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync($"{Project}/organisations");

        // The link names its body in visually hidden text, which Chromium sets apart with a space: "Lisää jäsen : Ohjausryhmä".
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new(@"^Lisää jäsen\W+Ohjausryhmä$") }).ClickAsync();
        var form = page.Locator("form.edit");
        await form.GetByLabel("Rooli").SelectOptionAsync(new SelectOptionValue { Label = "Sihteeri" });
        await form.GetByLabel("Nimi", new() { Exact = true }).FillAsync("Sanna Selain");
        await form.GetByLabel("Organisaatio").FillAsync("Pohjolan hyvinvointialue");
        await form.GetByRole(AriaRole.Button, new() { Name = "Tallenna" }).ClickAsync();

        await Assertions.Expect(page.Locator("p.message[role=status]")).ToContainTextAsync("tallennettiin versioksi");
        var row = page.Locator("table.members tr", new() { HasText = "Sanna Selain" });
        await Assertions.Expect(row.Locator("th")).ToHaveTextAsync("Sihteeri");
        // The page comes back at the new member's row.
        Assert.EndsWith("#" + await row.GetAttributeAsync("id"), page.Url);
    }

    [Fact]
    public async Task A_sections_text_is_edited_and_shown_as_paragraphs()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync($"{Project}/sections");

        await page.Locator("#sections-1 > .actions").GetByRole(AriaRole.Link, new() { NameRegex = new("^Muokkaa") }).ClickAsync();
        await page.GetByLabel("Teksti", new() { Exact = true }).FillAsync("Ensimmäinen kappale <b>ei lihava</b>.\n\nToinen kappale.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tallenna" }).ClickAsync();

        var paragraphs = page.Locator("#sections-1 > .text > p");
        await Assertions.Expect(paragraphs).ToHaveTextAsync(["Ensimmäinen kappale <b>ei lihava</b>.", "Toinen kappale."]);
        Assert.Equal(0, await page.Locator("#sections-1 b").CountAsync());
    }

    [Fact]
    public async Task A_refused_form_keeps_the_input_and_tells_what_is_wrong_next_to_the_field()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync($"{Project}/resources");

        await page.GetByRole(AriaRole.Link, new() { Name = "Lisää resurssi" }).ClickAsync();
        await page.GetByLabel("Työaika suunnitelman sanoin").FillAsync("puolet");
        await page.GetByLabel("Työajan määrä").FillAsync("paljon");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tallenna" }).ClickAsync();

        await Assertions.Expect(page.Locator(".error-summary")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#Input_PersonOrRole-error")).ToHaveTextAsync("Kenttä ”Henkilö tai rooli” on pakollinen.");
        await Assertions.Expect(page.Locator("#Input_AllocationValue-error")).ToContainTextAsync("pitää olla luku");
        await Assertions.Expect(page.GetByLabel("Työajan määrä")).ToHaveValueAsync("paljon");
        await Assertions.Expect(page.GetByLabel("Työaika suunnitelman sanoin")).ToHaveValueAsync("puolet");
        await Assertions.Expect(page.GetByLabel("Työajan määrä")).ToHaveAttributeAsync("aria-invalid", "true");
        await Axe.AssertNoViolationsAsync(page, "resources with a refused form");
    }

    [Theory]
    // Each page as read, and with each kind of its forms open.
    [InlineData("fi")]
    [InlineData("sv")]
    public async Task Every_page_and_form_has_no_axe_violations(string language)
    {
        var page = await browser.NewPageAsync(language);
        foreach (var path in new[]
        {
            "organisations", "organisations?org=0", "organisations?add=org", "organisations?body=0", "organisations?body=0&member=0", "organisations?body=0&add=member",
            "resources", "resources?edit=0", "resources?add=true",
            "communication", "communication?edit=communication", "communication?edit=item&item=0", "communication?edit=monitoring",
            "related", "related?edit=0", "related?add=true",
            "sections", "sections?edit=0", "sections?add=3",
        })
        {
            await page.GotoAsync($"{Project}/{path}");
            Assert.Equal(language, await page.GetAttributeAsync("html", "lang"));
            await Axe.AssertNoViolationsAsync(page, $"{path} ({language})");
        }
    }

    [Fact]
    public async Task The_pages_fit_a_narrow_screen_and_are_saved_as_screenshots()
    {
        foreach (var (width, suffix) in new[] { (1280, ""), (375, "-375") })
        {
            var page = await browser.NewPageAsync(width: width);
            foreach (var part in new[] { "organisations", "resources", "communication", "related", "sections" })
            {
                await page.GotoAsync($"{Project}/{part}");
                // Wide tables scroll inside their own box; the page itself never scrolls sideways.
                var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
                Assert.True(overflow <= 0, $"{part} at {width} px is {overflow} px too wide");
                await Screenshots.SaveAsync(page, $"part-{part}{suffix}");
            }
        }
        var form = await browser.NewPageAsync();
        await form.GotoAsync($"{Project}/organisations?body=0&member=0#governance-0-members-0");
        await Screenshots.SaveAsync(form, "part-organisations-member-form");
    }
}
