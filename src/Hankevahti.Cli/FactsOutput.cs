using Hankevahti.Facts;
using Hankevahti.Import;
using Hankevahti.Text;

namespace Hankevahti.Cli;

/// <summary>
/// What 'hankevahti import --facts' prints: the facts fingerprint (docs/facts.md) of each imported plan.
/// Text goes through <see cref="TerminalText.Visible"/> line by line, as everything taken from a file does.
/// </summary>
internal static class FactsOutput
{
    public static string Text(ImportResult result, bool several)
    {
        var text = FactsFingerprint.Text(FactsFingerprint.Of(result.Plan!));
        var lines = text.TrimEnd('\n').Split('\n').Select(TerminalText.Visible);
        // Several files: each fingerprint under its file's name, indented, so they can be told apart.
        return several
            ? $"{TerminalText.Visible(result.File)}:\n" + string.Concat(lines.Select(l => "  " + l + "\n"))
            : string.Concat(lines.Select(l => l + "\n"));
    }

    public static string Json(IReadOnlyList<ImportResult> succeeded, bool several)
    {
        if (!several)
        {
            return succeeded.Count == 1 ? FactsFingerprint.Json(FactsFingerprint.Of(succeeded[0].Plan!)) : "";
        }
        // Several files: an array of {file, facts}, since the fingerprint itself does not name its file.
        var docs = succeeded.Select(r => System.Text.Json.JsonSerializer.Serialize(
            new { file = r.File, facts = FactsFingerprint.Of(r.Plan!) }, FactsFingerprint.JsonOptions));
        return "[\n  " + string.Join(",\n  ", docs.Select(d => d.Replace("\n", "\n  "))) + "\n]\n";
    }
}
