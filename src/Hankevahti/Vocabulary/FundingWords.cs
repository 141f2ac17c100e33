using System.Text.RegularExpressions;

namespace Hankevahti.Vocabulary;

/// <summary>Where money for a project comes from, as the template's funding rows and sentences name it.</summary>
public enum FundingKind
{
    /// <summary>Omarahoitus: the applicant's own share.</summary>
    OwnFunding,
    /// <summary>Valtionavustus / haettava avustus: the state grant applied for.</summary>
    Grant,
    /// <summary>Muu rahoitus: other outside funding.</summary>
    OtherFunding,
    /// <summary>Tulot: income the project earns, which lowers the costs to be funded.</summary>
    Income,
}

/// <summary>A funding word found in a text.</summary>
public readonly record struct FundingWord(FundingKind Kind, int Index, int Length);

/// <summary>
/// The funding words: omarahoitus, valtionavustus, haettava avustus, muu rahoitus, tulot and their variants.
/// An amount is own funding only when these words say so; "the rest" or a share named for the grant does not
/// make the remainder own funding.
/// </summary>
public static partial class FundingWords
{
    /// <summary>What a table row's label says the row is, or null when it names no funding.</summary>
    public static FundingKind? OfLabel(string? label)
    {
        var t = CleanText.Key(CleanText.Cell(label)).TrimEnd(':', '.', ' ');
        if (t.Length == 0)
        {
            return null;
        }
        if (Own().IsMatch(t))
        {
            return FundingKind.OwnFunding;
        }
        if (GrantLabel().IsMatch(t))
        {
            return FundingKind.Grant;
        }
        if (Other().IsMatch(t))
        {
            return FundingKind.OtherFunding;
        }
        if (IncomeLabel().IsMatch(t))
        {
            return FundingKind.Income;
        }
        return null;
    }

    /// <summary>
    /// The own-funding and grant words of a sentence (lower-cased by the caller or not), in order, one per place:
    /// "valtionavustuksen" is one word, not two.
    /// </summary>
    public static IReadOnlyList<FundingWord> InProse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }
        var t = text.ToLowerInvariant();
        var words = Own().Matches(t).Select(m => new FundingWord(FundingKind.OwnFunding, m.Index, m.Length))
            .Concat(GrantProse().Matches(t).Select(m => new FundingWord(FundingKind.Grant, m.Index, m.Length)))
            .OrderBy(w => w.Index)
            .ToList();
        return words.Where((w, i) => i == 0 || w.Index >= words[i - 1].Index + words[i - 1].Length).ToList();
    }

    /// <summary>Whether a text names own funding.</summary>
    public static bool NamesOwnFunding(string? text) => text is not null && Own().IsMatch(text.ToLowerInvariant());

    /// <summary>Whether a text names the grant in the words a sentence uses.</summary>
    public static bool NamesGrant(string? text) => text is not null && GrantProse().IsMatch(text.ToLowerInvariant());

    [GeneratedRegex(@"omarahoitu|oma rahoitu|omavastuu")]
    private static partial Regex Own();

    // In sentences: the grant by name, or "the grant's share".
    [GeneratedRegex(@"valtionavustu|valtionavustuksen|avustuksen osuus")]
    private static partial Regex GrantProse();

    // In a row label: the words above, and the shorter labels a budget table uses.
    [GeneratedRegex(@"valtionavustu|valtionosuu|haettava avustus|^avustus|stm:n avustus|rrf-rahoitu|haettava rahoitus")]
    private static partial Regex GrantLabel();

    [GeneratedRegex(@"^muu(t)? rahoitu|ulkopuolinen rahoitu|muu julkinen rahoitu")]
    private static partial Regex Other();

    [GeneratedRegex(@"^(hankkeen )?tulot\b|^tuotot\b")]
    private static partial Regex IncomeLabel();
}
