using System.Globalization;
using Hankevahti.Vocabulary;

namespace Hankevahti.Following.Ledger;

/// <summary>
/// Reads a ledger export (pääkirjaote) of one organisation as its finance system gives it: delimited text in
/// UTF-8 or Windows-1252, or an .xlsx workbook (told apart by the file's first bytes, not its name). Columns are
/// found by their headings (<see cref="LedgerWords"/>); the heading row may follow a few title rows. Every row
/// is mapped to a cost category and a work part by <see cref="LedgerMapping"/>. One bad row refuses the whole
/// file: the first <c>maxErrors</c> problems are returned, each with its row number and what was expected.
/// </summary>
public static class LedgerReader
{
    /// <summary>How many rows before the heading may be titles ("Pääkirja 1.1.–31.12.2026", blank lines).</summary>
    private const int HeadingSearchRows = 30;

    public static LedgerRead Read(Stream stream, LedgerMapping mapping, int maxErrors = 20)
    {
        if (!stream.CanSeek)
        {
            var copy = new MemoryStream();
            stream.CopyTo(copy);
            copy.Position = 0;
            stream = copy;
        }
        Span<byte> head = stackalloc byte[4];
        var start = stream.Position;
        var n = stream.ReadAtLeast(head, 4, throwOnEndOfStream: false);
        stream.Position = start;
        if (n == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4)
        {
            try
            {
                return Read(XlsxRecords.Read(stream), mapping, maxErrors);
            }
            catch (Exception e) when (e is InvalidDataException or InvalidOperationException or IOException or System.Xml.XmlException or NotSupportedException or FormatException)
            {
                return new LedgerRead([], [new LedgerError(1, LedgerProblem.Unreadable, null)], 0);
            }
        }
        var encoding = LedgerFileText.Detect(stream);
        using var reader = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024, leaveOpen: true);
        return Read(CsvRecords.Read(reader), mapping, maxErrors);
    }

    /// <summary>Reads records already split into cells (text, or the workbook's numbers and dates).</summary>
    public static LedgerRead Read(IEnumerable<(int Row, object?[] Cells)> records, LedgerMapping mapping, int maxErrors = 20)
    {
        var errors = new List<LedgerError>();
        var entries = new List<LedgerEntry>();
        Columns? columns = null;
        var rowsRead = 0;
        var lineOfVoucher = new Dictionary<string, int>(StringComparer.Ordinal);
        var seen = new Dictionary<(string, int), int>();
        var pool = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (row, cells) in records)
        {
            if (columns is null)
            {
                columns = Columns.Of(cells);
                if (columns is null)
                {
                    if (row >= HeadingSearchRows)
                    {
                        break;
                    }
                    continue;
                }
                if (columns.Missing() is { } missing)
                {
                    return new LedgerRead([], missing.Select(m => new LedgerError(row, LedgerProblem.MissingColumn, m)).ToList(), 0);
                }
                continue;
            }
            if (IsEmpty(cells))
            {
                continue;
            }
            rowsRead++;
            if (errors.Count >= maxErrors)
            {
                continue;
            }
            var entry = Entry(row, cells, columns, mapping, lineOfVoucher, pool, errors);
            if (entry is null)
            {
                continue;
            }
            if (seen.TryGetValue((entry.Voucher, entry.Line), out _))
            {
                errors.Add(new LedgerError(row, LedgerProblem.DuplicateLine, $"{entry.Voucher}/{entry.Line}"));
                continue;
            }
            seen.Add((entry.Voucher, entry.Line), row);
            if (errors.Count == 0)
            {
                entries.Add(entry);
            }
        }
        if (columns is null)
        {
            return new LedgerRead([], [new LedgerError(1, LedgerProblem.NoHeading, null)], 0);
        }
        return errors.Count > 0 ? new LedgerRead([], errors, rowsRead) : new LedgerRead(entries, [], rowsRead);
    }

    private static LedgerEntry? Entry(int row, object?[] cells, Columns c, LedgerMapping mapping, Dictionary<string, int> lineOfVoucher,
        Dictionary<string, string> pool, List<LedgerError> errors)
    {
        var before = errors.Count;
        var voucher = Text(cells, c.Voucher);
        if (voucher is null)
        {
            errors.Add(new LedgerError(row, LedgerProblem.MissingVoucher, ""));
        }
        var date = Date(cells, c.Date);
        if (date is null)
        {
            errors.Add(new LedgerError(row, LedgerProblem.BadDate, Raw(cells, c.Date)));
        }
        var account = Text(cells, c.Account);
        var category = account is null ? null : mapping.CategoryOf(account);
        if (account is null)
        {
            errors.Add(new LedgerError(row, LedgerProblem.MissingAccount, ""));
        }
        else if (category is null)
        {
            errors.Add(new LedgerError(row, LedgerProblem.UnknownAccount, account));
        }
        decimal? amount;
        if (c.Amount >= 0)
        {
            amount = Amount(cells, c.Amount, required: true);
            if (amount is null)
            {
                errors.Add(new LedgerError(row, LedgerProblem.BadAmount, Raw(cells, c.Amount)));
            }
        }
        else
        {
            var debit = Amount(cells, c.Debit, required: false);
            var credit = Amount(cells, c.Credit, required: false);
            amount = debit is null || credit is null ? null : debit - credit;
            if (amount is null)
            {
                errors.Add(new LedgerError(row, LedgerProblem.BadAmount, debit is null ? Raw(cells, c.Debit) : Raw(cells, c.Credit)));
            }
        }
        int line;
        if (c.Line >= 0)
        {
            var lineText = Text(cells, c.Line);
            if (!TryLine(cells[c.Line], lineText, out line))
            {
                errors.Add(new LedgerError(row, LedgerProblem.BadLine, lineText ?? ""));
            }
        }
        else
        {
            // No line column: the row's ordinal within its voucher, so the same export gives the same keys again.
            line = voucher is null ? 0 : lineOfVoucher[voucher] = lineOfVoucher.GetValueOrDefault(voucher) + 1;
        }
        if (errors.Count > before)
        {
            return null;
        }
        var costCentre = Text(cells, c.CostCentre) ?? Text(cells, c.ProjectCode);
        costCentre = costCentre is null ? null : Intern(pool, costCentre);
        return new LedgerEntry(row, voucher!, line, date!.Value, Intern(pool, account!)!, Intern(pool, Text(cells, c.AccountName)), costCentre,
            mapping.PartOf(costCentre), category!.Value, amount!.Value, Text(cells, c.Text));
    }

    private static bool TryLine(object? cell, string? text, out int line)
    {
        line = 0;
        if (cell is double d && d == Math.Floor(d) && d is > 0 and < int.MaxValue)
        {
            line = (int)d;
            return true;
        }
        return text is not null && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out line) && line > 0;
    }

    private static string? Intern(Dictionary<string, string> pool, string? s)
    {
        if (s is null)
        {
            return null;
        }
        if (pool.TryGetValue(s, out var kept))
        {
            return kept;
        }
        // The pool keeps the repeated values (accounts, their names, cost centres), not every text of a big file.
        if (pool.Count < 10_000)
        {
            pool.Add(s, s);
        }
        return s;
    }

    private static bool IsEmpty(object?[] cells)
    {
        foreach (var cell in cells)
        {
            if (cell is not null && (cell is not string s || !string.IsNullOrWhiteSpace(s)))
            {
                return false;
            }
        }
        return true;
    }

    private static object? Cell(object?[] cells, int column) => column >= 0 && column < cells.Length ? cells[column] : null;

    private static string Raw(object?[] cells, int column) => Convert.ToString(Cell(cells, column), CultureInfo.InvariantCulture) ?? "";

    private static string? Text(object?[] cells, int column)
    {
        var cell = Cell(cells, column);
        var text = cell switch
        {
            null => null,
            string s => s,
            double d => d.ToString("0.##########", CultureInfo.InvariantCulture),
            DateTime t => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            _ => Convert.ToString(cell, CultureInfo.InvariantCulture),
        };
        if (text is null)
        {
            return null;
        }
        var span = text.AsSpan().Trim();
        return span.IsEmpty ? null : span.Length == text.Length ? text : span.ToString();
    }

    private static DateOnly? Date(object?[] cells, int column) => Cell(cells, column) switch
    {
        DateTime t => DateOnly.FromDateTime(t),
        DateOnly d => d,
        // A date cell without the workbook's date style is Excel's serial day number.
        double serial when serial is > 1 and < 2958466 => DateOnly.FromDateTime(DateTime.FromOADate(serial)),
        string s when LedgerValues.TryDate(s, out var d) => d,
        _ => null,
    };

    private static decimal? Amount(object?[] cells, int column, bool required) => Cell(cells, column) switch
    {
        null => required ? null : 0m,
        double d => Math.Round((decimal)d, 2),
        decimal m => m,
        int i => i,
        long l => l,
        string s when string.IsNullOrWhiteSpace(s) => required ? null : 0m,
        string s when LedgerValues.TryAmount(s, out var m) => m,
        _ => null,
    };

    /// <summary>Where each column is (-1: not in the file).</summary>
    private sealed class Columns
    {
        public int Voucher = -1, Line = -1, Date = -1, Account = -1, AccountName = -1, CostCentre = -1, ProjectCode = -1,
            Amount = -1, Debit = -1, Credit = -1, Text = -1;

        /// <summary>The columns of a heading row, or null when the row is not one (fewer than three known headings).</summary>
        public static Columns? Of(object?[] cells)
        {
            var c = new Columns();
            var known = 0;
            for (var i = 0; i < cells.Length; i++)
            {
                if (cells[i] is not string heading)
                {
                    continue;
                }
                ref var slot = ref c.Slot(LedgerWords.Classify(heading));
                if (!System.Runtime.CompilerServices.Unsafe.IsNullRef(ref slot) && slot < 0)
                {
                    slot = i;
                    known++;
                }
            }
            return known >= 3 ? c : null;
        }

        public IReadOnlyList<string>? Missing()
        {
            var missing = new List<string>();
            if (Voucher < 0) missing.Add(LedgerColumnNames.Voucher);
            if (Date < 0) missing.Add(LedgerColumnNames.Date);
            if (Account < 0) missing.Add(LedgerColumnNames.Account);
            if (Amount < 0 && (Debit < 0 || Credit < 0)) missing.Add(LedgerColumnNames.Amount);
            return missing.Count > 0 ? missing : null;
        }

        private ref int Slot(LedgerColumn column)
        {
            switch (column)
            {
                case LedgerColumn.Voucher: return ref Voucher;
                case LedgerColumn.Line: return ref Line;
                case LedgerColumn.Date: return ref Date;
                case LedgerColumn.Account: return ref Account;
                case LedgerColumn.AccountName: return ref AccountName;
                case LedgerColumn.CostCentre: return ref CostCentre;
                case LedgerColumn.ProjectCode: return ref ProjectCode;
                case LedgerColumn.Amount: return ref Amount;
                case LedgerColumn.Debit: return ref Debit;
                case LedgerColumn.Credit: return ref Credit;
                case LedgerColumn.Text: return ref Text;
                default: return ref System.Runtime.CompilerServices.Unsafe.NullRef<int>();
            }
        }
    }
}
