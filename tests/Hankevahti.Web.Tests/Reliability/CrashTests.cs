using System.Collections.Concurrent;
using System.Diagnostics;
using Hankevahti.Plans;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Tests.Fixtures;
using Hankevahti.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;
using static Hankevahti.Web.Tests.Reliability.ConcurrentSaveTests;

namespace Hankevahti.Web.Tests.Reliability;

/// <summary>
/// The server killed with SIGKILL (a power cut as the process sees it) while people are saving, then
/// started again on the same database, three times over, on both databases: every save the server
/// acknowledged is in the stored plan, the versions form one unbroken chain, and the database's own
/// checker finds its files sound (issue 12, the crash part of the reliability suite).
/// </summary>
[Collection(ReliabilityCollection.Name)]
public sealed class CrashTests(ITestOutputHelper output)
{
    private const int Writers = 16;
    private const int Bursts = 3;

    [Theory, BothProviders]
    public async Task Killing_the_server_during_bursts_of_saves_loses_no_acknowledged_save_and_leaves_the_database_sound(DatabaseProvider provider)
    {
        var watch = Stopwatch.StartNew();
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var projectId = await StoreAsync(database.Settings);
        // The test process keeps no connection open across the crashes: each server start finds the
        // database as the killed server left it (on SQLite: the WAL, recovered by whoever opens it first).
        database.ForgetConnections();

        var acknowledged = new ConcurrentBag<string>();
        var cutOff = new ConcurrentBag<string>();
        for (var burst = 1; burst <= Bursts; burst++)
        {
            await using var server = await ServerProcess.StartAsync(database.Settings);
            var result = await BurstAsync(server, projectId, burst, acknowledged, cutOff);
            output.WriteLine($"burst {burst}: killed {server.Pid} {result.KilledAfter.TotalMilliseconds:0} ms after the first acknowledgement; " +
                $"{result.Acknowledged} saves acknowledged, {result.Conflicts} refused as conflicts, {result.CutOff} posts cut off by the kill");
            Assert.True(result.Acknowledged > 0, $"burst {burst}: no save was acknowledged before the kill, so the burst proves nothing");
        }
        database.ForgetConnections();

        var integrity = await DatabaseIntegrity.CheckAsync(database.Settings);
        output.WriteLine($"{provider} integrity: {integrity.Checked}{(integrity.Skipped is null ? "" : "; skipped: " + integrity.Skipped)}");
        Assert.Empty(integrity.Problems);

        var versions = await VersionsAsync(database.Settings, projectId);
        Assert.Equal(Enumerable.Range(1, versions.Count), versions.Select(v => v.Number));
        // Each save adds one risk to the plan it was made on: a version that does not extend the one
        // before by exactly one risk lost or repeated a save.
        for (var i = 1; i < versions.Count; i++)
        {
            var added = Assert.Single(versions[i].Risks.Except(versions[i - 1].Risks));
            Assert.Equal([.. versions[i - 1].Risks, added], versions[i].Risks);
        }

        var stored = versions[^1].Risks;
        var missing = acknowledged.Except(stored).Order().ToList();
        Assert.True(missing.Count == 0, $"acknowledged but not stored: {string.Join(", ", missing)}");
        Assert.Equal(stored.Count, stored.Distinct().Count());
        // A save may be stored without its answer reaching the client only if the kill cut it off.
        var unexplained = stored.Except(acknowledged).Except(cutOff).ToList();
        Assert.True(unexplained.Count == 0, $"stored but neither acknowledged nor cut off: {string.Join(", ", unexplained)}");
        Assert.True(!cutOff.IsEmpty, "no save was in flight at any kill: the kills did not hit the server while it was saving");

        output.WriteLine($"{provider}: {acknowledged.Count} acknowledged, {stored.Count} stored ({stored.Count - acknowledged.Count} stored without the answer arriving), " +
            $"{cutOff.Count} cut off, {versions.Count} versions; {watch.Elapsed.TotalSeconds:0.0} s");
    }

    private sealed record BurstResult(int Acknowledged, int Conflicts, int CutOff, TimeSpan KilledAfter);

    /// <summary>
    /// <see cref="Writers"/> people saving a new risk each, again and again, until the server is killed
    /// 0.3–1.5 s after the first acknowledged save. The time is counted from that first save, not from the
    /// start, so that a slow start on a loaded machine cannot leave a burst with nothing saved.
    /// </summary>
    private static async Task<BurstResult> BurstAsync(ServerProcess server, int projectId, int burst, ConcurrentBag<string> acknowledged, ConcurrentBag<string> cutOff)
    {
        var killed = 0;
        var saved = 0;
        var conflicts = 0;
        var lost = 0;
        var firstSave = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var writers = Enumerable.Range(0, Writers).Select(w => Task.Run(async () =>
        {
            for (var n = 0; Volatile.Read(ref killed) == 0; n++)
            {
                var title = $"b{burst} w{w} n{n}";
                var posting = false;
                try
                {
                    while (true)
                    {
                        // A fresh page each time: the newest version as base, as a person reloading after "changed meanwhile".
                        var client = await RiskClient.OpenAsync(server.Http, projectId);
                        posting = true;
                        var outcome = await client.AddRiskAsync(title);
                        posting = false;
                        if (outcome.Saved)
                        {
                            // The redirect has been received in full: this save was acknowledged.
                            acknowledged.Add(title);
                            Interlocked.Increment(ref saved);
                            firstSave.TrySetResult();
                            break;
                        }
                        Assert.True(outcome.Conflict, $"{title}: refused without the conflict message\n{server.Output}");
                        Interlocked.Increment(ref conflicts);
                    }
                }
                catch (Exception ex) when ((ex is HttpRequestException or IOException or TaskCanceledException) && Volatile.Read(ref killed) == 1)
                {
                    // The kill came under this request. A page load is no save; a post may or may not have been
                    // stored, and nobody was told, so either way is right.
                    if (posting)
                    {
                        cutOff.Add(title);
                        Interlocked.Increment(ref lost);
                    }
                    return;
                }
            }
        })).ToList();

        // A writer failing before the kill (an error page, a dropped connection) ends the wait too, and is thrown below.
        var all = Task.WhenAll(writers);
        var first = await Task.WhenAny(firstSave.Task, all, Task.Delay(TimeSpan.FromSeconds(60)));
        var afterFirst = Stopwatch.StartNew();
        if (first == firstSave.Task)
        {
            await Task.Delay(Random.Shared.Next(300, 1500));
        }
        // Marked before the kill: a request that fails while this is still 0 failed for another reason.
        var killedAfter = afterFirst.Elapsed;
        Volatile.Write(ref killed, 1);
        server.Kill();
        try
        {
            await all;
        }
        catch (Exception ex)
        {
            throw new InvalidOperationException($"burst {burst}: a writer failed before the kill: {ex.Message}\nserver output:\n{server.Output}", ex);
        }
        Assert.True(first == firstSave.Task, $"burst {burst}: no save was acknowledged in 60 s\nserver output:\n{server.Output}");
        return new BurstResult(saved, conflicts, lost, killedAfter);
    }

    private sealed record StoredVersion(int Number, List<string> Risks);

    private static async Task<List<StoredVersion>> VersionsAsync(DatabaseSettings settings, int projectId)
    {
        await using var db = HankevahtiDb.Create(settings);
        var rows = await db.PlanVersions.AsNoTracking().Where(v => v.ProjectId == projectId).OrderBy(v => v.Number)
            .Select(v => new { v.Number, v.PlanJson }).ToListAsync();
        return rows.Select(r =>
        {
            var read = Hankevahti.Json.PlanJson.Deserialize(r.PlanJson, $"version {r.Number}");
            Assert.True(read.Plan is not null, $"version {r.Number} does not read back: {read.Error}");
            return new StoredVersion(r.Number, read.Plan.Risks.Select(risk => risk.Title).ToList());
        }).ToList();
    }
}
