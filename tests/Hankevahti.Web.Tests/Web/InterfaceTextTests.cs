using System.Xml.Linq;
using Hankevahti.Web.Tests.Support;

namespace Hankevahti.Web.Tests.Web;

/// <summary>
/// All interface text is in resource files: Finnish in each neutral .resx, Swedish and English beside
/// it. A key missing from a language would show the key itself to that language's readers.
/// </summary>
public sealed class InterfaceTextTests
{
    private static readonly string WebFolder = Path.Combine(SeedFiles.RepoRoot(), "src", "Hankevahti.Web");

    public static TheoryData<string> NeutralFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(WebFolder, "*.resx", SearchOption.AllDirectories)
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && Path.GetFileNameWithoutExtension(f).Split('.').Length == 1)
                     .OrderBy(f => f, StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(WebFolder, file));
        }
        return data;
    }

    [Fact]
    public void The_shared_texts_are_among_the_files() =>
        Assert.Contains(Path.Combine("Shared", "UiText.resx"), NeutralFiles().Cast<object[]>().Select(row => (string)row[0]).ToList());

    [Theory]
    [MemberData(nameof(NeutralFiles))]
    public void Every_key_has_a_non_empty_Swedish_and_English_text(string neutral)
    {
        var finnish = Read(Path.Combine(WebFolder, neutral));
        Assert.NotEmpty(finnish);
        Assert.All(finnish, pair => Assert.False(string.IsNullOrWhiteSpace(pair.Value), $"{neutral}: '{pair.Key}' is empty"));
        foreach (var language in new[] { "sv", "en" })
        {
            var path = Path.Combine(WebFolder, Path.ChangeExtension(neutral, $".{language}.resx"));
            Assert.True(File.Exists(path), $"{neutral} has no {language} file ({path})");
            var other = Read(path);
            Assert.Equal(finnish.Keys.Order(StringComparer.Ordinal), other.Keys.Order(StringComparer.Ordinal));
            Assert.All(other, pair => Assert.False(string.IsNullOrWhiteSpace(pair.Value), $"{path}: '{pair.Key}' is empty"));
            // A text with {0} must keep its placeholders in every language, or string.Format fails on that page only.
            Assert.All(finnish, pair => Assert.Equal(Placeholders(pair.Value), Placeholders(other[pair.Key])));
        }
    }

    private static Dictionary<string, string> Read(string path) =>
        XDocument.Load(path).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");

    private static string Placeholders(string text) =>
        string.Join(",", System.Text.RegularExpressions.Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).Distinct().Order(StringComparer.Ordinal));
}
