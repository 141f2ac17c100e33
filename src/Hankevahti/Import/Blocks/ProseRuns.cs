using Hankevahti.Plans;
using Hankevahti.Reading;

namespace Hankevahti.Import.Blocks;

/// <summary>One sentence-bearing run of prose: the blocks it was made of, its text, and where it stands.</summary>
public sealed record ProseRun(IReadOnlyList<Block> Blocks, string Text, SourceRef Source);

/// <summary>
/// The prose of a section as runs that hold whole sentences. A Word or text export gives one block per
/// paragraph, so each paragraph or list item is a run. PDF text gives one block per visual line, and a sentence
/// such as "… kokonaisbudjetti on 936 000 €, josta omarahoituksen osuus on 187 200 €" is cut between lines:
/// read line by line, the own funding would lose the total it is a share of. Lines are joined while a line
/// does not end a sentence, so that recognisers read the same sentences from every format.
/// </summary>
public static class ProseRuns
{
    // A PDF paragraph is rarely longer; the bound keeps a page of text without full stops from becoming one run.
    private const int MaxPdfLines = 12;

    public static IEnumerable<ProseRun> Of(IReadOnlyList<Block> blocks, bool pdfText, Func<Block, bool>? skip = null)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (skip?.Invoke(block) == true)
            {
                continue;
            }
            switch (block)
            {
                case ListItemBlock li:
                    yield return new ProseRun([li], li.Text, li.Source);
                    break;
                case ParagraphBlock p when !pdfText:
                    yield return new ProseRun([p], p.Text, p.Source);
                    break;
                case ParagraphBlock p:
                    var run = new List<Block> { p };
                    var text = p.Text.TrimEnd();
                    while (!EndsSentence(text) && run.Count < MaxPdfLines && i + 1 < blocks.Count
                        && blocks[i + 1] is ParagraphBlock next && skip?.Invoke(next) != true && next.Text.Trim().Length > 0
                        && NextLine(run[^1], next))
                    {
                        run.Add(next);
                        var line = next.Text.Trim();
                        // A word hyphenated at the line's end ("kustannus-" / "arvio") is one word again.
                        text = text.EndsWith('-') && !text.EndsWith(" -") && line.Length > 0 && char.IsLower(line[0]) ? text[..^1] + line : $"{text} {line}";
                        i++;
                    }
                    var last = run[^1].Source;
                    var source = run.Count == 1 ? p.Source : p.Source with { EndLine = last.EndLine ?? last.Line };
                    yield return new ProseRun(run, text, source);
                    break;
            }
        }
    }

    // A blank line between two lines ends the paragraph: the next line must follow right after.
    private static bool NextLine(Block previous, Block next) =>
        previous.Source.Line is not { } a || next.Source.Line is not { } b || b == (previous.Source.EndLine ?? a) + 1;

    private static bool EndsSentence(string text) => text.Length == 0 || ".!?:;".Contains(text[^1]);
}
