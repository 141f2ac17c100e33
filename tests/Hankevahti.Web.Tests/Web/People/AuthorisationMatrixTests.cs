using System.Net;
using System.Reflection;
using System.Text;
using Hankevahti.Demo;
using Hankevahti.People;
using Hankevahti.Web.Security;
using Hankevahti.Web.Tests.Support;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Hankevahti.Web.Tests.Web.People;

/// <summary>
/// The authorisation matrix: every endpoint of the app (each page for GET, each of its form handlers for
/// POST, each API route), taken from the app's own endpoint list, requested as every role on its own project
/// and on another one, and signed out; each answer compared with what the role should get. An endpoint that
/// names no policy, or whose route or policy this test does not know, fails the test: a new page is covered
/// the day it is added. The table is printed in the test output.
/// </summary>
public sealed class AuthorisationMatrixTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly TempDataFolder data = new();
    private RunningApp app = null!;
    private int own;
    private int other;
    private int model;

    // Who asks: a user per role, each holding its role in the own project only (the funder official: the own
    // project's programme), an account without any role, and no one signed in.
    private static readonly string[] Users = ["signed-out", "no-role", "admin", "funder", "manager", "editor", "co-implementer", "steering", "reader"];

    /// <summary>
    /// What each policy lets each role do in its own project: the specification (docs/security.md), written
    /// here by hand rather than read from Permissions, so that a change there that the specification does not
    /// make fails this test.
    /// </summary>
    private static readonly Dictionary<string, string[]> AllowedOnOwn = new()
    {
        [Policies.ProjectRead] = ["funder", "manager", "editor", "co-implementer", "steering", "reader"],
        [Policies.PlanEdit] = ["manager", "editor"],
        [Policies.ShareEdit] = ["manager", "editor", "co-implementer"],
        [Policies.ProjectManage] = ["manager"],
        [Policies.VersionDecide] = ["funder"],
        [Policies.AuditRead] = ["manager", "funder"],
        [Policies.FollowRecord] = ["manager", "editor", "co-implementer"],
        [Policies.FollowEdit] = ["manager", "editor"],
        [Policies.FollowDecide] = ["funder"],
        [Policies.ProjectCreate] = ["admin", "manager"],
        [Policies.Administer] = ["admin"],
        // The model of {model} is linked to the own project: its manager and editors edit it (and administrators).
        [Policies.ModelEdit] = ["admin", "manager", "editor"],
        // A programme's reporting deadlines ({key} is the own project's programme): its funder officials and administrators.
        [Policies.ProgrammeTerms] = ["admin", "funder"],
        [Policies.SignedIn] = ["no-role", "admin", "funder", "manager", "editor", "co-implementer", "steering", "reader"],
        [Policies.Public] = Users,
    };

    // A value for each route parameter the app has; a parameter not here fails the test ("add it").
    private Dictionary<string, string> RouteValues(int project) => new()
    {
        ["id"] = project.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["number"] = "1",
        ["code"] = "404",
        ["provider"] = "none",
        ["name"] = "site.css",
        ["kind"] = "status",
        ["period"] = "2026-H2",
        ["model"] = model.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["view"] = "regions",
        ["key"] = "rakenneuudistus",
        // The API (Api/): a value's id, and the OpenAPI document's name (the reference page's too).
        ["valueId"] = "1",
        ["documentName"] = "v1",
    };

    private readonly Dictionary<string, SignedInClient> clients = [];
    private readonly Dictionary<string, string> tokens = [];
    private readonly Dictionary<string, string> apiTokens = [];

    private Task<string> ApiTokenAsync(string userId) => Support.People.ApiTokenAsync(app.App, userId);

    public async Task InitializeAsync()
    {
        other = await data.StoreAsync(DemoPlan.Load() with { Project = DemoPlan.Load().Project with { Name = "Toinen hanke", Programme = DemoPlan.Load().Project.Programme! with { Key = "hyvan-tyon-ohjelma" } } });
        app = await RunningApp.StartAsync(data.Settings);
        // The demo is stored by the start only on an empty database: store the own project now.
        own = await data.StoreAsync(DemoPlan.Load());
        var partner = DemoPlan.Load().Organisations[1].Name;
        // An operating model spread by the own project: /models/{model} is edited by that project's people.
        await using (var db = Hankevahti.Storage.Database.HankevahtiDb.Create(data.Settings))
        {
            var valid = Hankevahti.Models.ModelValidation.Validate(new Hankevahti.Models.ModelInput("Matriisimalli", null, null, null, null, "Ydin", "Moduuli")).Model!;
            model = (await Hankevahti.Storage.Models.OperatingModels.CreateAsync(db, valid)).Id!.Value;
            await Hankevahti.Storage.Models.OperatingModels.LinkAsync(db, model, own, null, Hankevahti.Models.ModelLinkKind.Spreads);
        }
        foreach (var user in Users.Skip(1))
        {
            var global = user switch { "admin" => "admin", "funder" => "funder:" + DemoPlan.Load().Project.Programme!.Key, _ => null };
            var id = await Support.People.AddUserAsync(app.App, $"{user}@test.invalid", global);
            apiTokens[user] = await ApiTokenAsync(id);
            if (RoleNames.TryProjectRole(user == "steering" ? "steering" : user, out var role))
            {
                await Support.People.AddMemberAsync(app.App, own, id, role, role == ProjectRole.CoImplementer ? partner : null);
            }
        }
        foreach (var user in Users)
        {
            await SignInAsync(user);
        }
    }

    private async Task SignInAsync(string user)
    {
        clients.Remove(user, out var old);
        old?.Dispose();
        var client = new SignedInClient(app.Address);
        if (user != "signed-out")
        {
            using var signedIn = await client.SignInAsync($"{user}@test.invalid");
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
            Assert.Equal("/", signedIn.Headers.Location!.OriginalString);
        }
        clients[user] = client;
        // The antiforgery token is bound to the user: each takes one from a page they may see.
        tokens[user] = Support.People.Token(await client.GetStringAsync(user == "signed-out" ? "/account/sign-in" : "/"));
    }

    [Fact]
    public async Task Every_endpoint_answers_every_role_as_its_policy_says()
    {
        var cases = Cases();
        var table = new StringBuilder();
        var wrong = new List<string>();
        table.AppendLine($"{"endpoint",-70} {"policy",-16} " + string.Join(" ", Users.Select(u => Short(u))));
        foreach (var c in cases)
        {
            foreach (var project in c.ProjectRoute ? new[] { own, other } : [own])
            {
                var where = c.ProjectRoute ? (project == own ? " (own)" : " (other)") : "";
                var cells = new List<string>();
                foreach (var user in Users)
                {
                    var expected = Expected(c.Policies, user, project == own || !c.ProjectRoute);
                    var actual = await AskAsync(user, c, project);
                    cells.Add(actual == expected ? Short(actual) : Short(actual) + "!");
                    if (actual != expected)
                    {
                        wrong.Add($"{c.Name}{where} as {user}: {actual}, expected {expected}");
                    }
                }
                table.AppendLine($"{c.Name + where,-70} {string.Join("+", c.Policies),-16} " + string.Join(" ", cells.Select(x => x.PadRight(Short("x").Length))));
            }
        }
        table.AppendLine("A allowed, D denied (403), S sent to sign in (302 to /account/sign-in or 401); ! differs from the policy.");
        output.WriteLine(table.ToString());
        Assert.True(cases.Count > 40, $"only {cases.Count} endpoints found");
        Assert.Empty(wrong);
    }

    private static string Short(string s) => s switch { "allow" => "A", "deny" => "D", "sign-in" => "S", _ => s.Length > 3 ? s[..3] : s };

    private static string Expected(IReadOnlyList<string> policies, string user, bool ownProject)
    {
        if (policies.All(p => p == Policies.Public))
        {
            return "allow";
        }
        if (user == "signed-out")
        {
            return "sign-in";
        }
        foreach (var policy in policies)
        {
            var allowed = AllowedOnOwn[policy].Contains(user);
            // In another project (of another programme) no project role and no funder assignment holds.
            if (Policies.IsProjectPolicy(policy) && !ownProject)
            {
                allowed = false;
            }
            if (!allowed)
            {
                return "deny";
            }
        }
        return "allow";
    }

    private async Task<string> AskAsync(string user, Case c, int project)
    {
        var path = Path(c.Route, RouteValues(project));
        using var request = new HttpRequestMessage(new HttpMethod(c.Method), path + (c.Handler is null ? "" : (path.Contains('?') ? "&" : "?") + "handler=" + c.Handler));
        if (c.Method != "GET")
        {
            request.Content = new FormUrlEncodedContent([new("__RequestVerificationToken", tokens[user])]);
            // Scripts write through the API with a personal token, not a browser's cookie.
            if (c.Route.StartsWith("/api/", StringComparison.Ordinal) && apiTokens.TryGetValue(user, out var token))
            {
                request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
            }
        }
        using var response = await clients[user].Http.SendAsync(request);
        if (c.Route == "/account/sign-out" && c.Method == "POST" && user != "signed-out")
        {
            // Signing out worked: sign in again for the rest of the matrix.
            await SignInAsync(user);
        }
        return response.StatusCode switch
        {
            HttpStatusCode.Forbidden => "deny",
            HttpStatusCode.Unauthorized => "sign-in",
            // A challenge sends the browser to sign in with a ReturnUrl; an account page's own redirect there
            // without one (the two-factor step with no sign-in under way, signing out) is its answer, not a refusal.
            HttpStatusCode.Redirect or HttpStatusCode.Found when response.Headers.Location?.OriginalString is { } location
                && location.Contains("/account/sign-in", StringComparison.Ordinal)
                && (!c.Route.StartsWith("/account/", StringComparison.Ordinal) || location.Contains("ReturnUrl=", StringComparison.OrdinalIgnoreCase)) => "sign-in",
            _ => "allow",
        };
    }

    private sealed record Case(string Name, string Method, string Route, string? Handler, IReadOnlyList<string> Policies, bool ProjectRoute);

    /// <summary>The app's endpoints as requests: pages by GET and by each POST handler, minimal APIs by their methods.</summary>
    private List<Case> Cases()
    {
        var sources = app.App.Services.GetRequiredService<IEnumerable<EndpointDataSource>>();
        var cases = new List<Case>();
        var problems = new List<string>();
        foreach (var endpoint in sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>())
        {
            var route = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            foreach (var parameter in endpoint.RoutePattern.Parameters)
            {
                if (!RouteValues(0).ContainsKey(parameter.Name))
                {
                    problems.Add($"{route}: the matrix has no value for the route parameter {{{parameter.Name}}}: add it");
                }
            }
            var pagePolicies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).OfType<string>().ToList();
            if (pagePolicies.Count == 0)
            {
                problems.Add($"{route}: names no authorisation policy");
                continue;
            }
            var unknown = pagePolicies.Where(p => !AllowedOnOwn.ContainsKey(p)).ToList();
            problems.AddRange(unknown.Select(p => $"{route}: policy {p} is not in the matrix: add what it allows"));
            var project = endpoint.RoutePattern.Parameters.Any(p => p.Name == "id");
            if (endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.CompiledPageActionDescriptor>() is { } page)
            {
                foreach (var handler in page.HandlerMethods)
                {
                    var name = $"{handler.HttpMethod.ToUpperInvariant()} {route}{(handler.Name is null ? "" : "?handler=" + handler.Name)}";
                    if (handler.HttpMethod.Equals("GET", StringComparison.OrdinalIgnoreCase))
                    {
                        cases.Add(new Case(name, "GET", route, handler.Name, pagePolicies, project));
                        continue;
                    }
                    var own = handler.MethodInfo.GetCustomAttribute<HandlerPolicyAttribute>()?.Policy;
                    if (own is null)
                    {
                        problems.Add($"{name}: the handler names no policy ([HandlerPolicy])");
                        continue;
                    }
                    if (!AllowedOnOwn.ContainsKey(own))
                    {
                        problems.Add($"{name}: policy {own} is not in the matrix");
                    }
                    cases.Add(new Case(name, handler.HttpMethod.ToUpperInvariant(), route, handler.Name, [.. pagePolicies, own], project));
                }
            }
            else
            {
                var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
                foreach (var method in methods.Where(m => m != "HEAD"))
                {
                    cases.Add(new Case($"{method} {route}", method, route, null, pagePolicies, project));
                }
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        return cases.DistinctBy(c => (c.Method, c.Route, c.Handler)).OrderBy(c => c.Route, StringComparer.Ordinal).ThenBy(c => c.Method).ThenBy(c => c.Handler).ToList();
    }

    private static string Path(string route, Dictionary<string, string> values)
    {
        var path = route;
        foreach (var (name, value) in values)
        {
            path = System.Text.RegularExpressions.Regex.Replace(path, "\\{\\**" + name + "(:[^}]*)?\\??\\}", value);
        }
        return path;
    }

    public async Task DisposeAsync()
    {
        foreach (var client in clients.Values)
        {
            client.Dispose();
        }
        await app.DisposeAsync();
        data.Dispose();
    }
}
