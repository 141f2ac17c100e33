namespace Hankevahti.Plans;

/// <summary>
/// The budget (kustannusarvio) as lines of stated amounts. Totals, own funding and grant amounts
/// are derived from the lines; what the plan itself states as a total is kept in <see cref="StatedFigures"/>.
/// </summary>
public sealed record Budget
{
    public List<BudgetLine> Lines { get; init; } = [];
    public Funding Funding { get; init; } = new();
    public List<BudgetTransfer> Transfers { get; init; } = [];
    public List<StatedFigure> StatedFigures { get; init; } = [];
}

/// <summary>One amount: a cost category, for a part and organisation, in a period, of a figure kind.</summary>
public sealed record BudgetLine
{
    /// <summary>Stable identifier of the item inside the plan, kept from version to version (docs/plan-json.md, "Identities").</summary>
    public string Id { get; init; } = "";
    public string? PartCode { get; init; }
    public string? Organisation { get; init; }
    public CostCategory Category { get; init; } = CostCategory.Other;
    /// <summary>The row's label as written ("Palkkakustannukset").</summary>
    public string? Label { get; init; }
    /// <summary>Year of the amount, when the column or row gives one.</summary>
    public int? Year { get; init; }
    /// <summary>Period label when the amount is for something other than a year.</summary>
    public string? Period { get; init; }
    public FigureKind Kind { get; init; } = FigureKind.Planned;
    public decimal Amount { get; init; }
    public decimal? PersonYears { get; init; }
    public SourceRef? Source { get; init; }
}

/// <summary>The state grant cost categories (valtionavustuksen kustannuslajit).</summary>
public enum CostCategory
{
    /// <summary>Henkilöstökustannukset, palkattu henkilöstö.</summary>
    PersonnelHired,
    /// <summary>Henkilöstökustannukset, siirretty työpanos.</summary>
    PersonnelTransferred,
    /// <summary>Asiantuntijapalvelut.</summary>
    ServicesExpert,
    /// <summary>Matkat.</summary>
    ServicesTravel,
    /// <summary>Koulutus.</summary>
    ServicesTraining,
    /// <summary>Muut ostopalvelut.</summary>
    ServicesOther,
    /// <summary>Aineet, tarvikkeet ja tavarat.</summary>
    Materials,
    /// <summary>Vuokrat.</summary>
    Rents,
    /// <summary>Muut kustannukset.</summary>
    Other,
    /// <summary>Investoinnit, aineettomat.</summary>
    InvestmentIntangible,
    /// <summary>Investoinnit, koneet ja laitteet.</summary>
    InvestmentMachinery,
    /// <summary>Investoinnit, muut.</summary>
    InvestmentOther,
}

/// <summary>Whether an amount is planned (suunnitelma), actual (toteuma) or forecast (ennuste).</summary>
public enum FigureKind { Planned, Actual, Forecast }

/// <summary>How the project is funded: shares of the total, and other income.</summary>
public sealed record Funding
{
    /// <summary>Own funding (omarahoitus) as a share of the total costs, 0.20 for 20 %.</summary>
    public decimal? OwnFundingShare { get; init; }
    /// <summary>State grant (valtionavustus) as a share of the total costs, 0.80 for 80 %.</summary>
    public decimal? GrantShare { get; init; }
    public List<IncomeLine> OtherIncome { get; init; } = [];
    public SourceRef? Source { get; init; }
}

public sealed record IncomeLine
{
    /// <summary>Stable identifier of the item inside the plan, kept from version to version (docs/plan-json.md, "Identities").</summary>
    public string Id { get; init; } = "";
    public string Label { get; init; } = "";
    public decimal Amount { get; init; }
    public int? Year { get; init; }
    public SourceRef? Source { get; init; }
}

/// <summary>A transfer of budget between parts (budjettisiirto).</summary>
public sealed record BudgetTransfer
{
    /// <summary>Stable identifier of the item inside the plan, kept from version to version (docs/plan-json.md, "Identities").</summary>
    public string Id { get; init; } = "";
    public string? FromPartCode { get; init; }
    public string? ToPartCode { get; init; }
    public CostCategory? Category { get; init; }
    public decimal Amount { get; init; }
    public DateOnly? Date { get; init; }
    public string? Reason { get; init; }
    public SourceRef? Source { get; init; }
}

/// <summary>
/// A figure the plan states (a total, subtotal, share, funding amount or score). It is never used
/// as data: checks compare it with the figure derived from the lines.
/// </summary>
public sealed record StatedFigure
{
    public StatedFigureKind Kind { get; init; }
    /// <summary>What the figure is about: part code, category, year, figure kind — whichever apply.</summary>
    public FigureScope Scope { get; init; } = new();
    public decimal Value { get; init; }
    /// <summary>The figure as written ("1 126 927", "20 %", "2,02M€").</summary>
    public string? Text { get; init; }
    public SourceRef? Source { get; init; }
}

public enum StatedFigureKind { Total, Subtotal, PartTotal, CategoryTotal, OwnFunding, Grant, OwnFundingShare, GrantShare, PersonYears }

public sealed record FigureScope
{
    public string? PartCode { get; init; }
    public string? Organisation { get; init; }
    public CostCategory? Category { get; init; }
    public int? Year { get; init; }
    public string? Period { get; init; }
    public FigureKind? Kind { get; init; }
    /// <summary>Label of the table or prose the figure comes from ("Liite 1", "7.2").</summary>
    public string? Table { get; init; }
}
