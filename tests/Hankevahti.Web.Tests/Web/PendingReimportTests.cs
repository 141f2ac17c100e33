using Hankevahti.Import.Corrections;
using Hankevahti.Web.Import;

namespace Hankevahti.Web.Tests.Web;

/// <summary>An upload imported again with corrections: only while it is ready, and the store then shows the new preview.</summary>
public sealed class PendingReimportTests
{
    private static ImportPreview Preview() => ImportPreview.Of("Pihapiiri Hankesuunnitelma\n\n1 Hankkeen tarve\n\nTeksti.\n"u8.ToArray(), "piha.txt");

    private static readonly ImportCorrections Title = new() { Title = "Pihapiirin kohtaamiset" };

    [Fact]
    public async Task A_ready_upload_shows_the_preview_made_with_the_corrections()
    {
        using var store = new PendingImports(TimeProvider.System, ImportLimits.Default);
        var entry = store.Add("piha.txt", 10, Preview());
        var corrected = await store.ReimportAsync(entry, Title, null, CancellationToken.None);
        Assert.NotNull(corrected);
        Assert.Same(corrected, entry.Preview);
        Assert.Equal("Pihapiirin kohtaamiset", entry.Preview!.Plan!.Project.Name);
        Assert.Equal(Title, entry.Preview.Corrections);
        // Corrections taken away again: the importer's own reading, and nothing is stored as corrections.
        var plain = await store.ReimportAsync(entry, new ImportCorrections(), null, CancellationToken.None);
        Assert.Null(plain!.Corrections);
        Assert.NotEqual("Pihapiirin kohtaamiset", plain.Plan!.Project.Name);
    }

    [Fact]
    public async Task An_upload_being_saved_or_saved_is_not_imported_again()
    {
        using var store = new PendingImports(TimeProvider.System, ImportLimits.Default);
        var entry = store.Add("piha.txt", 10, Preview());
        var before = entry.Preview;
        var claim = store.TryClaim(entry.Token);
        Assert.Equal(ClaimKind.Mine, claim.Kind);
        Assert.Null(await store.ReimportAsync(entry, Title, null, CancellationToken.None));
        Assert.Same(before, entry.Preview);
        store.Saved(entry, "/projects/1");
        Assert.Null(await store.ReimportAsync(entry, Title, null, CancellationToken.None));
        Assert.Null(entry.Preview);
    }
}
