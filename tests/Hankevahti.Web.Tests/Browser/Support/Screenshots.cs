using Hankevahti.Web.Tests.Support;
using Microsoft.Playwright;

namespace Hankevahti.Web.Tests.Browser.Support;

/// <summary>Full-page screenshots of the main pages, kept as test artefacts in artifacts/screenshots/ at the repository root.</summary>
public static class Screenshots
{
    public static string Folder { get; } = Path.Combine(SeedFiles.RepoRoot(), "artifacts", "screenshots");

    public static async Task<string> SaveAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }
}
