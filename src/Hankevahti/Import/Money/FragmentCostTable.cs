using System.Text.RegularExpressions;
using Hankevahti.Import.Common;
using Hankevahti.Plans;
using Hankevahti.Reading;

namespace Hankevahti.Import.Money;

/// <summary>
/// A cost table that PDF text turned into one paragraph per cell fragment: a heading line naming the
/// columns (programme codes, a name and the cost in euros), then rows whose fragments run until a line
/// that ends in an amount. Each row becomes one planned budget line.
/// </summary>
/// <remarks>
/// The row's programme codes (Pilari 4, Investointi 1) become the line's PartCode as "Pilari 4 / Investointi 1",
/// because they say which part of the programme the money is for, and the text after them (the osa-alue's
/// name) is the line's Label. The cost category is not given in such tables, so lines get
/// <see cref="CostCategory.Other"/>; the label keeps what the row said.
/// </remarks>
public static partial class FragmentCostTable
{
    private const int MaxFragments = 12;

    /// <summary>Reads every such table among the blocks; returns how many lines it added.</summary>
    public static int Read(ImportContext context, IReadOnlyList<Block> blocks, BudgetPlace place)
    {
        var added = 0;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is not ParagraphBlock head || !IsHeader(head.Text))
            {
                continue;
            }
            var headerBlocks = new List<Block> { head };
            var j = i + 1;
            // A header cell wrapped onto its own line ("€").
            while (j < blocks.Count && blocks[j] is ParagraphBlock p && HeaderTail().IsMatch(Clean(p.Text)))
            {
                headerBlocks.Add(blocks[j]);
                j++;
            }
            var rows = new List<(List<Block> Fragments, decimal Amount, string AmountText)>();
            var fragments = new List<Block>();
            for (; j < blocks.Count; j++)
            {
                if (blocks[j] is PageBreakBlock)
                {
                    continue;
                }
                if (FragmentText(blocks[j]) is not { } raw || fragments.Count >= MaxFragments)
                {
                    break;
                }
                var p = blocks[j];
                var text = Clean(raw);
                if (fragments.Count == 0 && !RowStart().IsMatch(text))
                {
                    break;
                }
                fragments.Add(p);
                var end = TrailingAmount().Match(text);
                if (end.Success && Amounts.TryParseEuros(end.Groups["amount"].Value, out var amount))
                {
                    rows.Add((fragments, amount, end.Groups["amount"].Value.Trim()));
                    fragments = [];
                }
            }
            if (rows.Count < 2)
            {
                continue;
            }
            foreach (var b in headerBlocks)
            {
                context.Claim(b);
            }
            foreach (var (rowFragments, amount, amountText) in rows)
            {
                AddLine(context, rowFragments, amount, amountText, place);
                added++;
            }
            i = j - 1;
        }
        return added;
    }

    /// <summary>A short line naming at least two cost-table columns, one of them the amount.</summary>
    public static bool IsHeader(string text)
    {
        var t = CleanText.Key(Clean(text));
        if (t.Length > 120 || !t.Contains("kustannu", StringComparison.Ordinal) && !t.Contains('€'))
        {
            return false;
        }
        return ColumnWord().Matches(t).Count >= 2;
    }

    /// <summary>A cell fragment's text: a PDF line, or a line the reader took for a list item ("a) Heikossa…").</summary>
    private static string? FragmentText(Block block) => block switch
    {
        ParagraphBlock p => p.Text,
        ListItemBlock { Marker: { Length: > 0 } marker } li when char.IsLetterOrDigit(marker[0]) => $"{marker} {li.Text}",
        ListItemBlock li => li.Text,
        _ => null,
    };

    private static void AddLine(ImportContext context, List<Block> fragments, decimal amount, string amountText, BudgetPlace place)
    {
        var text = string.Join(" ", fragments.Select(f => Clean(FragmentText(f)!)));
        text = text[..text.LastIndexOf(amountText, StringComparison.Ordinal)].Trim();
        var codes = new List<string>();
        var m = Codes().Match(text);
        if (m.Success)
        {
            foreach (Capture c in m.Groups["code"].Captures)
            {
                codes.Add(CleanText.Squeeze(c.Value));
            }
            text = text[m.Length..].Trim();
        }
        var first = fragments[0].Source;
        var last = fragments[^1].Source;
        var source = first with { EndLine = last.EndLine ?? last.Line };
        var partCode = codes.Count > 0 ? string.Join(" / ", codes) : place.PartCode;
        var label = text.Length > 0 ? text : null;
        context.Plan.Budget.Lines.Add(new BudgetLine
        {
            PartCode = partCode,
            Category = CostCategory.Other,
            Label = label,
            Kind = FigureKind.Planned,
            Amount = amount,
            Source = source,
        });
        foreach (var f in fragments)
        {
            context.Claim(f);
        }
    }

    private static string Clean(string text) => CleanText.Cell(text);

    [GeneratedRegex(@"pilari|investointi|osa-alue|työpaketti|toimenpide|kustannu|€|kustannuslaji|vuosi")]
    private static partial Regex ColumnWord();

    [GeneratedRegex(@"^(€|eur|euroa|\(€\)|,? ?€)$", RegexOptions.IgnoreCase)]
    private static partial Regex HeaderTail();

    /// <summary>A row begins with a programme or work code: "Pilari 3", "Investointi 2", "Työpaketti 1.4A", "TP2", "Osa-alue 1".</summary>
    [GeneratedRegex(@"^(Pilari|Investointi|Työpaketti|TP|Osa-alue|Toimenpide)\s*\d", RegexOptions.IgnoreCase)]
    private static partial Regex RowStart();

    [GeneratedRegex(@"^((?<code>(Pilari|Investointi|Työpaketti|TP|Osa-alue|Toimenpide)\s*\d+(\.\d+)?[A-Z]?)\s*)+", RegexOptions.IgnoreCase)]
    private static partial Regex Codes();

    /// <summary>The amount that ends a row: thousands in groups of three ("3 785 426") or a plain number of five or more digits (a four-digit one is a year unless it has €).</summary>
    [GeneratedRegex(@"(^|\s)(?<amount>\d{1,3}( \d{3})+(,\d+)?\s*€?|\d{5,}(,\d+)?\s*€?|\d+(,\d+)?\s*€)$")]
    private static partial Regex TrailingAmount();
}
