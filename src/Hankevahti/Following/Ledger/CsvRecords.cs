using System.Text;

namespace Hankevahti.Following.Ledger;

/// <summary>
/// The records of a delimited text file: fields separated by ';', ',' or tab (sniffed from the first lines, as
/// title lines may come before the heading), quoted with '"' (a quoted field may hold the separator, doubled quotes and line breaks).
/// Each record is numbered by the file line it starts on, as a spreadsheet program would show it.
/// </summary>
public static class CsvRecords
{
    public static IEnumerable<(int Row, object?[] Cells)> Read(TextReader reader)
    {
        var head = new List<string>(SniffLines);
        while (head.Count < SniffLines && reader.ReadLine() is { } l)
        {
            head.Add(l);
        }
        if (head.Count == 0)
        {
            yield break;
        }
        var separator = SeparatorOf(head);
        var buffered = 0;
        string? Next() => buffered < head.Count ? head[buffered++] : reader.ReadLine();
        var fields = new List<object?>(16);
        var field = new StringBuilder(64);
        var lineNumber = 1;
        string? line = Next();
        while (line is not null)
        {
            var row = lineNumber;
            fields.Clear();
            field.Clear();
            var quoted = false;
            var i = 0;
            while (true)
            {
                if (i >= line.Length)
                {
                    if (quoted)
                    {
                        // A line break inside quotes belongs to the field.
                        line = Next();
                        lineNumber++;
                        if (line is null)
                        {
                            break;
                        }
                        field.Append('\n');
                        i = 0;
                        continue;
                    }
                    break;
                }
                var c = line[i];
                if (quoted)
                {
                    if (c == '"')
                    {
                        if (i + 1 < line.Length && line[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }
                        quoted = false;
                    }
                    else
                    {
                        field.Append(c);
                    }
                }
                else if (c == '"' && field.Length == 0)
                {
                    quoted = true;
                }
                else if (c == separator)
                {
                    fields.Add(field.ToString());
                    field.Clear();
                }
                else
                {
                    field.Append(c);
                }
                i++;
            }
            fields.Add(field.ToString());
            yield return (row, fields.ToArray());
            line = Next();
            lineNumber++;
        }
    }

    private const int SniffLines = 30;

    /// <summary>
    /// The separator of the first lines: the candidate that the most lines have the same number of, weighted by
    /// that number. The heading and the rows share it; a decimal comma in each amount is once a line and loses
    /// to six semicolons; title lines have none. ';' when no line has any.
    /// </summary>
    public static char SeparatorOf(IReadOnlyList<string> lines)
    {
        var best = ';';
        var bestScore = 0;
        foreach (var candidate in new[] { ';', '\t', ',' })
        {
            var frequency = new Dictionary<int, int>();
            foreach (var line in lines)
            {
                var n = CountOutsideQuotes(line, candidate);
                if (n > 0)
                {
                    frequency[n] = frequency.GetValueOrDefault(n) + 1;
                }
            }
            var score = frequency.Count == 0 ? 0 : frequency.Max(f => f.Key * f.Value);
            if (score > bestScore)
            {
                (best, bestScore) = (candidate, score);
            }
        }
        return best;
    }

    private static int CountOutsideQuotes(string line, char separator)
    {
        var n = 0;
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == separator && !quoted)
            {
                n++;
            }
        }
        return n;
    }
}
