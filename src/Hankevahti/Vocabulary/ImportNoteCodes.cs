namespace Hankevahti.Vocabulary;

/// <summary>
/// Every code an <see cref="ImportNote"/> can carry, in one place, as the checks' rule catalogue holds the
/// <c>HV-…</c> codes. A note's message is for reading and may change; its code is stable, so that checks,
/// the web and people's scripts can act on it. <c>docs/import-notes.md</c> explains each code (a test keeps
/// the two in step).
/// </summary>
public static class ImportNoteCodes
{
    // --- Reading the file (before any recogniser) ---

    /// <summary>The file could not be read at all (not a document of its kind, damaged, a reader failure).</summary>
    public const string ReadFailed = "import.read.failed";
    /// <summary>The file is over a size or complexity limit and was not read.</summary>
    public const string ReadOverLimit = "import.read.overLimit";
    /// <summary>A text file was not valid UTF-8 and was read as Windows-1252.</summary>
    public const string ReadEncoding = "import.read.encoding";
    /// <summary>A text file holds control characters; it may not be a text export.</summary>
    public const string ReadControlCharacters = "import.read.controlCharacters";
    /// <summary>A table row broken by a page break was joined to the row it continues.</summary>
    public const string ReadRowJoined = "import.read.rowJoined";
    /// <summary>A part of a Word file (notes, comments, a header) could not be read; the rest was read without it.</summary>
    public const string ReadPartSkipped = "import.read.partSkipped";

    // --- The document as a whole ---

    /// <summary>The document ends inside a table: the rows after the last complete one are missing.</summary>
    public const string EndsInTable = "import.endsInTable";
    /// <summary>No project name was found and the file's name stands in for it.</summary>
    public const string NameFromFile = "import.nameFromFile";
    /// <summary>The project period was taken from the schedule table's first and last period columns.</summary>
    public const string PeriodFromSchedule = "import.periodFromSchedule";
    /// <summary>A recogniser failed on this document; the sections it reads were kept as text.</summary>
    public const string RecogniserFailed = "import.recogniserFailed";

    // --- Organisations ---

    /// <summary>The lead applicant was taken from the title page.</summary>
    public const string LeadFromTitlePage = "import.lead.fromTitlePage";
    /// <summary>The lead applicant was taken as the organisation that administers the grant, the only one named.</summary>
    public const string LeadFromAdministrator = "import.lead.fromAdministrator";

    // --- Money ---

    /// <summary>A budget table's amount columns could not be told apart; it was kept as text.</summary>
    public const string BudgetColumnsUnclear = "import.budget.columnsUnclear";
    /// <summary>A budget row without a label was kept as text.</summary>
    public const string BudgetRowWithoutLabel = "import.budget.rowWithoutLabel";
    /// <summary>A budget row names no known cost category; it was kept as text.</summary>
    public const string BudgetUnknownCategory = "import.budget.unknownCategory";
    /// <summary>A total row states another sum than the rows it closes add up to.</summary>
    public const string BudgetSumDiffers = "import.budget.sumDiffers";
    /// <summary>A budget sentence names another part than the heading it stands under; the heading's part was taken.</summary>
    public const string BudgetPartFromHeading = "import.budget.partFromHeading";
    /// <summary>A funding share is stated twice with different values; the first was kept.</summary>
    public const string FundingShareConflict = "import.funding.shareConflict";

    // --- Goals, indicators, outcomes ---

    /// <summary>A table of yearly figures was read as statistics of the past, not as indicator targets.</summary>
    public const string PastStatistics = "import.pastStatistics";
    /// <summary>A row of a target table has yearly values but no indicator name; kept as text.</summary>
    public const string IndicatorRowWithoutName = "import.indicators.rowWithoutName";
    /// <summary>An outcome names a work package other than the one it stands under; the heading's was taken.</summary>
    public const string OutcomePartFromHeading = "import.outcomes.partFromHeading";

    // --- Work and schedule ---

    /// <summary>A schedule row names no action of the plan; its marks stay as text.</summary>
    public const string ScheduleRowWithoutAction = "import.schedule.rowWithoutAction";
    /// <summary>The schedule table has period columns but no marks (the chart's bars were lost).</summary>
    public const string ScheduleMarksLost = "import.schedule.marksLost";

    // --- Risks ---

    /// <summary>A section holds risk labels that were not read as risks with certainty; the text stays as section text.</summary>
    public const string RisksNotRead = "import.risksNotRead";
    /// <summary>Risk ratings in words the vocabulary does not place on the 1–5 scale; they stay as written.</summary>
    public const string RatingWordsOffScale = "import.ratingWordsOffScale";
    /// <summary>Risk table text that does not complete a row; kept as section text.</summary>
    public const string RiskRowIncomplete = "import.risks.rowIncomplete";

    // --- The user's corrections from the import preview (docs/import-preview.md) ---

    /// <summary>A correction was applied to a table: excluded, or read by the user's column map.</summary>
    public const string CorrectedTable = "import.corrected.table";
    /// <summary>The title was set by the user.</summary>
    public const string CorrectedTitle = "import.corrected.title";
    /// <summary>A stored correction names a table this document does not have (the document changed).</summary>
    public const string CorrectedTableMissing = "import.corrected.tableMissing";
    /// <summary>A table was told to be a kind not yet read by a column map; the importer read it as usual.</summary>
    public const string CorrectedKindNotMapped = "import.corrected.kindNotMapped";

    // --- Uncertain readings: checks raise no errors on the values read from such a note's place ---

    /// <summary>
    /// Start of the codes of notes that say a reading was uncertain: the values read from the note's source are
    /// the plan's best reading, not a certain one, so checks do not raise errors on them.
    /// </summary>
    public const string UncertainPrefix = "import.uncertain.";
    /// <summary>A table was rebuilt from PDF text fragments; its row grouping may differ from the original's.</summary>
    public const string UncertainPdfFragments = UncertainPrefix + "pdfFragments";
    /// <summary>A table was read from PDF text by column widths; only its clearest column was structured.</summary>
    public const string UncertainPdfColumns = UncertainPrefix + "pdfColumns";
    /// <summary>No applicant is named; the organisation named most often was taken as the lead applicant.</summary>
    public const string UncertainLeadByFrequency = UncertainPrefix + "leadByFrequency";

    /// <summary>Every code above (the prefix excluded), for the documentation test and the web's list of notes.</summary>
    public static IReadOnlyList<string> All { get; } = typeof(ImportNoteCodes)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(f => f.IsLiteral && f.Name != nameof(UncertainPrefix))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToList();
}
