using Hankevahti.Following.Reminders;

namespace Hankevahti.Tests.Following.Reminders;

/// <summary>The reminders' words in three languages, and that data never becomes markup or a header.</summary>
public class ReminderTextsTests
{
    private static readonly Reminder Due = new(3, "Hyvä <b>hanke</b> & co", ReminderKind.ReportDue, "status:2026-H1", [], "2026-H1",
        ReportKind: "status", Due: new DateOnly(2026, 8, 31), Stage: DueStage.Upcoming);

    public static TheoryData<string, Reminder, string, string> Sentences() => new()
    {
        // The date is written as each language writes it.
        { "due, Finnish", Due, "fi", "Hankkeen Hyvä <b>hanke</b> & co tilanneraportti kaudelta 2026-H1 erääntyy 31.8.2026." },
        { "due, Swedish", Due, "sv", "Lägesrapport för perioden 2026-H1 i projektet Hyvä <b>hanke</b> & co ska lämnas senast 31.8.2026." },
        { "due, English", Due, "en", "The status report of project Hyvä <b>hanke</b> & co for period 2026-H1 is due on 2026-08-31." },
        // A returned value names the organisation and carries the funder's reason.
        { "returned value", new Reminder(3, "H", ReminderKind.ValueReturned, "s", [], "2026-H1", IndicatorId: "M1", Organisation: "Kunta", Reason: "väärä yksikkö"), "fi",
            "Rahoittaja palautti hankkeen H mittarin M1 (Kunta) arvon kaudelta 2026-H1. Syy: väärä yksikkö" },
        // A claim from the start has no period code: the whole project.
        { "claim waiting", new Reminder(3, "H", ReminderKind.ReportWaiting, "s", [], "", ReportKind: "claim"), "en",
            "The payment claim of project H for period (the whole project) is waiting for approval." },
    };

    [Theory, MemberData(nameof(Sentences))]
    public void Sentences_say_what_is_due_in_each_language(string why, Reminder reminder, string language, string expected)
    {
        Assert.True(expected == ReminderTexts.Sentence(reminder, language), $"{why}: {ReminderTexts.Sentence(reminder, language)}");
    }

    // Without a chosen language the mail has all three, Finnish first; every value from data is encoded in HTML.
    [Fact]
    public void The_mail_is_in_three_languages_and_encodes_the_data()
    {
        var mail = ReminderTexts.Mail(Due, new Recipient("u", "a@example.fi", "Anna <script>"), "https://plans.example.fi/");

        Assert.True(mail.Text.IndexOf("erääntyy", StringComparison.Ordinal) < mail.Text.IndexOf("ska lämnas", StringComparison.Ordinal));
        Assert.True(mail.Text.IndexOf("ska lämnas", StringComparison.Ordinal) < mail.Text.IndexOf("is due on", StringComparison.Ordinal));
        Assert.Contains("https://plans.example.fi/projects/3/reports/status/2026-H1", mail.Text);
        Assert.Contains("&lt;b&gt;hanke&lt;/b&gt; &amp; co", mail.Html);
        Assert.DoesNotContain("<b>", mail.Html);
        Assert.DoesNotContain("<script>", mail.Html);
        Assert.Contains("href=\"https://plans.example.fi/projects/3/reports/status/2026-H1\"", mail.Html);
        Assert.Equal("Hankevahti: raportti erääntyy – Hyvä <b>hanke</b> & co", mail.Subject);
    }

    // A person's language, when stored, is the only one; without a base URL there is no link.
    [Fact]
    public void A_chosen_language_is_the_only_one_and_no_base_url_means_no_link()
    {
        var mail = ReminderTexts.Mail(Due, new Recipient("u", "a@example.fi", null, "sv"), null);

        Assert.Contains("ska lämnas", mail.Text);
        Assert.DoesNotContain("erääntyy", mail.Text);
        Assert.DoesNotContain("http", mail.Text);
        Assert.StartsWith("Hankevahti: rapport ska lämnas", mail.Subject);
    }

    // A line break in a project's name cannot start a new header in the subject line.
    [Fact]
    public void The_subject_is_one_line()
    {
        var mail = ReminderTexts.Mail(Due with { ProjectName = "Hanke\r\nBcc: x@example.com" }, new Recipient("u", "a@example.fi", null), null);

        Assert.Equal("Hankevahti: raportti erääntyy – Hanke Bcc: x@example.com", mail.Subject);
    }
}
