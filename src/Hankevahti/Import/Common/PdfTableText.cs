using System.Text;
using System.Text.RegularExpressions;
using Hankevahti.Reading;

namespace Hankevahti.Import.Common;

/// <summary>
/// Rebuilds a goal / action / monitoring table from PDF text, where pdftotext wrote one cell fragment
/// per line and went column by column within a row, sometimes interleaving the columns of long rows.
/// The lines are first joined into cell texts (a capital letter or a bullet after a finished line starts
/// a new cell; a lower-case start continues the most recent unfinished one), then each cell is given a
/// column by a small Viterbi pass: the wording says which column a text looks like (a Finnish passive
/// verb "Laaditaan…" is an action, "…määrä" or a yes/no answer a measure, a finished clause a goal) and the
/// column order says what may follow what (goal → action → measure → next row's goal).
/// </summary>
public static partial class PdfTableText
{
    public enum Column { Goal = 0, Action = 1, Measure = 2 }

    /// <summary>One rebuilt cell: its text, its column and the lines it came from.</summary>
    public sealed record Cell(string Text, Column Column, IReadOnlyList<Block> Lines);

    /// <summary>One rebuilt row: the goal text (may be empty when a row only continues actions), actions and measures.</summary>
    public sealed record Row(IReadOnlyList<Cell> Goals, IReadOnlyList<Cell> Actions, IReadOnlyList<Cell> Measures);

    /// <summary>True for the header line of such a table: goal, actions and monitoring (or measures) in one line.</summary>
    public static bool IsHeader(string line)
    {
        var t = CleanText.Key(line);
        return HeaderPattern().IsMatch(t);
    }

    /// <summary>A page footer such as "18(35)" that pdftotext left inside the table.</summary>
    public static bool IsPageFooter(string line) => FooterPattern().IsMatch(line.Trim());

    /// <summary>Joins fragment lines into cell texts, in the order the cells began.</summary>
    public static List<(string Text, List<Block> Lines)> JoinFragments(IEnumerable<(string Text, Block Block)> lines)
    {
        var cells = new List<(StringBuilder Text, List<Block> Lines)>();
        foreach (var (raw, block) in lines)
        {
            var line = CleanText.Squeeze(CleanText.StripEmphasis(raw));
            if (line.Length == 0)
            {
                continue;
            }
            int target;
            if (cells.Count == 0)
            {
                target = -1;
            }
            else if (!StartsCell(line))
            {
                // A lower-case start continues a cell: the last one when it is unfinished, otherwise the
                // most recent one left hanging ("… hoidon jatkuvuuden" + "varmistamiseksi …").
                target = !IsTerminated(cells[^1].Text.ToString()) ? cells.Count - 1 : LastOpen(cells) ?? cells.Count - 1;
            }
            else if (IsBullet(line) && cells[^1].Text.ToString().TrimEnd().EndsWith(':'))
            {
                // "Palvelun:" followed by "- …" items: the items complete the cell.
                target = cells.Count - 1;
            }
            else if (EndsOpen(cells[^1].Text.ToString()) && !IsBullet(line) && !StrongStart(line))
            {
                target = cells.Count - 1;
            }
            else
            {
                target = -1;
            }
            if (target < 0)
            {
                cells.Add((new StringBuilder(line), [block]));
            }
            else
            {
                Append(cells[target].Text, line);
                cells[target].Lines.Add(block);
            }
        }
        return cells.Select(c => (c.Text.ToString().Trim(), c.Lines)).ToList();
    }

    /// <summary>Rebuilds the rows of a table from its fragment lines (header line excluded).</summary>
    public static List<Row> Read(IEnumerable<(string Text, Block Block)> lines, Column[]? headerOrder = null)
    {
        var cells = JoinFragments(lines);
        if (cells.Count == 0)
        {
            return [];
        }
        var columns = Assign(cells.Select(c => c.Text).ToList());
        var rows = new List<Row>();
        List<Cell> goals = [], actions = [], measures = [];
        Column? previous = null;
        for (var i = 0; i < cells.Count; i++)
        {
            var col = columns[i];
            // Going back to the goal column after actions or measures starts the next row.
            if (col == Column.Goal && previous is Column.Action or Column.Measure && (goals.Count + actions.Count + measures.Count) > 0)
            {
                rows.Add(new Row(goals, actions, measures));
                goals = [];
                actions = [];
                measures = [];
            }
            var cell = new Cell(cells[i].Text, col, cells[i].Lines);
            (col switch { Column.Goal => goals, Column.Action => actions, _ => measures }).Add(cell);
            previous = col;
        }
        if (goals.Count + actions.Count + measures.Count > 0)
        {
            rows.Add(new Row(goals, actions, measures));
        }
        return rows;
    }

    /// <summary>The most likely column of every cell, given the wording and the column order.</summary>
    internal static Column[] Assign(IReadOnlyList<string> texts)
    {
        const int n = 3;
        // Log-scores of moving from one column to the next; a row is read goal → action → measure.
        double[,] move =
        {
            { 0.0, 0.0, -1.5 },   // from goal
            { -2.0, 0.0, 0.0 },   // from action: back to goal means a new row, which needs a measure first as a rule
            { -0.3, -1.5, 0.0 },  // from measure
        };
        double[] start = [0.0, -2.0, -3.0];
        var score = new double[texts.Count, n];
        var back = new int[texts.Count, n];
        for (var i = 0; i < texts.Count; i++)
        {
            var e = Emission(texts[i]);
            for (var c = 0; c < n; c++)
            {
                if (i == 0)
                {
                    score[i, c] = start[c] + e[c];
                    continue;
                }
                var best = double.NegativeInfinity;
                var arg = 0;
                for (var p = 0; p < n; p++)
                {
                    var s = score[i - 1, p] + move[p, c];
                    if (s > best)
                    {
                        best = s;
                        arg = p;
                    }
                }
                score[i, c] = best + e[c];
                back[i, c] = arg;
            }
        }
        var result = new Column[texts.Count];
        var last = 0;
        for (var c = 1; c < n; c++)
        {
            if (score[texts.Count - 1, c] > score[texts.Count - 1, last])
            {
                last = c;
            }
        }
        for (var i = texts.Count - 1; i >= 0; i--)
        {
            result[i] = (Column)last;
            last = back[i, last];
        }
        return result;
    }

    /// <summary>How much a text looks like a goal, an action or a measure (log-scores).</summary>
    internal static double[] Emission(string text)
    {
        var t = text.Trim().TrimStart('•', '-', ' ');
        var lower = t.ToLowerInvariant();
        var words = WordPattern().Matches(t).Select(m => m.Value).ToList();
        double g = 0, a = 0, m = 0;

        var passiveAt = words.Take(4).Select((w, k) => (w, k)).FirstOrDefault(x => IsPassiveVerb(x.w));
        if (passiveAt.w is not null)
        {
            // "Laaditaan …" opens an action; "… jonot saadaan purettua" later in a clause is weaker evidence.
            var weight = passiveAt.k switch { 0 => 3.0, 1 => 2.0, _ => 1.0 };
            a += weight;
            g -= passiveAt.k == 0 ? 1.0 : 0.0;
            m -= 1.5;
            if (passiveAt.w.StartsWith("seura", StringComparison.OrdinalIgnoreCase))
            {
                m += 2.0;
            }
        }
        if (MeasurePattern().IsMatch(lower))
        {
            m += 2.5;
        }
        if (words.Count <= 5 && passiveAt.w is null && !t.EndsWith('.'))
        {
            m += 1.0;
        }
        if (StatePattern().IsMatch(lower))
        {
            // "… on kuvattu", "… on tehty ja otettu käyttöön": a state that is checked, goal or measure alike.
            m += 0.8;
            g += 0.8;
        }
        if (lower.StartsWith("tavoite", StringComparison.Ordinal))
        {
            g += 3.0;
        }
        if (FiniteVerbPattern().IsMatch(lower) && passiveAt.w is null)
        {
            g += 1.2;
        }
        if (words.Count >= 8 && t.EndsWith('.'))
        {
            g += 0.8;
        }
        if (words.Count > 0 && words.Take(2).Any(w => w.EndsWith("minen", StringComparison.OrdinalIgnoreCase) || w.EndsWith("minen,", StringComparison.OrdinalIgnoreCase)))
        {
            a += 0.6;
            g += 0.4;
        }
        return [g, a, m];
    }

    /// <summary>Finnish passive present ("laaditaan", "kehitetään", "otetaan", "osallistutaan").</summary>
    internal static bool IsPassiveVerb(string word)
    {
        var w = word.ToLowerInvariant();
        return w.Length >= 6 && PassivePattern().IsMatch(w) && !NotPassive.Contains(w);
    }

    // Words that end like a passive verb but are not one (illatives and the like).
    private static readonly HashSet<string> NotPassive = ["alueeseen", "tasoon", "hoitoon", "käyttöön", "puheeksiottoon", "perustasolle", "tukeen"];

    private static int? LastOpen(List<(StringBuilder Text, List<Block> Lines)> cells)
    {
        for (var i = cells.Count - 1; i >= 0 && i >= cells.Count - 12; i--)
        {
            if (EndsOpen(cells[i].Text.ToString()))
            {
                return i;
            }
        }
        for (var i = cells.Count - 1; i >= 0 && i >= cells.Count - 12; i--)
        {
            if (!IsTerminated(cells[i].Text.ToString()))
            {
                return i;
            }
        }
        return null;
    }

    private static bool EndsOpen(string text)
    {
        var t = text.TrimEnd();
        if (t.Length == 0)
        {
            return false;
        }
        if (t[^1] is ',' or '-' or '(' or '–')
        {
            return true;
        }
        var lastWord = t[(t.LastIndexOf(' ') + 1)..].ToLowerInvariant();
        return IsPassiveVerb(lastWord) || lastWord is "ja" or "sekä" or "tai" or "eri" or "(ml." or "ml." or "(esim." or "esim." or "mm." or "(mm." or "per" or "yli" or "sille," || OpenParen(t);
    }

    private static bool IsTerminated(string text)
    {
        var t = text.TrimEnd();
        return t.Length > 0 && t[^1] is '.' or '!' or '?' or ')' or ':' && !OpenParen(t);
    }

    private static bool OpenParen(string t) => t.Count(c => c == '(') > t.Count(c => c == ')');

    private static bool StartsCell(string line)
    {
        var c = line[0];
        return char.IsUpper(c) || IsBullet(line) || char.IsDigit(c) || c is '"' or '”' or '“';
    }

    // A capital letter after a line ending in "ja" may still continue a name ("… ja HUS"), but a passive verb starts a new cell.
    private static bool StrongStart(string line)
    {
        var first = WordPattern().Match(line);
        return first.Success && IsPassiveVerb(first.Value);
    }

    private static bool IsBullet(string line) => line.StartsWith('•') || line.StartsWith("- ", StringComparison.Ordinal) || EnumPattern().IsMatch(line);

    private static void Append(StringBuilder sb, string line)
    {
        if (sb.Length > 0)
        {
            // "sote-" + "keskushankkeessa" joins without a space; "Neljän tuulen -" + "teemoissa" keeps it.
            var hyphenated = sb[^1] == '-' && sb.Length > 1 && char.IsLetterOrDigit(sb[^2])
                && !(line.StartsWith("ja ", StringComparison.Ordinal) || line.StartsWith("tai ", StringComparison.Ordinal) || line.StartsWith("sekä ", StringComparison.Ordinal));
            if (!hyphenated)
            {
                sb.Append(' ');
            }
        }
        sb.Append(line);
    }

    [GeneratedRegex(@"^tavoite(et)?\s+toimenpite(et|iden)?\s+(seuranta|mittari(t)?|indikaattori(t)?|arviointi)\b")]
    private static partial Regex HeaderPattern();

    [GeneratedRegex(@"^\d{1,3}\s?\(\d{1,3}\)$")]
    private static partial Regex FooterPattern();

    [GeneratedRegex(@"^\d{1,2}\)\s")]
    private static partial Regex EnumPattern();

    [GeneratedRegex(@"[\p{L}][\p{L}\-]*")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"^[\p{L}]+(t|d|ll|rr|nn)(aan|ään)$")]
    private static partial Regex PassivePattern();

    [GeneratedRegex(@"määr(ä|ät|ää)\b|\blkm\b|\bosuus\b|%|kyllä\s*/\s*ei|\(kyllä|toteutuminen\b|tyytyväisyys|indeksi|käynnit\b|kysely\b|palaute\b|mittari|käyttäjämäär|asiakasmäär|käyntimäär|\bper\s+1000\b|seurataan")]
    private static partial Regex MeasurePattern();

    [GeneratedRegex(@"\b(on|ovat)\s+(\w+\s+)?\w+(ttu|tty|nut|nyt|lut|lyt)\b")]
    private static partial Regex StatePattern();

    [GeneratedRegex(@"\b(on|ovat|lisääntyy|paranee|toteutuu|toteutuvat|vähenee|vähenevät|kasvaa|tukee|näyttäytyy|toimii|saavat|pysyy|lisää|vahvistuu)\b")]
    private static partial Regex FiniteVerbPattern();
}
