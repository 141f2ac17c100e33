using System.Collections.Concurrent;
using System.Net;
using Hankevahti.Plans;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Projects;
using Hankevahti.Storage.Tests.Fixtures;
using Hankevahti.Web.Tests.Support;

namespace Hankevahti.Web.Tests.Reliability;

/// <summary>
/// People pressing Save on the same part at the same moment, over HTTP against the running app, on
/// both databases: every save the app acknowledged (a redirect) is in the stored plan, every refused
/// one got the conflict message with what was typed kept, and nothing else was stored. On the code
/// before the fix, 9 of 40 pairs had both told "saved" with one change gone.
/// </summary>
[Collection(ReliabilityCollection.Name)]
public sealed class ConcurrentSaveTests
{
    [Theory, BothProviders]
    public async Task Two_saves_at_once_on_the_same_version_store_one_and_refuse_the_other_with_the_input_kept(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var projectId = await StoreAsync(database.Settings);
        await using var app = await RunningApp.StartAsync(database.Settings);

        var acknowledged = new List<string>();
        for (var trial = 0; trial < 50; trial++)
        {
            var outcomes = await TwoAtOnceAsync(app.Http, projectId, $"t{trial}");

            // Both carried the same base: exactly one may be stored.
            Assert.Equal(1, outcomes.Count(o => o.Saved));
            var refused = Assert.Single(outcomes, o => !o.Saved);
            Assert.True(refused.Conflict, $"trial {trial}: the refused save did not get the conflict message");
            Assert.True(refused.InputKept, $"trial {trial}: the refused save lost what was typed");
            // The refused one is shown what the other changed: the risk the other added, in the diff of the versions.
            var winner = outcomes.Single(o => o.Saved).Title;
            Assert.True(refused.Meanwhile?.Contains(winner, StringComparison.Ordinal) == true, $"trial {trial}: the refused save was not shown the other's change: {refused.Meanwhile}");
            acknowledged.Add(winner);
        }

        var stored = await StoredAsync(database.Settings, projectId);
        Assert.Equal(51, stored.Version);
        Assert.Equal(acknowledged.Order(), stored.Risks.Order());
    }

    [Theory, BothProviders]
    public async Task Two_hundred_clients_retrying_on_refusal_all_get_their_change_stored_exactly_once(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var projectId = await StoreAsync(database.Settings);
        await using var app = await RunningApp.StartAsync(database.Settings);
        const int count = 200;

        var clients = await Task.WhenAll(Enumerable.Range(0, count).Select(_ => RiskClient.OpenAsync(app, projectId)));
        var acknowledged = new ConcurrentBag<string>();
        var refusals = 0;
        var start = new TaskCompletionSource();
        var work = clients.Select(async (client, i) =>
        {
            await start.Task;
            for (var attempt = 1; ; attempt++)
            {
                var outcome = await client.AddRiskAsync($"client {i}");
                if (outcome.Saved)
                {
                    acknowledged.Add(outcome.Title);
                    return;
                }
                Assert.True(outcome.Conflict && outcome.InputKept, $"client {i}, attempt {attempt}: refused without the conflict message or the input");
                Interlocked.Increment(ref refusals);
                // The conflict page carries the newer version: the retry is made on it, as a person would after reading it.
                await Task.Delay(Random.Shared.Next(0, Math.Min(200, 10 * attempt)));
            }
        }).ToList();
        start.SetResult();
        await Task.WhenAll(work);

        var stored = await StoredAsync(database.Settings, projectId);
        Assert.Equal(count, acknowledged.Count);
        Assert.Equal(count + 1, stored.Version);
        Assert.Equal(acknowledged.Order(), stored.Risks.Order());
        Assert.True(refusals > 0, "no save was refused: the clients did not race");
    }

    /// <summary>Two people open the risks page on the same version and press Save at the same moment.</summary>
    internal static async Task<Outcome[]> TwoAtOnceAsync(HttpClient http, int projectId, string trial)
    {
        var clients = new[] { await RiskClient.OpenAsync(http, projectId), await RiskClient.OpenAsync(http, projectId) };
        Assert.Equal(clients[0].BaseVersion, clients[1].BaseVersion);
        var start = new TaskCompletionSource();
        var posts = clients.Select(async (c, i) =>
        {
            await start.Task;
            return await c.AddRiskAsync($"{trial} c{i}");
        }).ToList();
        start.SetResult();
        return await Task.WhenAll(posts);
    }

    internal static async Task<int> StoreAsync(DatabaseSettings settings)
    {
        await using var db = HankevahtiDb.Create(settings);
        return (await db.AddProjectAsync(new Plan { Project = new Project { Name = "Kilpailu" } }, "test")).Id;
    }

    private static async Task<(int Version, List<string> Risks)> StoredAsync(DatabaseSettings settings, int projectId)
    {
        await using var db = HankevahtiDb.Create(settings);
        var latest = (await db.LatestPlanAsync(projectId))!;
        return (latest.Version.Number, latest.Plan!.Risks.Select(r => r.Title).ToList());
    }

    /// <summary>What came of one post of the risk form.</summary>
    /// <param name="Meanwhile">On a refusal, the block showing what was saved meanwhile (the diff), or null when the page had none.</param>
    internal sealed record Outcome(string Title, bool Saved, bool Conflict, bool InputKept, string? Meanwhile);

    /// <summary>One person's browser on the risks page: its form, kept from the last page it got (the conflict page carries the newer version).</summary>
    internal sealed class RiskClient
    {
        private readonly HttpClient http;
        private RiskPageForm form;

        private RiskClient(HttpClient http, RiskPageForm form)
        {
            this.http = http;
            this.form = form;
        }

        public int BaseVersion => form.BaseVersion;

        public static Task<RiskClient> OpenAsync(RunningApp app, int projectId) => OpenAsync(app.Http, projectId);

        /// <param name="http">A client on the server that follows no redirects and keeps no cookies (RunningApp's, ServerProcess's).</param>
        public static async Task<RiskClient> OpenAsync(HttpClient http, int projectId) => new(http, await RiskPageForm.OpenAsync(http, projectId));

        public async Task<Outcome> AddRiskAsync(string title)
        {
            using var request = form.Post(title, "varautuminen " + title);
            using var response = await http.SendAsync(request);
            if (response.StatusCode == HttpStatusCode.Redirect)
            {
                return new Outcome(title, true, false, false, null);
            }
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync();
            form = form.ReadFrom(html);
            var decoded = WebUtility.HtmlDecode(html);
            var meanwhile = decoded.IndexOf("<details class=\"meanwhile\"", StringComparison.Ordinal) is var at and >= 0
                ? decoded[at..(decoded.IndexOf("</details>", at, StringComparison.Ordinal) + "</details>".Length)]
                : null;
            return new Outcome(title, false,
                decoded.Contains("Suunnitelmaa on muutettu sillä välin", StringComparison.Ordinal),
                decoded.Contains($"name=\"Input.Title\" value=\"{title}\"", StringComparison.Ordinal) && decoded.Contains("varautuminen " + title, StringComparison.Ordinal),
                meanwhile);
        }
    }
}

/// <summary>The reliability tests load the machine on purpose: they run alone, not beside the browser tests.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ReliabilityCollection
{
    public const string Name = "Reliability";
}
