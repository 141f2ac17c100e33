using System.Globalization;
using Hankevahti.Following.Reminders;
using Microsoft.Extensions.Configuration;

namespace Hankevahti.Web.Following.Reminders;

/// <summary>
/// The SMTP server reminders are sent through (configuration Smtp:*). Without Smtp:Host nothing is sent and the
/// reminders show only in the app. The password is read from configuration like any other setting: give it through
/// the environment (Smtp__Password) or a secret store, never in a file under version control (docs/security.md).
/// </summary>
public sealed record SmtpSettings(string Host, int Port, string From, string? UserName, string? Password, bool UseTls);

/// <summary>Everything the reminders read from configuration.</summary>
/// <param name="Smtp">Null when Smtp:Host is not set: reminders show only in the app.</param>
/// <param name="DaysBefore">Reminders:DaysBefore: how many days before a report's due date its reminder goes (default 14).</param>
/// <param name="Interval">Reminders:Interval: how often the app scans (default 1 hour); zero or "off" turns the scans off.</param>
/// <param name="BaseUrl">App:BaseUrl: the app's address as people reach it, for links in e-mails; null gives mails without links.</param>
public sealed record ReminderSettings(SmtpSettings? Smtp, int DaysBefore, TimeSpan Interval, string? BaseUrl)
{
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromHours(1);

    /// <summary>
    /// Reads the settings; a value that cannot be used is a problem naming the key and what was expected (the app
    /// does not start with it, the CLI refuses), never a silent default.
    /// </summary>
    public static (ReminderSettings Settings, IReadOnlyList<string> Problems) From(IConfiguration configuration)
    {
        var problems = new List<string>();
        var host = configuration["Smtp:Host"]?.Trim();
        SmtpSettings? smtp = null;
        var useTls = Bool(configuration, "Smtp:UseTls", true, problems);
        if (!string.IsNullOrEmpty(host))
        {
            var port = Int(configuration, "Smtp:Port", useTls ? 587 : 25, 1, 65535, "a port number 1–65535, e.g. 587", problems);
            var from = configuration["Smtp:From"]?.Trim();
            if (string.IsNullOrEmpty(from) || !MimeKit.MailboxAddress.TryParse(from, out _))
            {
                problems.Add("Smtp:From must be the sender's e-mail address (e.g. hankevahti@example.fi, or \"Hankevahti <hankevahti@example.fi>\") when Smtp:Host is set");
            }
            var user = Blank(configuration["Smtp:UserName"]);
            var password = Blank(configuration["Smtp:Password"]);
            if ((user is null) != (password is null))
            {
                problems.Add("Smtp:UserName and Smtp:Password go together: give both, or neither for a server that takes mail without signing in");
            }
            smtp = new SmtpSettings(host, port, from ?? "", user, password, useTls);
        }
        var days = Int(configuration, "Reminders:DaysBefore", ReminderScan.DefaultDaysBefore, 0, 366, "a number of days 0–366, e.g. 14", problems);
        var interval = ParseInterval(configuration["Reminders:Interval"], problems);
        var baseUrl = Blank(configuration["App:BaseUrl"]);
        if (baseUrl is not null && (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
        {
            problems.Add($"App:BaseUrl must be the app's address starting with https:// (e.g. https://plans.example.fi), not '{baseUrl}'");
        }
        return (new ReminderSettings(smtp, days, interval, baseUrl), problems);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static TimeSpan ParseInterval(string? text, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return DefaultInterval;
        }
        if (text.Trim().Equals("off", StringComparison.OrdinalIgnoreCase))
        {
            return TimeSpan.Zero;
        }
        if (TimeSpan.TryParse(text.Trim(), CultureInfo.InvariantCulture, out var span) && span >= TimeSpan.Zero)
        {
            return span;
        }
        problems.Add($"Reminders:Interval must be a time span such as 01:00:00 (hourly) or off, not '{text}'");
        return DefaultInterval;
    }

    private static int Int(IConfiguration configuration, string key, int fallback, int min, int max, string expected, List<string> problems)
    {
        var text = configuration[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }
        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }
        problems.Add($"{key} must be {expected}, not '{text}'");
        return fallback;
    }

    private static bool Bool(IConfiguration configuration, string key, bool fallback, List<string> problems)
    {
        var text = configuration[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }
        if (bool.TryParse(text.Trim(), out var value))
        {
            return value;
        }
        problems.Add($"{key} must be true or false, not '{text}'");
        return fallback;
    }
}
