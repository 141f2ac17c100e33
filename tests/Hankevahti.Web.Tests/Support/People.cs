using System.Net;
using Hankevahti.People;
using Hankevahti.Storage.Audit;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.People;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Hankevahti.Web.Tests.Support;

/// <summary>
/// Accounts for tests, made through the running app's own Identity (the same password rules and stores as
/// `hankevahti users add`), and clients signed in as them through the sign-in page, as a browser signs in.
/// </summary>
public static class People
{
    /// <summary>A password that meets the rules (12 characters or more).</summary>
    public const string Password = "pitkä salasana 2026";

    /// <summary>Makes an account; <paramref name="global"/> "admin", or "funder:KEY" for a funder official of a programme.</summary>
    public static async Task<string> AddUserAsync(WebApplication app, string email, string? global = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>();
        var db = scope.ServiceProvider.GetRequiredService<HankevahtiDb>();
        var user = new UserAccount { UserName = email, Email = email, EmailConfirmed = true, CreatedAt = DateTimeOffset.UtcNow };
        var result = await users.CreateAsync(user, Password);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
        if (global is not null)
        {
            var (role, programme) = global.StartsWith("funder:", StringComparison.Ordinal) ? (RoleNames.FunderName, global["funder:".Length..]) : (global, (string?)null);
            db.GlobalRoles.Add(new GlobalRoleRow { UserId = user.Id, Role = role, ProgrammeKey = programme, AddedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        }
        return user.Id;
    }

    /// <summary>
    /// Accounts added in this process as `hankevahti users add EMAIL` adds them (the same storage call, Identity rules
    /// and command-line actor, so the same audit rows), for tests whose subject is another command: a child process
    /// per account cost tens of seconds on a loaded machine.
    /// </summary>
    public static async Task AddUsersAsCommandLineAsync(DatabaseSettings settings, string password, params string[] emails)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDbContext<HankevahtiDb>(o => HankevahtiDb.Configure(o, settings));
        services.AddHankevahtiIdentityCore();
        await using var provider = services.BuildServiceProvider();
        foreach (var email in emails)
        {
            await using var scope = provider.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<HankevahtiDb>();
            db.Actor = Actor.CommandLine();
            var added = await scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>().AddUserAsync(db, email, password);
            Assert.True(added.Succeeded, added.Message);
        }
    }

    public static async Task AddMemberAsync(WebApplication app, int projectId, string userId, ProjectRole role, string? organisation = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HankevahtiDb>();
        db.ProjectMembers.Add(new ProjectMemberRow { ProjectId = projectId, UserId = userId, Role = RoleNames.Name(role), Organisation = organisation, AddedAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync();
    }

    /// <summary>
    /// Waits until the app asks for a sign-in: it looks for a first account at most once a second
    /// (LocalOwner), so a test that has just made one would otherwise still be served as the local owner.
    /// </summary>
    public static async Task WaitUntilSignInIsAskedAsync(RunningApp app)
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = app.Address };
        for (var i = 0; i < 50; i++)
        {
            using var response = await http.GetAsync("/account");
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return;
            }
            await Task.Delay(100);
        }
        Assert.Fail("the app still runs as the local owner after an account was made");
    }

    /// <summary>A personal API token of the user, made as the tokens page and the CLI make one.</summary>
    public static async Task<string> ApiTokenAsync(WebApplication app, string userId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var made = await scope.ServiceProvider.GetRequiredService<HankevahtiDb>().CreateApiTokenAsync(userId, "test");
        return made.Token ?? throw new InvalidOperationException(made.Message);
    }

    /// <summary>The audit rows of a database, oldest first.</summary>
    public static async Task<List<AuditRow>> AuditAsync(DatabaseSettings settings)
    {
        await using var db = HankevahtiDb.Create(settings);
        return [.. db.AuditLog.OrderBy(r => r.Id)];
    }

    /// <summary>The antiforgery token of the page's form, read as the import form's client reads it.</summary>
    public static string Token(string html) => Web.ImportFormClient.Token(html);
}

/// <summary>
/// A browser-like client: keeps its cookies, follows no redirect, posts forms with the antiforgery token of the
/// page they are on. <see cref="SignInAsync"/> signs in through /account/sign-in.
/// </summary>
public sealed class SignedInClient : IDisposable
{
    private readonly HttpClient http;

    public SignedInClient(Uri address)
    {
        Cookies = new CookieContainer();
        http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = Cookies }) { BaseAddress = address };
    }

    public CookieContainer Cookies { get; }

    public HttpClient Http => http;

    /// <summary>Signs in with a password; returns where the app sent the browser ("/" when it worked).</summary>
    public async Task<HttpResponseMessage> SignInAsync(string email, string password = People.Password)
    {
        var page = await GetStringAsync("/account/sign-in");
        return await PostWithTokenAsync(People.Token(page), "/account/sign-in", [new("Email", email), new("Password", password)]);
    }

    public async Task<string> GetStringAsync(string path)
    {
        using var response = await http.GetAsync(path);
        return await response.Content.ReadAsStringAsync();
    }

    public Task<HttpResponseMessage> GetAsync(string path) => http.GetAsync(path);

    /// <summary>Posts a form of the page at <paramref name="pagePath"/> with the page's token and the given fields.</summary>
    public async Task<HttpResponseMessage> PostAsync(string pagePath, string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var page = await GetStringAsync(pagePath);
        return await PostWithTokenAsync(People.Token(page), action, fields);
    }

    public async Task<HttpResponseMessage> PostWithTokenAsync(string token, string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var content = new FormUrlEncodedContent([.. fields, new("__RequestVerificationToken", token)]);
        return await http.PostAsync(action, content);
    }

    public void Dispose() => http.Dispose();
}
