using Hankevahti.Text;

namespace Hankevahti.Tests.Text;

public class TerminalTextTests
{
    [Theory]
    // OSC: sets the terminal's window title; BEL ends it (and rings).
    [InlineData("a\u001b]0;pwned\u0007b", "a␛]0;pwned␇b")]
    // CSI: clears the screen.
    [InlineData("\u001b[2J", "␛[2J")]
    // C1 CSI (one byte, 0x9B) and the C1 string terminator: some terminals act on the C1 forms too.
    [InlineData("\u009b31m\u009c", "\\x9b31m\\x9c")]
    // NUL and DEL: invisible, but not harmless to every reader.
    [InlineData("a\u0000b\u007f", "a␀b␡")]
    // A right-to-left override would show "txt.exe" reversed; the pop and the isolates are shown as well.
    [InlineData("x\u202eexe.txt\u202c \u2066i\u2069", "x\\u202eexe.txt\\u202c \\u2066i\\u2069")]
    // Line breaks and tabs of the text are spaces: only the output's own layout breaks lines or fields.
    // A lone CR would move back and overwrite the start of the line; CR LF is one break, one space.
    [InlineData("yksi\r\nkaksi\rkolme\nneljä\tviisi\u2028kuusi", "yksi kaksi kolme neljä viisi kuusi")]
    // Ordinary text, Finnish letters and the euro sign included, stays as it is.
    [InlineData("Hyvän työn ohjelma – 1 200 € «lainaus»", "Hyvän työn ohjelma – 1 200 € «lainaus»")]
    [InlineData("", "")]
    public void Control_and_bidi_characters_are_made_visible(string text, string expected)
    {
        Assert.Equal(expected, TerminalText.Visible(text));
    }

    [Fact]
    public void Null_is_empty_and_safe_text_is_the_same_string()
    {
        const string safe = "Hanke ␛ jo näkyvä";
        Assert.Equal("", TerminalText.Visible(null));
        Assert.Same(safe, TerminalText.Visible(safe));
        // Visible twice is Visible once: what it writes is never unsafe itself.
        var once = TerminalText.Visible("\u001b\u009b\u202e\r\n");
        Assert.Equal(once, TerminalText.Visible(once));
    }
}
