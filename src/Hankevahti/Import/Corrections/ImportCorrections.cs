using System.Text.Json;
using System.Text.Json.Serialization;

namespace Hankevahti.Import.Corrections;

/// <summary>
/// What the user told the import preview about one document: the project's title, and for tables the
/// importer misread or did not know, what each table is and what its columns hold. Stored with the
/// imported version so that the next version of the same document is read the same way without asking
/// again (docs/import-preview.md).
/// </summary>
public sealed record ImportCorrections
{
    /// <summary>The project's name as the user chose or typed it; null to keep what the importer found.</summary>
    public string? Title { get; init; }

    public IReadOnlyList<TableCorrection> Tables { get; init; } = [];

    [JsonIgnore]
    public bool IsEmpty => string.IsNullOrWhiteSpace(Title) && Tables.Count == 0;

    /// <summary>The correction of a table, or null when it has none.</summary>
    public TableCorrection? For(TableKey key) => Tables.FirstOrDefault(t => t.Table == key.ToString());

    /// <summary>These corrections with one table's replaced (or removed when <paramref name="correction"/> is null).</summary>
    public ImportCorrections WithTable(TableKey key, TableCorrection? correction) => this with
    {
        Tables = [.. Tables.Where(t => t.Table != key.ToString()), .. correction is null ? [] : new[] { correction with { Table = key.ToString() } }],
    };

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public string ToJson() => JsonSerializer.Serialize(this, Options);

    /// <summary>Corrections read back from storage; null for none or for JSON this version cannot read (the import then just asks again).</summary>
    public static ImportCorrections? FromJson(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }
        try
        {
            var read = JsonSerializer.Deserialize<ImportCorrections>(json, Options);
            return read is null ? null : read with { Tables = [.. (read.Tables ?? []).Where(t => t is not null && TableKey.TryParse(t.Table, out _))] };
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>
/// One table as the user described it: <see cref="Treat"/> is <see cref="TableKinds.Exclude"/> or a kind
/// of <see cref="TableKinds.All"/>; <see cref="Columns"/> maps a column's index to its role in that kind
/// (<see cref="ColumnRoles"/>). Columns not in the map are ignored.
/// </summary>
public sealed record TableCorrection
{
    /// <summary>The table's <see cref="TableKey"/> as text ("3:9f2c41ab").</summary>
    public string Table { get; init; } = "";

    public string Treat { get; init; } = "";

    public IReadOnlyDictionary<int, string> Columns { get; init; } = new Dictionary<int, string>();

    /// <summary>The column with a role, or null.</summary>
    public int? ColumnOf(string role) => Columns.Where(c => c.Value == role).Select(c => (int?)c.Key).OrderBy(c => c).FirstOrDefault();

    public IEnumerable<int> ColumnsOf(string role) => Columns.Where(c => c.Value == role).Select(c => c.Key).Order();
}
