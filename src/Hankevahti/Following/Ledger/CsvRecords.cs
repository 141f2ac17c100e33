using System.Text;

namespace Hankevahti.Following.Ledger;

/// <summary>
/// The records of a delimited text file: fields separated by ';', ',' or tab (the one the first line has most of
/// outside quotes), quoted with '"' (a quoted field may hold the separator, doubled quotes and line breaks).
/// Each record is numbered by the file line it starts on, as a spreadsheet program would show it.
/// </summary>
public static class CsvRecords
{
    public static IEnumerable<(int Row, object?[] Cells)> Read(TextReader reader)
    {
        var first = reader.ReadLine();
        if (first is null)
        {
            yield break;
        }
        var separator = SeparatorOf(first);
        var fields = new List<object?>(16);
        var field = new StringBuilder(64);
        var lineNumber = 1;
        string? line = first;
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
                        line = reader.ReadLine();
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
            line = reader.ReadLine();
            lineNumber++;
        }
    }

    /// <summary>The separator the heading line uses most outside quotes; ';' when it has none (one column).</summary>
    public static char SeparatorOf(string line)
    {
        int semicolons = 0, commas = 0, tabs = 0;
        var quoted = false;
        foreach (var c in line)
        {
            switch (c)
            {
                case '"': quoted = !quoted; break;
                case ';' when !quoted: semicolons++; break;
                case ',' when !quoted: commas++; break;
                case '\t' when !quoted: tabs++; break;
            }
        }
        return tabs > semicolons && tabs > commas ? '\t' : commas > semicolons ? ',' : ';';
    }
}
