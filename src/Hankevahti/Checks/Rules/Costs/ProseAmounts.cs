using System.Text.RegularExpressions;

namespace Hankevahti.Checks.Rules.Costs;

/// <summary>An amount of euros as a text writes it, with where it stands in that text.</summary>
public sealed record ProseAmount(decimal Value, string Text, int At);

/// <summary>
/// A list in prose that splits a stated total: the sentence before it says the total is divided
/// ("Kokonaisbudjetti jakautuu seuraavasti …:") and every list item carries an amount.
/// <see cref="Totals"/> are the amounts the split may be of, the likeliest first.
/// </summary>
public sealed record AmountList(string Intro, IReadOnlyList<ProseAmount> Totals, IReadOnlyList<(string Item, ProseAmount Amount)> Items)
{
    public decimal Sum => Items.Sum(i => i.Amount.Value);
}

/// <summary>
/// Reads amount lists from a section's text as Hankevahti keeps it: paragraphs separated by a blank line,
/// list items on lines beginning "- ". Works the same for an imported plan and a stored one.
/// </summary>
public static partial class ProseAmounts
{
    public static IReadOnlyList<ProseAmount> In(string text)
    {
        return Amounts.FindEuros(text).Select(m => new ProseAmount(m.Amount.Value, m.Amount.Text, m.Index)).ToList();
    }

    public static IReadOnlyList<AmountList> Lists(string? text)
    {
        var result = new List<AmountList>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return result;
        }
        var blocks = Blocks(text);
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Item)
            {
                continue;
            }
            var items = blocks.Skip(i + 1).TakeWhile(b => b.Item).Select(b => b.Text).ToList();
            if (items.Count < 2 || Totals(blocks[i].Text) is not { Count: > 0 } totals)
            {
                continue;
            }
            var amounts = items.Select(item => (item, In(item).FirstOrDefault())).ToList();
            if (amounts.Any(a => a.Item2 is null))
            {
                continue;
            }
            result.Add(new AmountList(blocks[i].Text, totals, amounts.Select(a => (a.item, a.Item2!)).ToList()));
        }
        return result;
    }

    /// <summary>
    /// Sentences that break an amount into parts: "… 686 400 €, joista palkat 475 200 € ja siirrot 211 200 €".
    /// The parts may leave something out, so only parts that exceed the whole are sure to be wrong.
    /// </summary>
    public static IReadOnlyList<AmountList> Shares(string? text)
    {
        var result = new List<AmountList>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return result;
        }
        foreach (var (item, paragraph) in Blocks(text))
        {
            foreach (var sentence in SentenceEnd().Split(paragraph))
            {
                var clause = PartsClause().Match(sentence);
                if (!clause.Success)
                {
                    continue;
                }
                var amounts = In(sentence);
                var whole = amounts.LastOrDefault(a => a.At < clause.Index);
                var parts = amounts.Where(a => a.At > clause.Index).ToList();
                if (whole is not null && parts.Count >= 2)
                {
                    result.Add(new AmountList(sentence.Trim(), [whole], parts.Select(p => (sentence.Trim(), p)).ToList()));
                }
            }
        }
        return result;
    }

    /// <summary>
    /// The amounts a paragraph ending in a split ("… jakautuu seuraavasti:") may be splitting: those of the
    /// splitting sentence, or when it has none, of the sentences before it that name its subject
    /// ("Kokonaisbudjetti jakautuu…" after "… kokonaisbudjetti oli 1 900 000 €"). Amounts of "josta"
    /// clauses (a share of the total) come last.
    /// </summary>
    private static IReadOnlyList<ProseAmount>? Totals(string paragraph)
    {
        var trimmed = paragraph.TrimEnd();
        if (!trimmed.EndsWith(':') || !MoneyWord().IsMatch(trimmed))
        {
            return null;
        }
        var sentences = SentenceEnd().Split(trimmed).Where(s => s.Trim().Length > 0).ToList();
        var split = sentences[^1];
        if (!SplitWord().IsMatch(split))
        {
            return null;
        }
        var own = In(split);
        if (own.Count > 0)
        {
            return Ordered(split, own);
        }
        var subject = FirstWord().Match(split.TrimStart()).Value;
        var earlier = sentences.Take(sentences.Count - 1).ToList();
        var about = Pronoun().IsMatch(subject)
            ? earlier.TakeLast(1)
            : earlier.Where(s => subject.Length > 3 && s.Contains(subject, StringComparison.OrdinalIgnoreCase));
        var result = new List<ProseAmount>();
        foreach (var s in about.Reverse())
        {
            result.AddRange(Ordered(s, In(s)));
        }
        return result;
    }

    private static List<ProseAmount> Ordered(string sentence, IReadOnlyList<ProseAmount> amounts)
    {
        var share = ShareClause().Match(sentence);
        return amounts.OrderBy(a => share.Success && a.At > share.Index ? 1 : 0).ThenByDescending(a => a.Value).ToList();
    }

    private static List<(bool Item, string Text)> Blocks(string text)
    {
        var blocks = new List<(bool, string)>();
        var paragraph = new List<string>();
        void Flush()
        {
            if (paragraph.Count > 0)
            {
                blocks.Add((false, string.Join(' ', paragraph)));
                paragraph.Clear();
            }
        }
        foreach (var raw in text.Replace("\r", "", StringComparison.Ordinal).Split('\n'))
        {
            var line = raw.Replace('\u00A0', ' ').Replace('\u202F', ' ').Trim();
            var item = ItemMarker().Match(line);
            if (item.Success)
            {
                Flush();
                blocks.Add((true, line[item.Length..].Trim()));
            }
            else if (line.Length == 0)
            {
                Flush();
            }
            else
            {
                paragraph.Add(line);
            }
        }
        Flush();
        return blocks;
    }

    [GeneratedRegex(@"^([-–•*])\s+")]
    private static partial Regex ItemMarker();

    [GeneratedRegex(@"jakautu|jakaantu|jaetaan|jaettu|jakaa|koostuu|muodostuu|kohdennet|kohdentu|kohdistu|seuraavasti")]
    private static partial Regex SplitWord();

    [GeneratedRegex(@"budjet|kustannu|kulu|rahoitu|avustu|summa|määrä|euro|€", RegexOptions.IgnoreCase)]
    private static partial Regex MoneyWord();

    // A sentence end is a full stop before a space and a capital; "1.0" and "mm." inside a sentence are not.
    [GeneratedRegex(@"(?<!\b(?:mm|esim|ns|ks|vrt|n))\.\s+(?=[A-ZÅÄÖ])")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"^[\p{L}-]+")]
    private static partial Regex FirstWord();

    [GeneratedRegex(@"^(tämä|se|ne|nämä|summa|määrä|kokonaisuus|budjetti|rahoitus)$", RegexOptions.IgnoreCase)]
    private static partial Regex Pronoun();

    [GeneratedRegex(@",\s*(josta|joista|mistä|jonka)\b")]
    private static partial Regex ShareClause();

    // Plural "joista": the amount before it is broken into several parts.
    [GeneratedRegex(@",\s*joista\b")]
    private static partial Regex PartsClause();
}
