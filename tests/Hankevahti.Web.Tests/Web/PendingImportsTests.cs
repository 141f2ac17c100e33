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

    [Fact]
    public void An_upload_is_found_by_its_token_until_it_is_removed()
    {
        var store = new PendingImports(new ManualClock());
        var kept = store.Add("a.txt", 10, Preview);
        Assert.Matches("^[0-9a-f]{32}$", kept.Token);
        Assert.Same(kept, store.Get(kept.Token));
        Assert.True(store.Remove(kept.Token));
        Assert.Null(store.Get(kept.Token));
        Assert.False(store.Remove(kept.Token));
    }

    [Fact]
    public void Every_upload_gets_a_token_of_its_own()
    {
        var store = new PendingImports(new ManualClock());
        var tokens = Enumerable.Range(0, 10).Select(_ => store.Add("a.txt", 1, Preview).Token).ToList();
        Assert.Equal(tokens.Count, tokens.Distinct().Count());
    }

    [Fact]
    public void An_upload_expires_after_its_lifetime()
    {
        var clock = new ManualClock();
        var store = new PendingImports(clock);
        var kept = store.Add("a.txt", 10, Preview);
        clock.Now += PendingImports.Lifetime;
        Assert.NotNull(store.Get(kept.Token));
        clock.Now += TimeSpan.FromSeconds(1);
        Assert.Null(store.Get(kept.Token));
        Assert.Equal(0, store.Count);
    }

    [Fact]
    public void Past_the_count_bound_the_oldest_upload_goes_first()
    {
        var clock = new ManualClock();
        var store = new PendingImports(clock);
        var first = store.Add("first.txt", 1, Preview);
        clock.Now += TimeSpan.FromSeconds(1);
        var second = store.Add("second.txt", 1, Preview);
        for (var i = 2; i < PendingImports.MaxCount; i++)
        {
            clock.Now += TimeSpan.FromSeconds(1);
            store.Add($"{i}.txt", 1, Preview);
        }
        Assert.Equal(PendingImports.MaxCount, store.Count);

        clock.Now += TimeSpan.FromSeconds(1);
        var newest = store.Add("newest.txt", 1, Preview);

        Assert.Equal(PendingImports.MaxCount, store.Count);
        Assert.Null(store.Get(first.Token));
        Assert.NotNull(store.Get(second.Token));
        Assert.NotNull(store.Get(newest.Token));
    }

    [Fact]
    public void Past_the_byte_bound_older_uploads_go_until_the_new_one_fits()
    {
        var clock = new ManualClock();
        var store = new PendingImports(clock);
        var old = store.Add("old.txt", PendingImports.MaxTotalBytes / 2, Preview);
        clock.Now += TimeSpan.FromSeconds(1);
        var middle = store.Add("middle.txt", PendingImports.MaxTotalBytes / 4, Preview);
        clock.Now += TimeSpan.FromSeconds(1);

        var big = store.Add("big.txt", PendingImports.MaxTotalBytes / 2, Preview);

        Assert.Null(store.Get(old.Token));
        Assert.NotNull(store.Get(middle.Token));
        Assert.NotNull(store.Get(big.Token));
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
