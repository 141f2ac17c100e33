using System.Globalization;
using System.Net;
using System.Text;

namespace Hankevahti.Following.Reminders;

/// <summary>A reminder as an e-mail: its subject line, a plain-text body and an HTML body (every value encoded).</summary>
public sealed record ReminderMail(string Subject, string Text, string Html);

/// <summary>
/// The words of reminders in Finnish, Swedish and English: the sentence the in-app list shows and the e-mail.
/// An e-mail to a person without a chosen language is in Finnish with Swedish and English below it. Everything
/// that comes from data (project names, reasons, codes) is HTML-encoded in the HTML body, and stripped of line
/// breaks and control characters in the subject line.
/// </summary>
public static class ReminderTexts
{
    public static readonly IReadOnlyList<string> Languages = ["fi", "sv", "en"];

    /// <summary>
    /// The page the reminder is about, relative to the app: the project's values, or the report's own page
    /// (/projects/{id}/reports/{kind}/{period}, the period left out for a claim or final report of the whole project).
    /// </summary>
    public static string Path(Reminder r) => r.Kind is ReminderKind.ValueWaiting or ReminderKind.ValueReturned || r.ReportKind is null
        ? $"/projects/{r.ProjectId}/values"
        : $"/projects/{r.ProjectId}/reports/{Uri.EscapeDataString(r.ReportKind)}" + (r.PeriodCode.Length == 0 ? "" : "/" + Uri.EscapeDataString(r.PeriodCode));

    /// <summary>The link in e-mails: <paramref name="baseUrl"/> (App:BaseUrl) and <see cref="Path"/>; null without a base URL.</summary>
    public static string? Link(Reminder r, string? baseUrl) =>
        string.IsNullOrWhiteSpace(baseUrl) ? null : baseUrl.Trim().TrimEnd('/') + Path(r);

    /// <summary>The short title of the kind, for the subject line and the in-app list's heading column.</summary>
    public static string Title(ReminderKind kind, string language) => Pick(language, kind switch
    {
        ReminderKind.ReportDue => ("raportti erääntyy", "rapport ska lämnas", "report due"),
        ReminderKind.ValueWaiting => ("arvo odottaa hyväksyntää", "värde väntar på godkännande", "value waiting for approval"),
        ReminderKind.ReportWaiting => ("raportti odottaa hyväksyntää", "rapport väntar på godkännande", "report waiting for approval"),
        ReminderKind.ValueReturned => ("arvo palautettu", "värde returnerat", "value returned"),
        _ => ("raportti palautettu", "rapport returnerad", "report returned"),
    });

    /// <summary>The reminder as one sentence in <paramref name="language"/> (plain text: encode it where it is shown).</summary>
    public static string Sentence(Reminder r, string language)
    {
        var p = r.ProjectName;
        var c = PeriodText(r.PeriodCode, language);
        var d = r.Due is { } due ? DateText(due, language) : "";
        var report = ReportName(r.ReportKind, language);
        var indicator = r.IndicatorId + (string.IsNullOrEmpty(r.Organisation) ? "" : $" ({r.Organisation})");
        var reason = string.IsNullOrWhiteSpace(r.Reason) ? "" : Pick(language, (" Syy: ", " Orsak: ", " Reason: ")) + r.Reason.Trim();
        return r.Kind switch
        {
            ReminderKind.ReportDue when r.Stage == DueStage.Overdue => Pick(language, (
                $"Hankkeen {p} {report} kaudelta {c} erääntyi {d}, eikä sitä ole lähetetty.",
                $"{Capital(report)} för perioden {c} i projektet {p} skulle ha lämnats senast {d} och har inte lämnats in.",
                $"The {report} of project {p} for period {c} was due on {d} and has not been submitted.")),
            ReminderKind.ReportDue when r.Stage == DueStage.PeriodEnded => Pick(language, (
                $"Kausi {c} päättyi {d}; hankkeen {p} {report} siltä ei ole vielä lähetetty.",
                $"Perioden {c} tog slut {d}; {report} för projektet {p} har inte lämnats in.",
                $"Period {c} ended on {d}; the {report} of project {p} for it has not been submitted.")),
            ReminderKind.ReportDue => Pick(language, (
                $"Hankkeen {p} {report} kaudelta {c} erääntyy {d}.",
                $"{Capital(report)} för perioden {c} i projektet {p} ska lämnas senast {d}.",
                $"The {report} of project {p} for period {c} is due on {d}.")),
            ReminderKind.ValueWaiting => Pick(language, (
                $"Hankkeen {p} mittarin {indicator} arvo kaudelta {c} odottaa hyväksyntää.",
                $"Värdet för indikatorn {indicator} för perioden {c} i projektet {p} väntar på godkännande.",
                $"The value of indicator {indicator} for period {c} in project {p} is waiting for approval.")),
            ReminderKind.ReportWaiting => Pick(language, (
                $"Hankkeen {p} {report} kaudelta {c} odottaa hyväksyntää.",
                $"{Capital(report)} för perioden {c} i projektet {p} väntar på godkännande.",
                $"The {report} of project {p} for period {c} is waiting for approval.")),
            ReminderKind.ValueReturned => Pick(language, (
                $"Rahoittaja palautti hankkeen {p} mittarin {indicator} arvon kaudelta {c}.{reason}",
                $"Finansiären returnerade värdet för indikatorn {indicator} för perioden {c} i projektet {p}.{reason}",
                $"The funder returned the value of indicator {indicator} for period {c} in project {p}.{reason}")),
            _ => Pick(language, (
                $"Rahoittaja palautti hankkeen {p} {Genitive(report)} kaudelta {c}.{reason}",
                $"Finansiären returnerade {report} för perioden {c} i projektet {p}.{reason}",
                $"The funder returned the {report} of project {p} for period {c}.{reason}")),
        };
    }

    /// <summary>
    /// The e-mail to <paramref name="to"/>: in the person's language when known, else Finnish, Swedish and English.
    /// </summary>
    public static ReminderMail Mail(Reminder r, Recipient to, string? baseUrl)
    {
        var languages = to.Language is { } l && Languages.Contains(l) ? [l] : Languages;
        var link = Link(r, baseUrl);
        var subject = OneLine($"Hankevahti: {Title(r.Kind, languages[0])} – {r.ProjectName}");
        var text = new StringBuilder();
        var html = new StringBuilder("<!DOCTYPE html><html><body>");
        foreach (var language in languages)
        {
            if (language != languages[0])
            {
                text.Append("\n----------------------------------------\n\n");
                html.Append("<hr>");
            }
            var greeting = Pick(language, ("Hei", "Hej", "Hello")) + (string.IsNullOrWhiteSpace(to.Name) ? "," : $" {OneLine(to.Name)},");
            var sentence = Sentence(r, language);
            var open = Pick(language, ("Avaa", "Öppna", "Open"));
            var footer = Pick(language, (
                "Tämä on Hankevahdin automaattinen muistutus; se lähetetään kerran.",
                "Detta är en automatisk påminnelse från Hankevahti; den skickas en gång.",
                "This is an automatic reminder from Hankevahti; it is sent once."));
            text.Append(greeting).Append("\n\n").Append(sentence).Append('\n');
            html.Append("<div lang=\"").Append(language).Append("\"><p>").Append(Encode(greeting)).Append("</p><p>").Append(Encode(sentence)).Append("</p>");
            if (link is not null)
            {
                text.Append('\n').Append(open).Append(": ").Append(link).Append('\n');
                html.Append("<p><a href=\"").Append(Encode(link)).Append("\">").Append(Encode(open)).Append("</a></p>");
            }
            text.Append('\n').Append(footer).Append('\n');
            html.Append("<p><small>").Append(Encode(footer)).Append("</small></p></div>");
        }
        html.Append("</body></html>");
        return new ReminderMail(subject, text.ToString(), html.ToString());
    }

    /// <summary>A date as the language writes it: 31.1.2027 in Finnish and Swedish, 2027-01-31 in English.</summary>
    public static string DateText(DateOnly day, string language) =>
        language == "en" ? day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : day.ToString("d.M.yyyy", CultureInfo.InvariantCulture);

    private static string PeriodText(string code, string language) =>
        code.Length > 0 ? code : Pick(language, ("(koko hanke)", "(hela projektet)", "(the whole project)"));

    private static string ReportName(string? kind, string language) => Pick(language, kind switch
    {
        "claim" => ("maksatushakemus", "utbetalningsansökan", "payment claim"),
        "final" => ("loppuraportti", "slutrapport", "final report"),
        _ => ("tilanneraportti", "lägesrapport", "status report"),
    });

    // Finnish: "palautti tilanneraportin", the object's form of the report's name.
    private static string Genitive(string finnishReport) => finnishReport switch
    {
        "maksatushakemus" => "maksatushakemuksen",
        "loppuraportti" => "loppuraportin",
        _ => "tilanneraportin",
    };

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Pick(string language, (string Fi, string Sv, string En) texts) => language switch
    {
        "sv" => texts.Sv,
        "en" => texts.En,
        _ => texts.Fi,
    };

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    /// <summary>Line breaks and control characters out: a project name cannot add a header or a line to a subject.</summary>
    public static string OneLine(string text) =>
        string.Join(' ', new string(text.Select(ch => char.IsControl(ch) ? ' ' : ch).ToArray()).Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
