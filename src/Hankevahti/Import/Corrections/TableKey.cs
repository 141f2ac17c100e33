using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Hankevahti.Reading;
using Hankevahti.Vocabulary;

namespace Hankevahti.Import.Corrections;

/// <summary>
/// Names a table so that a correction finds it again in the next version of the same document: its place
/// among the document's tables and a short fingerprint of its header row's text. A table that moved (one
/// added before it) is still found by its fingerprint when no other table has the same header.
/// </summary>
public sealed record TableKey(int Index, string Fingerprint)
{
    public override string ToString() => $"{Index.ToString(CultureInfo.InvariantCulture)}:{Fingerprint}";

    public static bool TryParse(string? text, out TableKey key)
    {
        key = new TableKey(0, "");
        var colon = text?.IndexOf(':') ?? -1;
        if (colon <= 0 || !int.TryParse(text![..colon], NumberStyles.None, CultureInfo.InvariantCulture, out var index) || text.Length - colon - 1 is < 1 or > 16)
        {
            return false;
        }
        key = new TableKey(index, text[(colon + 1)..]);
        return true;
    }

    /// <summary>The document's tables in order, each with its key.</summary>
    public static IReadOnlyList<(TableKey Key, TableBlock Table)> Of(ReadResult read) =>
        read.Blocks.OfType<TableBlock>().Select((t, i) => (new TableKey(i, FingerprintOf(t)), t)).ToList();

    /// <summary>The header row: the first row with any text, as the cells' clean text in lower case.</summary>
    public static IReadOnlyList<string> Header(TableBlock table) =>
        table.Rows.FirstOrDefault(r => r.Cells.Any(c => !CleanText.IsBlank(c.Text)))?.Cells.Select(c => CleanText.Cell(c.Text)).ToList() ?? [];

    /// <summary>The index of the header row (see <see cref="Header"/>); 0 for an empty table.</summary>
    public static int HeaderRow(TableBlock table)
    {
        for (var r = 0; r < table.Rows.Count; r++)
        {
            if (table.Rows[r].Cells.Any(c => !CleanText.IsBlank(c.Text)))
            {
                return r;
            }
        }
        return 0;
    }

    public static string FingerprintOf(TableBlock table)
    {
        var text = string.Join("|", Header(table).Select(h => CleanText.Key(h)));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..8];
    }

    /// <summary>The table a correction names: the same key, or else the only table with the same fingerprint.</summary>
    public static TableBlock? Find(IReadOnlyList<(TableKey Key, TableBlock Table)> tables, TableKey key)
    {
        foreach (var (k, t) in tables)
        {
            if (k == key)
            {
                return t;
            }
        }
        var same = tables.Where(x => x.Key.Fingerprint == key.Fingerprint).ToList();
        return same.Count == 1 ? same[0].Table : null;
    }
}
