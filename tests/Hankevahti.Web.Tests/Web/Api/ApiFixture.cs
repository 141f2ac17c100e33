using System.Net.Http.Headers;
using Hankevahti.Demo;
using Hankevahti.People;
using Hankevahti.Storage.Database;
using Hankevahti.Web.Tests.Support;

namespace Hankevahti.Web.Tests.Web.Api;

/// <summary>
/// An app with accounts (so nothing is allowed without signing in) and projects of three programmes: the demo
/// (rakenneuudistus), one naming the same programme by its alias (sote-rakenneuudistus), two of another (rrf).
/// Each role has a personal API token; <see cref="Client"/> gives an HttpClient that sends it.
/// </summary>
public class ApiFixture : IAsyncLifetime
{
    private readonly TempDataFolder data = new();
    private readonly List<HttpClient> clients = [];

    public RunningApp App { get; private set; } = null!;
    public DatabaseSettings Settings { get; private set; } = null!;
    public int Demo { get; private set; }
    public int Alias { get; private set; }
    public IReadOnlyList<int> Rrf { get; private set; } = [];
    public Dictionary<string, string> Tokens { get; } = [];

    public static readonly string Partner = DemoPlan.Load().Organisations[1].Name;

    protected virtual Task<DatabaseSettings> DatabaseAsync() => Task.FromResult(data.Settings);

    public async Task InitializeAsync()
    {
        Settings = await DatabaseAsync();
        App = await RunningApp.StartAsync(Settings);
        await using (var db = HankevahtiDb.Create(Settings))
        {
            Demo = db.Projects.Single().Id;
        }
        Alias = await StoreAsync("Aliaksen hanke", "sote-rakenneuudistus");
        Rrf = [await StoreAsync("Kasvun hanke yksi", "rrf"), await StoreAsync("Kasvun hanke kaksi", "rrf")];
        foreach (var (user, global, role, organisation) in new (string, string?, ProjectRole?, string?)[]
        {
            ("manager", null, ProjectRole.Manager, null),
            ("co", null, ProjectRole.CoImplementer, Partner),
            ("reader", null, ProjectRole.Reader, null),
            ("funder", "funder:rakenneuudistus", null, null),
            ("rrf-funder", "funder:rrf", null, null),
        })
        {
            var id = await Support.People.AddUserAsync(App.App, $"{user}@test.invalid", global);
            if (role is { } r)
            {
                await Support.People.AddMemberAsync(App.App, Demo, id, r, organisation);
            }
            Tokens[user] = await Support.People.ApiTokenAsync(App.App, id);
        }
    }

    private async Task<int> StoreAsync(string name, string programme)
    {
        var plan = DemoPlan.Load();
        plan = plan with { Project = plan.Project with { Name = name, Programme = plan.Project.Programme! with { Key = programme } } };
        await using var db = HankevahtiDb.Create(Settings);
        return (await Hankevahti.Storage.Projects.ProjectPlans.AddProjectAsync(db, plan, "import")).Id;
    }

    /// <summary>A client of its own that sends the user's token (none for "anonymous").</summary>
    public HttpClient Client(string user)
    {
        var client = new HttpClient { BaseAddress = App.Address };
        if (Tokens.TryGetValue(user, out var token))
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        clients.Add(client);
        return client;
    }

    public virtual async Task DisposeAsync()
    {
        foreach (var client in clients)
        {
            client.Dispose();
        }
        await App.DisposeAsync();
        data.Dispose();
    }
}

/// <summary>The same app on PostgreSQL.</summary>
public sealed class PostgresApiFixture : ApiFixture
{
    private PostgresTempDatabase? database;

    protected override async Task<DatabaseSettings> DatabaseAsync()
    {
        database = await PostgresTempDatabase.CreateAsync();
        return database.Settings;
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }
}
