using Hankevahti.Import.Money;
using Hankevahti.Import.Organisations;
using Hankevahti.Import.Risks;
using Hankevahti.Plans;
using Hankevahti.Reading;
using Hankevahti.Vocabulary;

namespace Hankevahti.Import.Corrections;

/// <summary>
/// Applies the user's corrections to one import. The tables the user described are held away from the
/// recognisers (taken out of the outline and the block list while they run), so that no recogniser reads
/// them by guess; then they are put back, and those told to be a budget or risk table are read by their
/// column map. An excluded table is simply not read: it stays in its section's text.
/// </summary>
public sealed class CorrectedTables
{
    /// <summary>Code of the note that a correction was applied (a table excluded or read by its map).</summary>
    public const string TableNote = ImportNoteCodes.CorrectedTable;
    /// <summary>Code of the note that the title was set by the user.</summary>
    public const string TitleNote = ImportNoteCodes.CorrectedTitle;
    /// <summary>Code of the note that a correction names a table this document does not have (the document changed).</summary>
    public const string MissingNote = ImportNoteCodes.CorrectedTableMissing;
    /// <summary>Code of the note that a table was told to be a kind not yet read by a column map; it was left to the importer.</summary>
    public const string KindNotMappedNote = ImportNoteCodes.CorrectedKindNotMapped;

    private readonly List<(TableBlock Table, TableCorrection Correction)> held = [];
    private readonly List<(SectionNode Section, int Index, Block Block)> removed = [];
    private readonly List<ImportNote> notes = [];

    private CorrectedTables()
    {
    }

    public bool Any => held.Count > 0;

    /// <summary>Finds the corrected tables of the document and takes them out of the outline.</summary>
    internal static CorrectedTables Hold(ReadResult read, SectionNode root, ImportCorrections corrections, string file)
    {
        var result = new CorrectedTables();
        var tables = TableKey.Of(read);
        foreach (var correction in corrections.Tables)
        {
            if (!TableKey.TryParse(correction.Table, out var key))
            {
                continue;
            }
            var table = TableKey.Find(tables, key);
            if (table is null)
            {
                result.notes.Add(new ImportNote
                {
                    Severity = NoteSeverity.Warning,
                    Code = MissingNote,
                    Message = $"{file}: a correction was saved for table {key.Index + 1}, but this document has no table with the same header row; the correction was not applied.",
                });
                continue;
            }
            if (correction.Treat != TableKinds.Exclude && !TableKinds.Mapped.Contains(correction.Treat))
            {
                result.notes.Add(new ImportNote
                {
                    Severity = NoteSeverity.Info,
                    Code = KindNotMappedNote,
                    Message = $"{file}: table {key.Index + 1} was marked as {correction.Treat}; reading such a table by its columns is not supported yet, so the importer read it as usual.",
                    Source = table.Source,
                });
                continue;
            }
            if (result.held.Any(h => ReferenceEquals(h.Table, table)))
            {
                continue;
            }
            result.held.Add((table, correction));
        }
        result.TakeOut(root);
        return result;
    }

    /// <summary>The document as the recognisers see it: without the held tables.</summary>
    internal ReadResult Without(ReadResult read) =>
        held.Count == 0 ? read : read with { Blocks = [.. read.Blocks.Where(b => !held.Any(h => ReferenceEquals(h.Table, b)))] };

    private void TakeOut(SectionNode root)
    {
        foreach (var section in root.Descendants().Prepend(root))
        {
            for (var i = 0; i < section.Blocks.Count; i++)
            {
                if (held.Any(h => ReferenceEquals(h.Table, section.Blocks[i])))
                {
                    removed.Add((section, i, section.Blocks[i]));
                }
            }
        }
        foreach (var (section, _, block) in removed)
        {
            section.Blocks.Remove(block);
        }
    }

    /// <summary>Puts the held tables back where they stood and reads those with a map; notes say what was done.</summary>
    internal void Apply(ImportContext context, ReadResult read)
    {
        foreach (var (section, index, block) in removed.OrderBy(r => r.Index))
        {
            section.Blocks.Insert(Math.Min(index, section.Blocks.Count), block);
        }
        context.Read = read;
        context.Notes.AddRange(notes);
        foreach (var (table, correction) in held)
        {
            var section = removed.FirstOrDefault(r => ReferenceEquals(r.Block, table)).Section ?? context.Root;
            var what = correction.Treat switch
            {
                TableKinds.Exclude => "excluded from the import as you chose; it stays as text",
                TableKinds.Budget => ReadBudget(context, table, section, correction),
                TableKinds.Risks => ReadRisks(context, table, correction),
                TableKinds.Organisations => ReadOrganisations(context, table, correction),
                _ => "left as text",
            };
            context.Notes.Add(new ImportNote
            {
                Severity = NoteSeverity.Info,
                Code = TableNote,
                Message = $"{context.File}: table \"{string.Join(" | ", TableKey.Header(table))}\" was {what}.",
                Source = table.Source,
            });
        }
    }

    private static string ReadBudget(ImportContext context, TableBlock table, SectionNode section, TableCorrection correction)
    {
        var header = TableKey.HeaderRow(table);
        var headerCells = table.Rows.Count > header ? table.Rows[header].Cells : [];
        string HeaderText(int i) => i < headerCells.Count ? CleanText.Cell(headerCells[i].Text) : "";
        var columns = new List<BudgetColumn>();
        foreach (var (index, role) in correction.Columns.OrderBy(c => c.Key))
        {
            var columnRole = role switch
            {
                ColumnRoles.Amount => ColumnRole.Planned,
                ColumnRoles.Actual => ColumnRole.Actual,
                ColumnRoles.Forecast => ColumnRole.Forecast,
                ColumnRoles.Total => ColumnRole.Total,
                ColumnRoles.PersonYears => ColumnRole.PersonYears,
                _ => (ColumnRole?)null,
            };
            if (columnRole is { } r)
            {
                // The heading may still say the year or period ("2026", "2026-2027") the amounts are for.
                var (year, period) = BudgetColumns.YearOrPeriod(HeaderText(index).ToLowerInvariant());
                columns.Add(new BudgetColumn(index, r, year, period, HeaderText(index)));
            }
        }
        var label = correction.ColumnOf(ColumnRoles.Label) ?? correction.ColumnOf(ColumnRoles.Category);
        if (label is null || columns.Count == 0)
        {
            return "marked as a budget, but without a label column and an amount column it was kept as text";
        }
        var lines = context.Plan.Budget.Lines.Count;
        var place = new BudgetPlace(BudgetParts.PartFor(section), BudgetParts.TableLabel(section), BudgetParts.OrganisationNamed(context, section.Title));
        var map = new BudgetTableMap(header, label.Value, correction.ColumnOf(ColumnRoles.Category), correction.ColumnOf(ColumnRoles.Part), columns);
        new BudgetTableReader(context, table, place, map).Read();
        return $"read as a budget by the columns you gave ({context.Plan.Budget.Lines.Count - lines} budget lines)";
    }

    private static string ReadOrganisations(ImportContext context, TableBlock table, TableCorrection correction)
    {
        if (correction.ColumnOf(ColumnRoles.Name) is not { } name)
        {
            return "marked as a table of organisations, but without a name column it was kept as text";
        }
        var count = context.Plan.Organisations.Count;
        OrganisationTableReader.ReadMapped(context, table, TableKey.HeaderRow(table), name,
            correction.ColumnOf(ColumnRoles.Role), correction.ColumnOf(ColumnRoles.Description), correction.ColumnOf(ColumnRoles.Grant));
        return $"read as a table of organisations by the columns you gave ({context.Plan.Organisations.Count - count} organisations)";
    }

    private static string ReadRisks(ImportContext context, TableBlock table, TableCorrection correction)
    {
        var columns = new RiskColumns
        {
            Title = correction.ColumnOf(ColumnRoles.Title),
            Description = correction.ColumnOf(ColumnRoles.Description),
            Likelihood = correction.ColumnOf(ColumnRoles.Likelihood),
            Impact = correction.ColumnOf(ColumnRoles.Impact),
            Mitigation = correction.ColumnOf(ColumnRoles.Preparedness),
            Owner = correction.ColumnOf(ColumnRoles.Owner),
        };
        if (columns.Title is null && columns.Description is null)
        {
            return "marked as a risk table, but without a title or description column it was kept as text";
        }
        var risks = context.Plan.Risks.Count;
        RiskTableReader.ReadMapped(context, table, TableKey.HeaderRow(table), columns);
        return $"read as a risk table by the columns you gave ({context.Plan.Risks.Count - risks} risks)";
    }
}
