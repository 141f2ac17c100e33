using System.Text;

namespace Hankevahti.Following.Values;

/// <summary>A row of a values file as written: its row number in the file (the header is row 1) and its four fields.</summary>
public sealed record ValueCsvRow(int Row, string Indicator, string Period, string Value, string? Comment);

/// <summary>
/// Reads a CSV file of measured values: a header naming the columns indicator, period, value and comment (in
/// Finnish, Swedish or English; comment may be left out), fields separated by ';' (what Finnish Excel writes) or
/// ',', quoted with '"' when they hold the separator. The first problem is returned with its row number; the
/// caller stores nothing then.
/// </summary>
public static class ValueCsv
{
    private static readonly Dictionary<string, string> Headers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["indicator"] = "indicator", ["mittari"] = "indicator", ["indikator"] = "indicator", ["indicator id"] = "indicator", ["indicator code"] = "indicator",
        ["period"] = "period", ["kausi"] = "period", ["raportointikausi"] = "period", ["period code"] = "period",
        ["value"] = "value", ["arvo"] = "value", ["värde"] = "value",
        ["comment"] = "comment", ["kommentti"] = "comment", ["kommentar"] = "comment",
    };

    public static (IReadOnlyList<ValueCsvRow> Rows, string? Problem) Read(string text)
    {
        var lines = Lines(text.TrimStart('\uFEFF')).ToList();
        if (lines.Count == 0 || string.IsNullOrWhiteSpace(lines[0].Text))
        {
            return ([], "row 1: the file is empty; expected a header: indicator;period;value;comment");
        }
        var separator = lines[0].Text.Count(c => c == ';') >= lines[0].Text.Count(c => c == ',') && lines[0].Text.Contains(';') ? ';' : ',';
        var (header, headerProblem) = Split(lines[0].Text, separator);
        if (headerProblem is not null)
        {
            return ([], $"row 1: {headerProblem}");
        }
        var columns = new Dictionary<string, int>();
        for (var i = 0; i < header.Count; i++)
        {
            if (!Headers.TryGetValue(header[i].Trim(), out var name) || !columns.TryAdd(name, i))
            {
                return ([], $"row 1: column '{header[i].Trim()}' is unknown or repeated; expected the columns indicator, period, value and comment");
            }
        }
        foreach (var needed in new[] { "indicator", "period", "value" })
        {
            if (!columns.ContainsKey(needed))
            {
                return ([], $"row 1: the header has no '{needed}' column; expected indicator;period;value;comment");
            }
        }
        var rows = new List<ValueCsvRow>();
        foreach (var (number, line) in lines.Skip(1))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            var (fields, problem) = Split(line, separator);
            if (problem is not null)
            {
                return ([], $"row {number}: {problem}");
            }
            if (fields.Count != header.Count)
            {
                return ([], $"row {number}: {fields.Count} fields; expected {header.Count} as in the header, separated by '{separator}'");
            }
            rows.Add(new ValueCsvRow(number, fields[columns["indicator"]].Trim(), fields[columns["period"]].Trim(), fields[columns["value"]].Trim(),
                columns.TryGetValue("comment", out var c) ? fields[c] : null));
        }
        return (rows, null);
    }

    // Lines with their row numbers; a quoted field may hold a line break, so a row may span lines.
    private static IEnumerable<(int Number, string Text)> Lines(string text)
    {
        var current = new StringBuilder();
        var quoted = false;
        var number = 1;
        var start = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '"')
            {
                quoted = !quoted;
            }
            if (c == '\n' || (c == '\r' && !quoted))
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
                if (!quoted)
                {
                    yield return (start, current.ToString());
                    current.Clear();
                    number++;
                    start = number;
                    continue;
                }
                number++;
            }
            current.Append(c);
        }
        if (current.Length > 0)
        {
            yield return (start, current.ToString());
        }
    }

    private static (List<string> Fields, string? Problem) Split(string line, char separator)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"' && field.ToString().Trim().Length == 0)
            {
                field.Clear();
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
        }
        if (quoted)
        {
            return (fields, "a quoted field is not closed; expected a closing '\"'");
        }
        fields.Add(field.ToString());
        return (fields, null);
    }
}
