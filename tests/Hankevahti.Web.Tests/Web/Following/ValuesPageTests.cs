using System.Net;
using System.Text;
using Hankevahti.People;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Following;
using Hankevahti.Web.Tests.Support;

namespace Hankevahti.Web.Tests.Web.Following;

/// <summary>
/// The values page through HTTP, as the local owner (a database without accounts): bad input is refused per field
/// with what was typed kept, the flow draft → submitted → approved, a stale form is 412, evidence downloads as an
/// attachment. The demo plan runs 2026–2027 in calendar years; i4 is a count, i3 yes/no.
/// </summary>
public sealed class ValuesPageTests : IAsyncLifetime
{
    private readonly TempDataFolder data = new();
    private RunningApp app = null!;
    private SignedInClient browser = null!;
    private const int Project = 1;

    public async Task InitializeAsync()
    {
        app = await RunningApp.StartAsync(data.Settings);
        browser = new SignedInClient(app.Address);
    }

    public async Task DisposeAsync()
    {
        browser.Dispose();
        await app.DisposeAsync();
        data.Dispose();
    }

    private async Task<IReadOnlyList<StoredValue>> StoredAsync()
    {
        await using var db = HankevahtiDb.Create(data.Settings);
        return await IndicatorValues.ListAsync(db, Project);
    }

    public static TheoryData<string, string, string, string, string> BadInput() => new()
    {
        // A word where a count is expected: the message names what was expected, the word stays in the field.
        { "wrong kind", "i4", "2026", "paljon", "ei ole luku" },
        { "percentage over 100", "i2", "2026", "120", "Anna luku 0–100" },
        { "maybe for yes/no", "i3", "2026", "ehkä", "Kirjoita kyllä tai ei" },
        // 2030 is after the project (ends 2027).
        { "period outside the project", "i4", "2030", "12", "ei ole hankkeen raportointikausi" },
    };

    [Theory, MemberData(nameof(BadInput))]
    public async Task Bad_input_is_refused_per_field_and_what_was_typed_is_kept(string why, string indicator, string period, string value, string message)
    {
        using var response = await ValuesForm.SaveAsync(browser, Project, ValuesForm.Fields(indicator, period, value, comment: "kirjoitettu kommentti"));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.True(response.StatusCode == HttpStatusCode.OK, why);
        Assert.Contains(message, html);
        Assert.Contains($"value=\"{value}\"", html);
        Assert.Contains("kirjoitettu kommentti</textarea>", html);
        Assert.Contains("aria-invalid=\"true\"", html);
        Assert.Empty(await StoredAsync());
    }

    // The files are described by their first bytes and size, not given as bytes: xunit serialises theory data at
    // discovery, and a 10 MB byte array took every run of this assembly to 16 GB and 45 s before any test ran.
    public static TheoryData<string, string, string, int, string> BadFiles() => new()
    {
        // Over 10 MB: refused with the size and the limit.
        { "too large", "iso.pdf", "%PDF-1.7", 10 * 1024 * 1024 + 1, "liite saa olla enintään 10 Mt" },
        // A program renamed .pdf: refused by its bytes.
        { "refused type", "ohjelma.pdf", "MZ\u0090\u0000\u0003", 5, "tyyppiä ei hyväksytä" },
    };

    /// <summary>A file of <paramref name="size"/> bytes starting with <paramref name="head"/> (one byte per character), the rest zeros.</summary>
    private static byte[] FileOf(string head, int size)
    {
        var bytes = new byte[size];
        System.Text.Encoding.Latin1.GetBytes(head).CopyTo(bytes, 0);
        return bytes;
    }

    [Theory, MemberData(nameof(BadFiles))]
    public async Task An_evidence_file_too_large_or_of_a_refused_type_is_refused_and_the_value_kept_in_the_form(string why, string name, string head, int size, string message)
    {
        var content = FileOf(head, size);
        using var response = await ValuesForm.SaveAsync(browser, Project, ValuesForm.Fields("i4", "2026", "35"), (name, content));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.True(response.StatusCode == HttpStatusCode.OK, why + ": " + response.StatusCode);
        Assert.Contains(message, html);
        Assert.Contains(name, html);
        Assert.Contains("value=\"35\"", html);
        Assert.Empty(await StoredAsync());
    }

    [Fact]
    public async Task A_value_is_saved_with_evidence_submitted_and_approved_and_then_counts_in_progress()
    {
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4 kävijälista");
        using (var saved = await ValuesForm.SaveAsync(browser, Project, ValuesForm.Fields("i4", "2026", "130", comment: "kirjaus"), ("kävijät.pdf", pdf)))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }
        var value = Assert.Single(await StoredAsync());
        Assert.Equal((130m, VersionStatus.Draft), (value.Value.Number, value.Value.Status));
        var page = WebUtility.HtmlDecode(await browser.GetStringAsync(ValuesForm.Page(Project)));
        Assert.Contains("Luonnos", page);

        using (var download = await browser.GetAsync($"{ValuesForm.Page(Project)}?handler=Evidence&file={value.Evidence.Single().Id}"))
        {
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
            Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
            Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
        }

        using (var submitted = await ValuesForm.MoveAsync(browser, Project, "Submit", value.Id, value.Revision))
        {
            Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        }
        var waiting = Assert.Single(await StoredAsync());
        using (var approved = await ValuesForm.MoveAsync(browser, Project, "Approve", waiting.Id, waiting.Revision))
        {
            Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        }
        Assert.Equal(VersionStatus.Approved, Assert.Single(await StoredAsync()).Value.Status);
        // 130 of the way 0 → 120 by the end of 2026: past the target, on track; the chart has its one point.
        var after = WebUtility.HtmlDecode(await browser.GetStringAsync(ValuesForm.Page(Project)));
        var section = after[after.IndexOf("id=\"mittari-i4\"", StringComparison.Ordinal)..];
        Assert.Contains("Aikataulussa", section[..section.IndexOf("</article>", StringComparison.Ordinal)]);
        Assert.Contains("<svg", section);
        Assert.Contains("<circle", section[..section.IndexOf("</svg>", StringComparison.Ordinal)]);
    }

    [Fact]
    public async Task A_form_made_before_someone_elses_save_is_412_and_keeps_what_was_typed()
    {
        using (await ValuesForm.SaveAsync(browser, Project, ValuesForm.Fields("i4", "2027", "200"))) { }
        var first = Assert.Single(await StoredAsync());
        using (await ValuesForm.SaveAsync(browser, Project, ValuesForm.Fields("i4", "2027", "210", revision: first.Revision))) { }

        using var stale = await ValuesForm.SaveAsync(browser, Project, ValuesForm.Fields("i4", "2027", "999", revision: first.Revision));
        var html = WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Contains("muutti tätä arvoa sillä välin", html);
        Assert.Contains("value=\"999\"", html);
        Assert.Equal(210m, Assert.Single(await StoredAsync()).Value.Number);
    }

    [Fact]
    public async Task A_return_needs_a_reason_and_the_reason_is_shown()
    {
        using (await ValuesForm.SaveAsync(browser, Project, ValuesForm.Fields("i3", "2026", "kyllä"))) { }
        var value = Assert.Single(await StoredAsync());
        using (await ValuesForm.MoveAsync(browser, Project, "Submit", value.Id, value.Revision)) { }
        value = Assert.Single(await StoredAsync());

        using (var noReason = await ValuesForm.MoveAsync(browser, Project, "Return", value.Id, value.Revision, "  "))
        {
            Assert.Contains("Kerro, miksi arvo palautetaan.", WebUtility.HtmlDecode(await noReason.Content.ReadAsStringAsync()));
        }
        Assert.Equal(VersionStatus.Submitted, Assert.Single(await StoredAsync()).Value.Status);
        using (var returned = await ValuesForm.MoveAsync(browser, Project, "Return", value.Id, value.Revision, "Pöytäkirja puuttuu"))
        {
            Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        }
        Assert.Contains("Palautettu: Pöytäkirja puuttuu", WebUtility.HtmlDecode(await browser.GetStringAsync(ValuesForm.Page(Project))));
    }
}
