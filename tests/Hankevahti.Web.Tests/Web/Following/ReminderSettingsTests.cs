using Hankevahti.Web.Following.Reminders;
using Microsoft.Extensions.Configuration;

namespace Hankevahti.Web.Tests.Web.Following;

/// <summary>The reminder settings: defaults, and a value that cannot be used named with what was expected.</summary>
public class ReminderSettingsTests
{
    private static (ReminderSettings Settings, IReadOnlyList<string> Problems) Read(params string[] pairs) =>
        ReminderSettings.From(new ConfigurationBuilder().AddInMemoryCollection(pairs.Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => (string?)p[1])).Build());

    public static TheoryData<string, string[], string> Problems() => new()
    {
        // A host without a sender: every mail would be refused by the server.
        { "no From", ["Smtp:Host=mail.example.fi"], "Smtp:From must be the sender's e-mail address" },
        { "bad From", ["Smtp:Host=mail.example.fi", "Smtp:From=not an address"], "Smtp:From must be" },
        { "bad port", ["Smtp:Host=mail.example.fi", "Smtp:From=a@example.fi", "Smtp:Port=70000"], "Smtp:Port must be a port number 1–65535" },
        // A user name without its password would send mail unauthenticated, or fail late: refused at start.
        { "user without password", ["Smtp:Host=mail.example.fi", "Smtp:From=a@example.fi", "Smtp:UserName=u"], "Smtp:UserName and Smtp:Password go together" },
        { "bad UseTls", ["Smtp:UseTls=yes"], "Smtp:UseTls must be true or false, not 'yes'" },
        { "negative days", ["Reminders:DaysBefore=-1"], "Reminders:DaysBefore must be a number of days 0–366" },
        { "bad interval", ["Reminders:Interval=hourly"], "Reminders:Interval must be a time span such as 01:00:00 (hourly) or off" },
        // A link that is not http(s) would be a javascript: or file: link in every e-mail.
        { "bad base URL", ["App:BaseUrl=javascript:alert(1)"], "App:BaseUrl must be the app's address" },
    };

    [Theory, MemberData(nameof(Problems))]
    public void A_setting_that_cannot_be_used_is_named(string why, string[] pairs, string expected)
    {
        var (_, problems) = Read(pairs);

        Assert.True(problems.Any(p => p.Contains(expected, StringComparison.Ordinal)), $"{why}: {string.Join(" | ", problems)}");
    }

    [Fact]
    public void Defaults_send_nothing_without_a_host_and_use_STARTTLS_on_587_with_one()
    {
        var (none, noProblems) = Read();
        Assert.Empty(noProblems);
        Assert.Null(none.Smtp);
        Assert.Equal((14, TimeSpan.FromHours(1)), (none.DaysBefore, none.Interval));

        var (some, problems) = Read("Smtp:Host=mail.example.fi", "Smtp:From=Hankevahti <a@example.fi>", "Reminders:Interval=off", "Reminders:DaysBefore=7");
        Assert.Empty(problems);
        Assert.Equal(new SmtpSettings("mail.example.fi", 587, "Hankevahti <a@example.fi>", null, null, true), some.Smtp);
        Assert.Equal((7, TimeSpan.Zero), (some.DaysBefore, some.Interval));
    }
}
