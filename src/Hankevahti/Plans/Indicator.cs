namespace Hankevahti.Plans;

/// <summary>An indicator (mittari) that shows whether a goal is reached.</summary>
public sealed record Indicator
{
    public string Id { get; init; } = "";
    public string Name { get; init; } = "";
    public IndicatorKind Kind { get; init; } = IndicatorKind.Other;
    /// <summary>Unit as written ("pv", "%", "kpl", "€").</summary>
    public string? Unit { get; init; }
    public IndicatorValue? Baseline { get; init; }
    public List<IndicatorValue> Targets { get; init; } = [];
    public string? DataSource { get; init; }
    public string? Method { get; init; }
    public string? Frequency { get; init; }
    public string? Responsible { get; init; }
    /// <summary>Codes of the actions or parts the indicator follows.</summary>
    public List<string> WorkCodes { get; init; } = [];
    public SourceRef? Source { get; init; }
}

public enum IndicatorKind { YesNo, Count, Percentage, Money, Days, SelfAssessment, Other }

/// <summary>A baseline or target value, for a year or a period.</summary>
public sealed record IndicatorValue
{
    public decimal? Value { get; init; }
    /// <summary>Value of a yes/no indicator.</summary>
    public bool? Achieved { get; init; }
    public int? Year { get; init; }
    /// <summary>Period label when the value is for a period other than a year ("2025 H1").</summary>
    public string? Period { get; init; }
    /// <summary>The value as written ("150 pv", "kyllä", "alle 90 %").</summary>
    public string? Text { get; init; }
    public SourceRef? Source { get; init; }
}
