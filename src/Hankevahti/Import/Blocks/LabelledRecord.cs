using Hankevahti.Plans;
using Hankevahti.Reading;

namespace Hankevahti.Import.Blocks;

/// <summary>One "Label: value" of a record, with the role its label names and where it stood.</summary>
public sealed record LabelledField(string Role, string Label, string Value, SourceRef Source);

/// <summary>
/// A record as plans write it: a title, then labelled values. Read from prose, list bullets, PDF lines
/// or a two-column table by <see cref="LabelledRecords"/>; the caller decides what kind of thing it is.
/// </summary>
public sealed record LabelledRecord
{
    /// <summary>The title line's text; null when the record had none.</summary>
    public string? Title { get; init; }
    /// <summary>True when the title came after a title label ("Riski: …"), false when it was a bare line before the fields.</summary>
    public bool TitleLabelled { get; init; }
    /// <summary>The number or code after the title label ("Riski 2:" → "2").</summary>
    public string? Code { get; init; }
    public IReadOnlyList<LabelledField> Fields { get; init; } = [];
    /// <summary>The blocks the record was read from, title first; a table record lists its table once.</summary>
    public IReadOnlyList<Block> Blocks { get; init; } = [];
    /// <summary>For a record read from a table: the table and the rows it took.</summary>
    public TableBlock? Table { get; init; }
    public IReadOnlyList<int> Rows { get; init; } = [];
    public required SourceRef Source { get; init; }

    /// <summary>The values of one role joined with spaces, or null when the record has none.</summary>
    public string? Value(string role)
    {
        var values = Fields.Where(f => f.Role == role && f.Value.Length > 0).Select(f => f.Value).ToList();
        return values.Count == 0 ? null : string.Join(" ", values);
    }

    public bool Has(string role) => Fields.Any(f => f.Role == role && f.Value.Length > 0);
}
