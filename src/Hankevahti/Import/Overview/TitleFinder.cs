using System.Text.RegularExpressions;
using Hankevahti.Import.Common;
using Hankevahti.Reading;

namespace Hankevahti.Import.Overview;

/// <summary>
/// The plan's title from its title page (the blocks before the first heading). The title is the line that
/// names the document a hankesuunnitelma ("X Hankesuunnitelma"), or, when that line holds only the word and a
/// version, the line above it. Banners that only name the programme ("… OHJELMA HANKESUUNNITELMA" in capitals)
/// are not titles.
/// </summary>
internal static partial class TitleFinder
{
    public sealed record Title(string Name, Block Block);

    public static Title? Find(IReadOnlyList<Block> preamble)
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
                return new Title(rest, preamble[i]);
            }
            if (Near(preamble, i) is { } near)
            {
                return near;
            }
        }
        return null;
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
                return new Title(above, preamble[j]);
            }
        }
        if (i + 1 < preamble.Count && Text(preamble[i + 1]) is { } below && IsTitleLike(below) && below.Split(' ').Length >= 3)
        {
            return new Title(below, preamble[i + 1]);
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
