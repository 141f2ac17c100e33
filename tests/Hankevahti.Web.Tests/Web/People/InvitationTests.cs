using System.Net;
using Hankevahti.Storage.People;
using Hankevahti.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Hankevahti.Web.Tests.Web.People;

/// <summary>
/// The invitation link (`hankevahti users add EMAIL --invite`): its token sets the first password once; a
/// wrong, used or foreign token is told clearly and sets nothing.
/// </summary>
public sealed class InvitationTests : IAsyncLifetime
{
    private readonly TempDataFolder data = new();
    private RunningApp app = null!;

    public async Task InitializeAsync() => app = await RunningApp.StartAsync(data.Settings);

    private async Task<(string UserId, string Token)> InviteAsync(string email)
    {
        var id = await Support.People.AddUserAsync(app.App, email);
        await using var scope = app.App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>();
        return (id, await users.GeneratePasswordResetTokenAsync((await users.FindByIdAsync(id))!));
    }

    private static string Link(string user, string token) => $"/account/invitation?user={Uri.EscapeDataString(user)}&token={Uri.EscapeDataString(token)}";

    [Fact]
    public async Task The_link_sets_the_first_password_once()
    {
        var (id, token) = await InviteAsync("kutsuttu@test.invalid");
        const string chosen = "oma uusi salasana kutsusta";
        using var client = new SignedInClient(app.Address);
        var page = WebUtility.HtmlDecode(await client.GetStringAsync(Link(id, token)));
        Assert.Contains("kutsuttu@test.invalid", page);

        // Repeated wrong: nothing is set, the form is shown again with the reason.
        using (var differ = await client.PostAsync(Link(id, token), Link(id, token), [new("user", id), new("Token", token), new("New", chosen), new("Repeat", chosen + "x")]))
        {
            Assert.Contains("eivät ole samat", WebUtility.HtmlDecode(await differ.Content.ReadAsStringAsync()));
        }
        using (var set = await client.PostAsync(Link(id, token), Link(id, token), [new("user", id), new("Token", token), new("New", chosen), new("Repeat", chosen)]))
        {
            Assert.Contains("Salasana on asetettu.", WebUtility.HtmlDecode(await set.Content.ReadAsStringAsync()));
        }
        using (var signIn = await client.SignInAsync("kutsuttu@test.invalid", chosen))
        {
            Assert.Equal("/", signIn.Headers.Location!.OriginalString);
        }

        // The same link again: used up.
        using var other = new SignedInClient(app.Address);
        Assert.Contains("Kutsulinkki ei kelpaa", WebUtility.HtmlDecode(await other.GetStringAsync(Link(id, token))));
        var audit = await Support.People.AuditAsync(data.Settings);
        Assert.Single(audit, r => r.Action == "account.invitation" && r.Item == "kutsuttu@test.invalid");
    }

    // Links that must not set a password: a made-up token, another account's token, no parameters at all.
    [Theory]
    [InlineData("made-up")]
    [InlineData("foreign")]
    [InlineData("empty")]
    public async Task A_bad_link_is_told_so_and_sets_nothing(string kind)
    {
        var (id, _) = await InviteAsync($"{kind}@test.invalid");
        var (_, otherToken) = await InviteAsync($"{kind}-toinen@test.invalid");
        var link = kind switch
        {
            "made-up" => Link(id, "CfDJ8keksitty"),
            "foreign" => Link(id, otherToken),
            _ => "/account/invitation",
        };
        using var client = new SignedInClient(app.Address);
        var page = WebUtility.HtmlDecode(await client.GetStringAsync(link));
        Assert.Contains("Kutsulinkki ei kelpaa", page);
        Assert.DoesNotContain("type=\"password\"", page);
        using var signIn = await client.SignInAsync($"{kind}@test.invalid");
        // The account still has the password it was made with: nothing was set.
        Assert.Equal("/", signIn.Headers.Location!.OriginalString);
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        data.Dispose();
    }
}
