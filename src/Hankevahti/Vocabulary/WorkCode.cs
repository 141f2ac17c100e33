using System.Text;
using System.Text.RegularExpressions;

namespace Hankevahti.Vocabulary;

/// <summary>
/// The code of a work part or an action as plans write it: "1", "1.1", "1.4A", "A", "F.1", "2.3.1", "TP2B",
/// "Pilari 4". Two codes are the same when their <see cref="Key"/>s are: case, spaces and a closing dot,
/// colon or bracket do not count ("F.1." = "f.1", "tp 2b" = "TP2B").
/// </summary>
public readonly partial record struct WorkCode
{
    private WorkCode(string text, string key)
    {
        Text = text;
        Key = key;
    }

    /// <summary>The code as written, trimmed.</summary>
    public string Text { get; }

    /// <summary>The code for comparing: upper case, without spaces and a closing dot, colon or bracket.</summary>
    public string Key { get; }

    /// <summary>The code without a leading kind word or a prefix of two or more letters: "Pilari 4" → "4", "TP2B" → "2B".</summary>
    public string Bare => BareOf(Key);

    /// <summary>The dot-separated segments of the bare code: "2.3.1" → ["2", "3", "1"].</summary>
    public IReadOnlyList<string> Segments => Bare.Split('.', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The code one level up ("1.4A" → "1"), or null for a top-level code.</summary>
    public WorkCode? Parent
    {
        get
        {
            var bare = Bare;
            var dot = bare.LastIndexOf('.');
            return dot <= 0 ? null : Of(bare[..dot]);
        }
    }

    public static WorkCode Of(string? text)
    {
        var t = (text ?? "").Trim();
        return new WorkCode(t, KeyOf(t));
    }

    /// <summary>
    /// A code on its own, as a heading or a cell writes it: digits with dots and an optional letter ("1.4A",
    /// "2.3.1"), or a capital letter with optional numbers ("A", "F.1"); a closing dot is allowed.
    /// </summary>
    public static bool TryParse(string? text, out WorkCode code)
    {
        code = default;
        var t = (text ?? "").Trim();
        if (!Grammar().IsMatch(t))
        {
            return false;
        }
        code = Of(t);
        return true;
    }

    /// <summary>"F.1." → "F.1", "tp 2b" → "TP2B", "Pilari 4" → "PILARI4".</summary>
    public static string KeyOf(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return "";
        }
        // Most codes are keys already ("1.1", "A", "TP2"): lookups key every code of the plan for each one sought.
        if (IsKey(code))
        {
            return code;
        }
        var sb = new StringBuilder();
        foreach (var c in code.Trim().TrimEnd('.', ':', ')'))
        {
            if (!char.IsWhiteSpace(c))
            {
                sb.Append(char.ToUpperInvariant(c));
            }
        }
        return sb.ToString();
    }

    // What KeyOf would give back unchanged: no white space, nothing to upper-case, no trailing ".", ":" or ")".
    private static bool IsKey(string code)
    {
        if (code[^1] is '.' or ':' or ')')
        {
            return false;
        }
        foreach (var c in code)
        {
            if (char.IsWhiteSpace(c) || char.ToUpperInvariant(c) != c)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The key without a leading kind word or letters-only prefix of two or more letters.</summary>
    public static string BareOf(string? code)
    {
        var key = KeyOf(code);
        var m = Prefix().Match(key);
        return m.Success && m.Length < key.Length ? key[m.Length..] : key;
    }

    public bool Equals(WorkCode other) => string.Equals(Key, other.Key, StringComparison.Ordinal);

    public override int GetHashCode() => (Key ?? "").GetHashCode(StringComparison.Ordinal);

    public override string ToString() => Text;

    [GeneratedRegex(@"^(\d{1,2}(\.\d{1,2})*[A-Za-z]?|[A-ZÅÄÖ](\.\d{1,2})*)\.?$")]
    private static partial Regex Grammar();

    [GeneratedRegex(@"^[A-ZÅÄÖ][A-ZÅÄÖ\-]+(?=\d)")]
    private static partial Regex Prefix();
}
