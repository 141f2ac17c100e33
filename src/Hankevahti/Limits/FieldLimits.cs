namespace Hankevahti.Limits;

/// <summary>
/// The kinds of a plan's text fields, each with its own length limit in <see cref="FieldLimits"/>. A
/// field is one kind wherever it is edited, so that "a title" means the same limit on every form.
/// </summary>
public enum FieldKind
{
    /// <summary>A short code or number: "TP1", "3.2", "R4".</summary>
    Code,
    /// <summary>The title or name of a thing: a plan, a goal, a risk, an organisation.</summary>
    Title,
    /// <summary>A person, a role or who is responsible: "hankepäällikkö", "Maija Meikäläinen".</summary>
    Person,
    /// <summary>The funder's case number of the plan ("VN/1234/2024").</summary>
    CaseNumber,
    /// <summary>A short free text on one line: a unit, a timing, a frequency, a period's wording.</summary>
    ShortText,
    /// <summary>A description on several lines: a risk's description, a body's tasks, a need's text.</summary>
    Description,
    /// <summary>A section's text, which may hold a whole chapter of the plan.</summary>
    Chapter,
    /// <summary>A list typed one item a line (mitigations, channels, segments): each line at most <see cref="TextLimits.ListLine"/>, the whole at most <see cref="TextLimits.Description"/>.</summary>
    ListLine,
    /// <summary>A number or an amount as typed ("12 500,50 €"): read and checked against its range, the length only caps the field.</summary>
    Number,
    /// <summary>A date or a year as typed ("21.6.2021"): read and checked against the plan's dates, the length only caps the field.</summary>
    Date,
}

/// <summary>
/// How long a plan's text fields may be and which numbers and dates are plausible. The defaults are
/// meant to fit every real plan with room to spare while refusing what no plan has (a 4 MB description,
/// a project from year 1 to 9999); the web app reads overrides from configuration ("Limits:Text:Description",
/// "Limits:Dates:Earliest", …; docs/limits.md lists them).
/// </summary>
public sealed class FieldLimits
{
    public TextLimits Text { get; set; } = new();
    public DateLimits Dates { get; set; } = new();
    public NumberLimits Numbers { get; set; } = new();

    /// <summary>The longest text a field of the kind may hold, in characters (line ends count one each).</summary>
    public int MaxLength(FieldKind kind) => kind switch
    {
        FieldKind.Code => Text.Code,
        FieldKind.Title => Text.Title,
        FieldKind.Person => Text.Person,
        FieldKind.CaseNumber => Text.CaseNumber,
        FieldKind.ShortText => Text.ShortText,
        FieldKind.Description => Text.Description,
        FieldKind.Chapter => Text.Chapter,
        // A list's field holds several lines; each line is checked against ListLine on its own.
        FieldKind.ListLine => Text.Description,
        FieldKind.Number => Text.Number,
        FieldKind.Date => Text.Date,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Whether a date can be one of a plan's: within <see cref="DateLimits.Earliest"/>–<see cref="DateLimits.Latest"/>.</summary>
    public bool IsPlausible(DateOnly date) => date >= Dates.Earliest && date <= Dates.Latest;

    /// <summary>Whether a year can be one of a plan's: the years of the plausible dates.</summary>
    public bool IsPlausibleYear(int year) => year >= Dates.Earliest.Year && year <= Dates.Latest.Year;

    /// <summary>Whether a period from <paramref name="start"/> to <paramref name="end"/> is at most <see cref="DateLimits.MaxPeriodYears"/> long.</summary>
    public bool IsPlausiblePeriod(DateOnly start, DateOnly end) => end <= start.AddYears(Dates.MaxPeriodYears);

    /// <summary>What is wrong with limits read from configuration; empty when they can be used.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        foreach (var kind in Enum.GetValues<FieldKind>())
        {
            if (MaxLength(kind) < 1)
            {
                problems.Add($"Limits:Text:{kind} must be at least 1 (it is {MaxLength(kind)}).");
            }
        }
        if (Text.ListLine < 1 || Text.ListLine > Text.Description)
        {
            problems.Add($"Limits:Text:ListLine must be between 1 and Limits:Text:Description ({Text.Description}); it is {Text.ListLine}.");
        }
        if (Dates.Earliest > Dates.Latest)
        {
            problems.Add($"Limits:Dates:Earliest ({Dates.Earliest:yyyy-MM-dd}) is after Limits:Dates:Latest ({Dates.Latest:yyyy-MM-dd}).");
        }
        if (Dates.MaxPeriodYears is < 1 or > 100)
        {
            problems.Add($"Limits:Dates:MaxPeriodYears must be between 1 and 100 (it is {Dates.MaxPeriodYears}).");
        }
        if (Numbers.MaxAmount <= 0)
        {
            problems.Add($"Limits:Numbers:MaxAmount must be above 0 (it is {Numbers.MaxAmount}).");
        }
        if (Numbers.MaxCount <= 0)
        {
            problems.Add($"Limits:Numbers:MaxCount must be above 0 (it is {Numbers.MaxCount}).");
        }
        return problems;
    }
}

/// <summary>The longest text of each <see cref="FieldKind"/>, in characters.</summary>
public sealed class TextLimits
{
    public int Code { get; set; } = 50;
    public int Title { get; set; } = 500;
    public int Person { get; set; } = 200;
    public int CaseNumber { get; set; } = 100;
    public int ShortText { get; set; } = 300;
    /// <summary>About four pages of text: more than any description in the plans seen, far less than the megabytes a form could carry.</summary>
    public int Description { get; set; } = 10_000;
    /// <summary>A whole chapter: the longest sections of the real plans are a few tens of thousands of characters.</summary>
    public int Chapter { get; set; } = 100_000;
    public int ListLine { get; set; } = 300;
    /// <summary>"−1 000 000 000,00 €" with room for spaces.</summary>
    public int Number { get; set; } = 40;
    /// <summary>"31.12.2100" or "2100-12-31" with room for spaces.</summary>
    public int Date { get; set; } = 20;
}

/// <summary>Which dates a plan's fields may hold.</summary>
public sealed class DateLimits
{
    /// <summary>Before this no plan the tool reads was made (the programmes it knows started in the 2000s).</summary>
    public DateOnly Earliest { get; set; } = new(2000, 1, 1);
    public DateOnly Latest { get; set; } = new(2100, 12, 31);
    /// <summary>The longest project period: development projects run for a few years, programmes at most about ten.</summary>
    public int MaxPeriodYears { get; set; } = 15;
}

/// <summary>Which numbers a plan's fields may hold; the smallest count is 0 and a percentage is 0–100 by definition.</summary>
public sealed class NumberLimits
{
    /// <summary>The largest amount in euros, either way (a budget line may be negative as a correction): a billion, far past any project's budget.</summary>
    public decimal MaxAmount { get; set; } = 1_000_000_000m;
    /// <summary>The largest count (a target group's size, an indicator's count): more than the people of Finland many times over.</summary>
    public decimal MaxCount { get; set; } = 100_000_000m;
    /// <summary>The largest other number an indicator may have (days, a self-assessment, something else).</summary>
    public decimal MaxValue { get; set; } = 1_000_000_000m;
    /// <summary>A risk's likelihood and impact are rated on the matrix's scale, 1–5; not configurable, the matrix is 5 × 5.</summary>
    public const int RatingMin = 1;
    public const int RatingMax = 5;
}
