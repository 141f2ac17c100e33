using System.Net;
using Hankevahti.Web.Tests.Support;

namespace Hankevahti.Web.Tests.Web;

/// <summary>
/// POST /language sets the language cookie and goes back to the page it came from, but only to a plain
/// path of this site: anything else in returnUrl (another site, control characters, junk) goes to the
/// front page, and never makes a 500.
/// </summary>
public sealed class LanguageSwitchTests(DemoAppFixture fixture) : IClassFixture<DemoAppFixture>
{
    [Theory]
    // The page's own path and query, as the layout writes it: kept.
    [InlineData("/projects/1?x=1", "/projects/1?x=1")]
    [InlineData("/", "/")]
    // The case: a tab made LocalRedirect throw (500).
    [InlineData("/projects\t1", "/")]
    // CR LF: header splitting if it ever reached the Location header.
    [InlineData("/projects/1\r\nSet-Cookie: x=1", "/")]
    // Other control characters: an escape, DEL.
    [InlineData("/a\u001b[2Jb", "/")]
    [InlineData("/a\u007f", "/")]
    // Protocol-relative and its backslash form (browsers read "/\" as "//"): open redirects.
    [InlineData("//evil.example/", "/")]
    [InlineData("/\\evil.example/", "/")]
    // An absolute address of another site.
    [InlineData("https://evil.example/", "/")]
    // Not a path at all.
    [InlineData("projects/1", "/")]
    [InlineData("javascript:alert(1)", "/")]
    // Empty: a form without the field.
    [InlineData("", "/")]
    // Characters a Location header cannot carry (the layout writes paths escaped; a raw "ä" is junk): no 500.
    [InlineData("/hanke/ä", "/")]
    [InlineData("/a b", "/")]
    public async Task The_return_address_is_used_only_when_it_is_a_plain_local_path(string returnUrl, string expected)
    {
        using var client = new ImportFormClient(fixture.App.Address);

        using var response = await client.PostAsync("/", "/language", [new("lang", "sv"), new("returnUrl", returnUrl)]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location?.OriginalString);
        // The choice is kept whatever the return address was.
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal) && c.Contains("sv"));
    }

    [Fact]
    public async Task A_form_the_server_will_not_read_is_a_bad_request_not_a_server_error()
    {
        using var client = new ImportFormClient(fixture.App.Address);

        // The form reader refuses a NUL in any value, before the return address is looked at.
        using var response = await client.PostAsync("/", "/language", [new("lang", "sv"), new("returnUrl", "/a\u0000b")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
