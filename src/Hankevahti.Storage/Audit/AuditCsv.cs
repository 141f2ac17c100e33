using System.Globalization;
using System.Text;
using Hankevahti.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Storage.Audit;

/// <summary>
/// The audit log as CSV (RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote or line break quoted,
/// quotes doubled), for the CLI's `audit export` and the web's download alike. The caller writes UTF-8.
/// </summary>
public static class AuditCsv
{
    public static readonly IReadOnlyList<string> Header =
        ["id", "at", "user_id", "user_name", "address", "action", "outcome", "project_id", "version_number", "item", "before", "after", "previous_hash", "hash"];

    /// <summary>Writes the header and the rows of <paramref name="projectId"/> (every row when null), oldest first.</summary>
    public static async Task<long> WriteAsync(HankevahtiDb db, int? projectId, TextWriter output, CancellationToken ct = default)
    {
        await output.WriteAsync(Line(Header));
        var rows = db.AuditLog.AsNoTracking();
        if (projectId is { } id)
        {
            rows = rows.Where(r => r.ProjectId == id);
        }
        long count = 0;
        await foreach (var row in rows.OrderBy(r => r.Id).AsAsyncEnumerable().WithCancellation(ct))
        {
            await output.WriteAsync(Line(Fields(row)));
            count++;
        }
        return count;
    }

    public static IReadOnlyList<string?> Fields(AuditRow row) =>
    [
        row.Id.ToString(CultureInfo.InvariantCulture),
        row.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
        row.UserId, row.UserName, row.Address, row.Action, row.Outcome,
        row.ProjectId?.ToString(CultureInfo.InvariantCulture),
        row.VersionNumber?.ToString(CultureInfo.InvariantCulture),
        row.Item, row.BeforeValue, row.AfterValue, row.PreviousHash, row.Hash,
    ];

    /// <summary>One record with its CRLF.</summary>
    public static string Line(IEnumerable<string?> fields) => string.Join(",", fields.Select(Field)) + "\r\n";

    /// <summary>
    /// One field: a text a spreadsheet would take for a formula (=, +, -, @, or a tab or carriage return before one)
    /// gets an apostrophe in front, so that opening the export cannot run what a user typed into a plan; then quoted
    /// when it holds a comma, a quote or a line break.
    /// </summary>
    public static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }
        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }

    /// <summary>UTF-8 without a byte-order mark, as files for scripts are written.</summary>
    public static Encoding Encoding { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
}
