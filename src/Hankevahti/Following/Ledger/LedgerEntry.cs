using Hankevahti.Plans;

namespace Hankevahti.Following.Ledger;

/// <summary>
/// One ledger row read and mapped: keyed by (voucher, line) within its organisation's ledger. CostCentre is the
/// row's cost centre, or its project code when it has no cost centre; PartCode null: the cost centre maps to no
/// work part (the project as a whole).
/// </summary>
public sealed record LedgerEntry(int Row, string Voucher, int Line, DateOnly BookedOn, string Account, string? AccountName,
    string? CostCentre, string? PartCode, CostCategory Category, decimal Amount, string? Text);

/// <summary>What is wrong with a ledger file or one of its rows.</summary>
public enum LedgerProblem
{
    /// <summary>No rows at all, or no heading row.</summary>
    NoHeading,
    /// <summary>A column the import needs is not named by any heading (Value: the column).</summary>
    MissingColumn,
    MissingVoucher,
    BadLine,
    BadDate,
    MissingAccount,
    UnknownAccount,
    BadAmount,
    /// <summary>The same voucher and line twice in one file.</summary>
    DuplicateLine,
    /// <summary>The file is neither delimited text nor a readable .xlsx workbook.</summary>
    Unreadable,
}

/// <summary>A refused row (or file, Row 0... the heading's row): what was found and what was expected.</summary>
public sealed record LedgerError(int Row, LedgerProblem Problem, string? Value)
{
    /// <summary>What was expected, in English (the CLI's words; the web says it in the user's language).</summary>
    public string Expected => Problem switch
    {
        LedgerProblem.NoHeading => "a heading row naming the columns (tosite, pvm, tili, summa …)",
        LedgerProblem.MissingColumn => $"a column headed as the {Value} (for example {LedgerColumnNames.Examples(Value)})",
        LedgerProblem.MissingVoucher => "a voucher number",
        LedgerProblem.BadLine => "a line number (a whole number)",
        LedgerProblem.BadDate => "a date like 2.3.2026 or 2026-03-02",
        LedgerProblem.MissingAccount => "an account number",
        LedgerProblem.UnknownAccount => "an account number that a mapping maps to a cost category (by default operating expenses 4000–4999)",
        LedgerProblem.BadAmount => "an amount like 1 234,56 or -12,50",
        LedgerProblem.DuplicateLine => "each voucher and line once in a file",
        _ => "a ledger export as CSV (; , or tab) or .xlsx",
    };

    /// <summary>"row 7: amount 'abc': expected an amount like 1 234,56 or -12,50".</summary>
    public string Message => Problem switch
    {
        LedgerProblem.MissingColumn => $"row {Row}: no {Value} column: expected {Expected}",
        LedgerProblem.NoHeading or LedgerProblem.Unreadable => $"row {Row}: expected {Expected}",
        _ => $"row {Row}: {What} '{Value}': expected {Expected}",
    };

    private string What => Problem switch
    {
        LedgerProblem.MissingVoucher => "voucher",
        LedgerProblem.BadLine => "line",
        LedgerProblem.BadDate => "date",
        LedgerProblem.MissingAccount or LedgerProblem.UnknownAccount => "account",
        LedgerProblem.BadAmount => "amount",
        LedgerProblem.DuplicateLine => "voucher and line",
        _ => "value",
    };
}

/// <summary>The result of reading a ledger file: its rows, or why it is refused (then no row counts).</summary>
public sealed record LedgerRead(IReadOnlyList<LedgerEntry> Entries, IReadOnlyList<LedgerError> Errors, int RowsRead)
{
    public bool Refused => Errors.Count > 0;
}
