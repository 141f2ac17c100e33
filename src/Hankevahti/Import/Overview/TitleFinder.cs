using System.Text.RegularExpressions;
using Hankevahti.Import.Common;
using Hankevahti.Reading;
using Hankevahti.Vocabulary;

namespace Hankevahti.Import.Overview;

/// <summary>
/// The plan's title from its first page (<see cref="FirstPage"/>), most certain reading first: a labelled field
/// ("Hankkeen nimi: X"); the line that names the document a hankesuunnitelma ("X Hankesuunnitelma"), or, when
/// that line holds only the word and a version, the line above it; the first page's own heading (a plan
/// written with heading styles or markdown "# Title"). Banners that only name the programme ("… OHJELMA
/// HANKESUUNNITELMA" in capitals) are not titles.
/// </summary>
internal static partial class TitleFinder
{
    /// <param name="Whole">The block holds nothing but the title (and its label), so it is fully placed.</param>
    /// <param name="Near">Read from a line next to the document word rather than the line itself.</param>
    public sealed record Title(string Name, Block Block, bool Whole = true, bool Near = false);

    /// <summary>The title the plan states, or null when the first page names none.</summary>
    public static Title? Find(SectionNode root) => Candidates(root).FirstOrDefault();

    /// <summary>Every reading of the title the first page offers, most certain first, without repeats (the preview offers them to pick from).</summary>
    public static IEnumerable<Title> Candidates(SectionNode root)
    {
        var page = FirstPage.Blocks(root);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        // A line beside the document word is read before the first page's heading, but a line only *near* it
        // (often the organisation's name above "HANKESUUNNITELMA") only after: a heading is a surer title.
        var line = FromDocumentLine(page).ToList();
        var candidates = FromFields(page)
            .Concat(line.Where(t => t.Whole && !t.Near))
            .Concat(FromHeadings(page))
            .Concat(line.Where(t => t.Near));
        foreach (var title in candidates)
        {
            if (seen.Add(title.Name))
            {
                yield return title;
            }
        }
    }

    private static IEnumerable<Title> FromFields(IReadOnlyList<Block> page) =>
        FirstPageFields.Read(page)
            .Where(f => TitlePageWords.IsNameLabel(f.Label) && IsTitleLike(f.Value))
            .Select(f => new Title(f.Value, f.Block, f.Block is not TableBlock && f.ValueBlock is null));

    private static IEnumerable<Title> FromHeadings(IReadOnlyList<Block> page) =>
        page.OfType<HeadingBlock>()
            .Select(h => (Block: h, Text: Text(h)))
            .Where(h => h.Text is not null && IsTitleLike(h.Text) && SectionKinds.Classify(h.Text) is null)
            .Select(h => new Title(h.Text!, h.Block, false));

    private static IEnumerable<Title> FromDocumentLine(IReadOnlyList<Block> preamble)
    {
        for (var i = 0; i < preamble.Count; i++)
        {
            var text = Text(preamble[i]);
            if (text is null || !DocWord().IsMatch(text))
            {
                continue;
            }
            var rest = CleanText.Squeeze(DocWord().Replace(text, " ")).Trim(' ', ':', '–', '-', ',');
            rest = CleanText.Squeeze(VersionWords.StatedNumber().Replace(rest, " ")).Trim(' ', ':', '–', '-', ',');
            if (rest.Length > 0 && !IsBanner(rest))
            {
                yield return new Title(rest, preamble[i]);
                yield break;
            }
            if (Near(preamble, i) is { } near)
            {
                yield return near;
                yield break;
            }
        }
    }

    // The document-type line names no project: the title is the text line above it, or else the one below
    // (a title page that starts "HANKESUUNNITELMA"); dates, versions and placeholders are not titles.
    private static Title? Near(IReadOnlyList<Block> preamble, int i)
    {
        for (var j = i - 1; j >= 0; j--)
        {
            var above = Text(preamble[j]);
            if (above is null)
            {
                break;
            }
            if (IsTitleLike(above))
            {
                return new Title(above, preamble[j], Near: true);
            }
        }
        if (i + 1 < preamble.Count && Text(preamble[i + 1]) is { } below && IsTitleLike(below) && below.Split(' ').Length >= 3)
        {
            return new Title(below, preamble[i + 1], Near: true);
        }
        return null;
    }

    private static bool IsTitleLike(string text) =>
        !IsBanner(text) && text.Count(char.IsLetter) >= 3 && !DocWord().IsMatch(text) && !Placeholder().IsMatch(text)
        && !VersionWords.StatedNumber().IsMatch(text) && !VersionWords.DateOnlyLine().IsMatch(text) && !VersionWords.Updated().IsMatch(text);

    private static string? Text(Block b) =>
        b is ParagraphBlock or HeadingBlock ? CleanText.OneLine(BlockScan.TextOf(b)) is { Length: > 0 and < 250 } t ? t : null : null;

    // A programme's name in capitals, or nothing but the programme, is a banner, not the project's title.
    private static bool IsBanner(string text) =>
        ProgrammeFinder.Match(text) is { } p && (text.Length <= p.Name.Length + 12 || text == text.ToUpperInvariant());

    [GeneratedRegex(@"^(pp\.kk\.vvvv|<.*>|\[.*\])$", RegexOptions.IgnoreCase)]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\bhankesuunnitelma\b", RegexOptions.IgnoreCase)]
    private static partial Regex DocWord();
}
