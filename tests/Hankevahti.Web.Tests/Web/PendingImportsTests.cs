using Hankevahti.Web.Import;

namespace Hankevahti.Web.Tests.Web;

/// <summary>The server-side store of uploads waiting on their preview: bounded in time and count, tokens unguessable.</summary>
public sealed class PendingImportsTests
{
    private sealed class ManualClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
        public override DateTimeOffset GetUtcNow() => Now;
    }

    // Any preview will do: the store does not look inside it.
    private static readonly ImportPreview Preview = ImportPreview.Of("1 Hankkeen tarve\n\nTeksti.\n"u8.ToArray(), "a.txt");

    private static PendingImports Store(TimeProvider clock, ImportLimits? limits = null) => new(clock, limits ?? ImportLimits.Default);

    [Fact]
    public void An_upload_is_found_by_its_token_until_it_is_removed()
    {
        using var store = Store(new ManualClock());
        var kept = store.Add("a.txt", 10, Preview);
        Assert.Matches("^[0-9a-f]{32}$", kept.Token);
        Assert.Same(kept, store.Get(kept.Token));
        Assert.Equal(ImportState.Ready, kept.State);
        Assert.True(store.Remove(kept.Token));
        Assert.Null(store.Get(kept.Token));
        Assert.False(store.Remove(kept.Token));
    }

    [Fact]
    public void Every_upload_gets_a_token_of_its_own()
    {
        using var store = Store(new ManualClock());
        var tokens = Enumerable.Range(0, 10).Select(_ => store.Add("a.txt", 1, Preview).Token).ToList();
        Assert.Equal(tokens.Count, tokens.Distinct().Count());
    }

    [Fact]
    public void An_upload_expires_after_its_lifetime_and_the_sweep_drops_it_without_a_look_up()
    {
        var clock = new ManualClock();
        using var store = Store(clock);
        var kept = store.Add("a.txt", 10, Preview);
        clock.Now += ImportLimits.Default.PreviewLifetime;
        Assert.NotNull(store.Get(kept.Token));
        clock.Now += TimeSpan.FromSeconds(1);
        store.Sweep();
        Assert.Equal(0, store.EstimatedBytes);
        Assert.Null(kept.Preview);
        Assert.Null(store.Get(kept.Token));
    }

    [Fact]
    public void Past_the_count_bound_the_oldest_upload_goes_first()
    {
        var clock = new ManualClock();
        var limits = ImportLimits.Default with { MaxPreviews = 4 };
        using var store = Store(clock, limits);
        var first = store.Add("first.txt", 1, Preview);
        clock.Now += TimeSpan.FromSeconds(1);
        var second = store.Add("second.txt", 1, Preview);
        for (var i = 2; i < limits.MaxPreviews; i++)
        {
            clock.Now += TimeSpan.FromSeconds(1);
            store.Add($"{i}.txt", 1, Preview);
        }
        Assert.Equal(limits.MaxPreviews, store.Count);

        clock.Now += TimeSpan.FromSeconds(1);
        var newest = store.Add("newest.txt", 1, Preview);

        Assert.Equal(limits.MaxPreviews, store.Count);
        Assert.Null(store.Get(first.Token));
        Assert.NotNull(store.Get(second.Token));
        Assert.NotNull(store.Get(newest.Token));
    }

    [Fact]
    public void Past_the_memory_budget_the_oldest_previews_go_until_the_new_one_fits()
    {
        var clock = new ManualClock();
        // 128 MB of memory: 64 MB for uploads, which previews of this estimate fill after a few hundred.
        var limits = ImportLimits.Default with { MemoryMegabytes = 128, MaxPreviews = 100_000 };
        using var store = Store(clock, limits);
        var fit = (int)(limits.UploadBudgetBytes / Preview.EstimatedBytes);
        var kept = new List<PendingImport>();
        for (var i = 0; i < fit + 3; i++)
        {
            clock.Now += TimeSpan.FromSeconds(1);
            kept.Add(store.Add($"{i}.txt", 1, Preview));
        }

        Assert.True(store.EstimatedBytes <= limits.UploadBudgetBytes, $"{store.EstimatedBytes} bytes kept, over the budget of {limits.UploadBudgetBytes}");
        Assert.All(kept.Take(3), p => Assert.Null(store.Get(p.Token)));
        Assert.All(kept.TakeLast(fit), p => Assert.NotNull(store.Get(p.Token)));
    }

    [Fact]
    public void Beyond_the_uploads_that_may_wait_the_queue_refuses_and_counts_who_is_ahead()
    {
        // No readers run here (no host): what is queued stays waiting.
        var limits = ImportLimits.Default with { Concurrent = 1, Waiting = 2 };
        var clock = new ManualClock();
        using var store = Store(clock, limits);
        var queued = new List<PendingImport>();
        for (var i = 0; i < limits.Concurrent + limits.Waiting; i++)
        {
            clock.Now += TimeSpan.FromSeconds(1);
            queued.Add(Assert.IsType<PendingImport>(store.Enqueue($"{i}.txt", [1, 2, 3])));
        }
        Assert.Null(store.Enqueue("one-too-many.txt", [1]));
        Assert.Equal([0, 1, 2], queued.Select(store.Ahead));
        Assert.All(queued, p => Assert.Equal(ImportState.Waiting, p.State));
    }

    [Fact]
    public async Task Of_many_claims_at_once_one_saves_and_the_others_are_sent_where_it_went()
    {
        using var store = Store(new ManualClock());
        var kept = store.Add("a.txt", 10, Preview);
        var start = new ManualResetEventSlim();
        var claims = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() =>
        {
            start.Wait();
            return store.TryClaim(kept.Token);
        })).Append(Task.Run(() =>
        {
            start.Set();
            return store.TryClaim(kept.Token);
        })));

        var mine = Assert.Single(claims, c => c.Kind == ClaimKind.Mine);
        Assert.All(claims.Where(c => c != mine), c => Assert.Equal(ClaimKind.UnderWay, c.Kind));
        store.Saved(mine.Entry!, "/projects/7");
        Assert.All(claims.Where(c => c != mine), c => Assert.Equal("/projects/7", c.Saving!.Result));
        Assert.Equal(new Claim(ClaimKind.Saved, kept, null, "/projects/7"), store.TryClaim(kept.Token));
        Assert.Null(kept.Preview);
    }

    [Fact]
    public async Task A_save_that_did_not_happen_releases_the_upload_for_the_next_press()
    {
        using var store = Store(new ManualClock());
        var kept = store.Add("a.txt", 10, Preview);
        var first = store.TryClaim(kept.Token);
        var second = store.TryClaim(kept.Token);
        Assert.Equal(ClaimKind.UnderWay, second.Kind);

        store.Release(first.Entry!);

        Assert.Null(await second.Saving!);
        Assert.Equal(ClaimKind.Mine, store.TryClaim(kept.Token).Kind);
    }

    [Theory]
    // An action anywhere in the work structure, however deep.
    [InlineData("action", "work", "children", "actions")]
    // A part of the work structure itself.
    [InlineData("workPart", "work", "children")]
    // A cost row of the budget.
    [InlineData("budgetLine", "budget", "lines")]
    // The budget's funding, not a cost row.
    [InlineData("budget", "budget", "funding")]
    // A total the plan states, which checks compare with the lines.
    [InlineData("statedFigure", "budget", "statedFigures")]
    // A section heading.
    [InlineData("section", "sections", "children")]
    // A part that is named by its first property.
    [InlineData("risks", "risks")]
    // A property no label is written for.
    [InlineData("other", "somethingNew")]
    public void What_a_recognised_line_became_is_named_by_the_first_property_of_its_path(string expected, params string[] path) =>
        Assert.Equal(expected, ImportPreview.Label(path));
}
