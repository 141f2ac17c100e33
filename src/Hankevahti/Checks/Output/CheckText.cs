using System.Globalization;
using System.Text;
using Hankevahti.Plans;
using Hankevahti.Text;

namespace Hankevahti.Checks.Output;

/// <summary>
/// The report as text for a terminal: findings grouped by section in document order, each with its
/// severity, code, place and hint, and a summary line at the end. Finnish by default, English on request.
/// The file name and whatever comes from the plan (section titles, places, messages and hints that quote
/// it) pass through <see cref="TerminalText.Visible"/>: a plan must not be able to drive the terminal.
/// </summary>
public static class CheckText
{
    /// <param name="report">The findings to list.</param>
    /// <param name="language">fi or en.</param>
    /// <param name="all">The whole report when <paramref name="report"/> is filtered (--min-severity): the summary counts it, and says how many are not shown.</param>
    public static string Format(CheckReport report, string language = "fi", CheckReport? all = null)
    {
        all ??= report;
        var hidden = all.Findings.Count - report.Findings.Count;
        var en = IsEnglish(language);
        var text = new StringBuilder();
        var title = report.File is { } file ? TerminalText.Visible(file) : en ? "plan" : "suunnitelma";
        text.Append(en ? "Check of " : "Tarkistus: ").Append(title)
            .Append(en ? " — profile: " : " — profiili: ").Append(en ? report.Profile.Name.En : report.Profile.Name.Fi).Append('\n');

        // Consecutive runs, not GroupBy: two sections may share a number and title, and the report is in document order.
        foreach (var group in Runs(report.Findings))
        {
            text.Append('\n').Append(TerminalText.Visible(SectionLabel(group[0].Place.SectionNumber, group[0].Place.SectionTitle, en))).Append('\n');
            foreach (var finding in group)
            {
                text.Append("  ").Append(SeverityWord(finding.Severity, en).PadRight(9)).Append(finding.Code);
                var place = PlaceText(finding.Place, en);
                if (place.Length > 0)
                {
                    text.Append("  ").Append(TerminalText.Visible(place));
                }
                text.Append('\n').Append("    ").Append(TerminalText.Visible(finding.Message.In(language))).Append('\n');
                if (finding.Place.Quote is { Length: > 0 } quote)
                {
                    text.Append("    «").Append(TerminalText.Visible(quote)).Append("»\n");
                }
                if (finding.Hint is { } hint)
                {
                    text.Append("    → ").Append(TerminalText.Visible(hint.In(language))).Append('\n');
                }
            }
        }
        if (report.Findings.Count == 0)
        {
            text.Append('\n').Append(hidden > 0 ? en ? "No findings at the chosen severity." : "Ei havaintoja valitulla vakavuustasolla." : en ? "No findings." : "Ei havaintoja.").Append('\n');
        }
        text.Append('\n').Append(Summary(all, en));
        if (hidden > 0)
        {
            text.Append(en ? $" ({hidden} not shown: --min-severity)" : $" ({hidden} ei näytetty: --min-severity)");
        }
        text.Append('\n');
        return text.ToString();
    }

    /// <summary>"2 virhettä, 5 varoitusta, 1 huomautus" / "2 errors, 5 warnings, 1 info".</summary>
    public static string Summary(CheckReport report, bool english) => english
        ? $"{Count(report.Errors, "error", "errors")}, {Count(report.Warnings, "warning", "warnings")}, {report.Infos} info"
        : $"{Count(report.Errors, "virhe", "virhettä")}, {Count(report.Warnings, "varoitus", "varoitusta")}, {Count(report.Infos, "huomautus", "huomautusta")}";

    /// <summary>"rivi 159, taulukko 3, rivi 2, solu 4" or the model path when the plan has no source.</summary>
    public static string PlaceText(FindingPlace place, bool english)
    {
        var parts = new List<string>();
        if (place.Source is { } s)
        {
            if (s.Page is { } page)
            {
                parts.Add($"{(english ? "page" : "sivu")} {page}");
            }
            if (s.Line is { } line)
            {
                parts.Add($"{(english ? "line" : "rivi")} {line}");
            }
            if (s.Table is { } table)
            {
                parts.Add($"{(english ? "table" : "taulukko")} {table}");
            }
            if (s.Row is { } row)
            {
                parts.Add($"{(english ? "row" : "rivi")} {row}");
            }
            if (s.Cell is { } cell)
            {
                parts.Add($"{(english ? "cell" : "solu")} {cell}");
            }
        }
        if (parts.Count == 0 && place.Path.Length > 0)
        {
            parts.Add(place.Path);
        }
        return string.Join(", ", parts);
    }

    public static string SeverityWord(FindingSeverity severity, bool english) => (severity, english) switch
    {
        (FindingSeverity.Error, false) => "VIRHE",
        (FindingSeverity.Warning, false) => "VAROITUS",
        (FindingSeverity.Info, false) => "HUOM",
        (FindingSeverity.Error, true) => "ERROR",
        (FindingSeverity.Warning, true) => "WARNING",
        _ => "INFO",
    };

    public static bool IsEnglish(string language) => language.StartsWith("en", StringComparison.OrdinalIgnoreCase);

    private static string SectionLabel(string? number, string? title, bool english) =>
        (number, title) switch
        {
            (null or "", null or "") => english ? "Whole plan" : "Koko suunnitelma",
            (null or "", _) => title!,
            (_, null or "") => number!,
            _ when title!.StartsWith(number!, StringComparison.Ordinal) => title,
            _ => $"{number} {title}",
        };

    private static IEnumerable<List<Finding>> Runs(IReadOnlyList<Finding> findings)
    {
        var run = new List<Finding>();
        foreach (var f in findings)
        {
            if (run.Count > 0 && (run[0].Place.SectionNumber, run[0].Place.SectionTitle) != (f.Place.SectionNumber, f.Place.SectionTitle))
            {
                yield return run;
                run = [];
            }
            run.Add(f);
        }
        if (run.Count > 0)
        {
            yield return run;
        }
    }

    private static string Count(int n, string one, string many) => n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? one : many);
}
