using System.Globalization;
using System.Text;

namespace Hankevahti.Text;

/// <summary>
/// Text from outside (a plan's title, a finding quoting the plan, a file name) made safe to print on a
/// terminal. A terminal obeys control characters: ESC starts sequences that set the window title (OSC),
/// clear the screen or move the cursor (CSI), and some terminals have had exploitable sequences; BEL rings;
/// a carriage return overwrites the line. Bidi overrides and isolates reorder what follows them, so a name
/// can be shown as something it is not. Every such character is made visible instead:
/// C0 controls as their Unicode control pictures (ESC → ␛, BEL → ␇), DEL as ␡, C1 controls as \x9b,
/// bidi overrides and isolates as \u202e. Tabs and line breaks become a space: only the output's own
/// layout (written by the caller around this text) may break a line or separate fields.
/// </summary>
public static class TerminalText
{
    /// <summary><paramref name="text"/> with nothing a terminal would act on; the same string when it has nothing to change.</summary>
    public static string Visible(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        if (!text.AsSpan().ContainsAny(Unsafe))
        {
            return text;
        }
        var sb = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n':
                    // CR LF is one line break: one space.
                    break;
                case '\t' or '\n' or '\r' or '\v' or '\f' or '\u2028' or '\u2029':
                    sb.Append(' ');
                    break;
                case < '\u0020':
                    sb.Append((char)(0x2400 + c));
                    break;
                case '\u007f':
                    sb.Append('\u2421');
                    break;
                case >= '\u0080' and <= '\u009f':
                    sb.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
                    break;
                case (>= '\u202a' and <= '\u202e') or (>= '\u2066' and <= '\u2069'):
                    sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }
        return sb.ToString();
    }

    private static readonly System.Buffers.SearchValues<char> Unsafe = System.Buffers.SearchValues.Create(
        Range('\u0000', '\u001f') + Range('\u007f', '\u009f') + Range('\u202a', '\u202e') + Range('\u2066', '\u2069') + "\u2028\u2029");

    private static string Range(char first, char last) =>
        new(Enumerable.Range(first, last - first + 1).Select(i => (char)i).ToArray());
}
