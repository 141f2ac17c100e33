using Hankevahti.Following.Reminders;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Hankevahti.Web.Following.Reminders;

/// <summary>
/// Sends reminder e-mails through the configured SMTP server (MailKit). One connection serves a whole scan: it is
/// opened at the first mail and closed when the mailer is disposed.
/// </summary>
public sealed class ReminderMailer(SmtpSettings smtp, string? baseUrl) : IAsyncDisposable
{
    private readonly SmtpClient client = new() { Timeout = 30_000 };

    public async Task SendAsync(Reminder reminder, Recipient to, CancellationToken ct)
    {
        var mail = ReminderTexts.Mail(reminder, to, baseUrl);
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(smtp.From));
        message.To.Add(new MailboxAddress(to.Name is { } name ? ReminderTexts.OneLine(name) : null, to.Email));
        message.Subject = mail.Subject;
        message.Body = new BodyBuilder { TextBody = mail.Text, HtmlBody = mail.Html }.ToMessageBody();
        await ConnectAsync(ct);
        await client.SendAsync(message, ct);
    }

    private async Task ConnectAsync(CancellationToken ct)
    {
        if (client.IsConnected)
        {
            return;
        }
        // UseTls: TLS from the start on port 465, else STARTTLS, which the server must offer; off only for a local relay or a test sink.
        var security = !smtp.UseTls ? SecureSocketOptions.None : smtp.Port == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTls;
        await client.ConnectAsync(smtp.Host, smtp.Port, security, ct);
        if (smtp.UserName is { } user && smtp.Password is { } password)
        {
            await client.AuthenticateAsync(user, password, ct);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (client.IsConnected)
        {
            try
            {
                await client.DisconnectAsync(true);
            }
            catch (Exception ex) when (ex is IOException or MailKit.ProtocolException or OperationCanceledException)
            {
                // The mails are sent; a server that drops the line at QUIT changes nothing.
            }
        }
        client.Dispose();
    }
}
