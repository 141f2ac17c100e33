using System.Net;
using System.Net.Sockets;
using System.Text;
using Hankevahti.Web.Import;
using Hankevahti.Web.Tests.Support;

namespace Hankevahti.Web.Tests.Web;

/// <summary>
/// Uploads past the server's limits, tens of megabytes each. They run in a collection of their own,
/// after the others and alone: sent next to the browser tests on two cores they slowed a page load in
/// Chromium past its time limit.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LargeUploadCollection
{
    public const string Name = "Large uploads";
}

[Collection(LargeUploadCollection.Name)]
public sealed class LargeUploadTests(DemoAppFixture fixture) : IClassFixture<DemoAppFixture>
{
    private ImportFormClient NewClient() => new(fixture.App.Address);

    // Over the page's request limit (100 MB) the request is refused from its declared length, before the
    // form is read. It used to be read until the limit broke it, and the status page then said "code 0".
    // The body is still taken in (and thrown away), so that a browser that is still sending gets the page.
    [Fact]
    public async Task A_request_over_the_pages_limit_gets_the_too_large_page()
    {
        using var client = NewClient();
        using var response = await client.UploadAsync("valtava.txt", new byte[101 * 1024 * 1024]);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("<h1>Tiedosto on liian suuri</h1>", html);
        Assert.DoesNotContain("koodilla", html);
    }

    // Far over the limit (a gigabyte declared) nothing is taken in: the answer comes at once, from the
    // headers alone, while the client has not sent a byte of the body.
    [Fact]
    public async Task A_request_declaring_a_gigabyte_is_answered_from_its_headers()
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(fixture.App.Address.Host, fixture.App.Address.Port);
        var stream = tcp.GetStream();
        stream.ReadTimeout = 20_000;
        var head = $"POST /import HTTP/1.1\r\nHost: {fixture.App.Address.Authority}\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: {1L << 30}\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));

        var answer = new StringBuilder();
        var buffer = new byte[8192];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (!answer.ToString().Contains("</html>", StringComparison.Ordinal))
        {
            var n = await stream.ReadAsync(buffer, timeout.Token);
            if (n == 0)
            {
                break;
            }
            answer.Append(Encoding.UTF8.GetString(buffer, 0, n));
        }
        var text = WebUtility.HtmlDecode(answer.ToString());

        Assert.StartsWith("HTTP/1.1 413", text);
        Assert.Contains("<h1>Tiedosto on liian suuri</h1>", text);
    }

    // Between the readers' 20 MB and the page's 100 MB, past the server's default of about 28.6 MB: the
    // page's own limit must be the one in force, so the user gets the message naming the file.
    [Fact]
    public async Task A_file_larger_than_the_servers_default_limit_still_gets_the_pages_message()
    {
        using var client = NewClient();
        var bytes = new byte[40 * 1024 * 1024];
        Array.Fill(bytes, (byte)'a');
        using var response = await client.UploadAsync("suuri.txt", bytes);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Tiedosto suuri.txt on 40 Mt", html);
    }

    // A body sent in chunks declares no length, so the guard cannot refuse it from its headers: the limit
    // breaks it while the form is read. That gave the generic 400 page; it must be the same 413 page as a
    // declared length gets. Sent by hand, as curl would: HttpClient stops reading when the server closes
    // the connection under a body it is still sending. The file is made as it is sent (110 MB of 'a' in
    // 64 KB chunks), never held in memory.
    [Fact]
    public async Task A_chunked_request_over_the_pages_limit_gets_the_too_large_page()
    {
        using var client = NewClient();
        var (_, page) = await client.GetAsync("/import");
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(fixture.App.Address.Host, fixture.App.Address.Port);
        var stream = tcp.GetStream();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var head = $"POST /import HTTP/1.1\r\nHost: {fixture.App.Address.Authority}\r\nCookie: {client.CookieHeader}\r\n" +
            "Content-Type: multipart/form-data; boundary=b\r\nTransfer-Encoding: chunked\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head), timeout.Token);
        // The answer is read while the body is still going out: the server may answer before it has all of it.
        var answer = ReadAnswerAsync(stream, timeout.Token);

        var sent = 0L;
        try
        {
            await WriteChunkAsync(stream, Encoding.ASCII.GetBytes(
                $"--b\r\nContent-Disposition: form-data; name=\"__RequestVerificationToken\"\r\n\r\n{ImportFormClient.Token(page)}\r\n" +
                "--b\r\nContent-Disposition: form-data; name=\"Upload\"; filename=\"valtava.txt\"\r\nContent-Type: text/plain\r\n\r\n"), timeout.Token);
            var block = new byte[64 * 1024];
            Array.Fill(block, (byte)'a');
            for (; sent < 110L * 1024 * 1024 && !answer.IsCompleted; sent += block.Length)
            {
                await WriteChunkAsync(stream, block, timeout.Token);
            }
            await WriteChunkAsync(stream, Encoding.ASCII.GetBytes("\r\n--b--\r\n"), timeout.Token);
            await stream.WriteAsync(Encoding.ASCII.GetBytes("0\r\n\r\n"), timeout.Token);
        }
        catch (IOException)
        {
            // The server closed the connection after its answer: the rest of the body is not wanted.
        }
        var text = WebUtility.HtmlDecode(await answer);

        // The answer came only after the limit was passed: it is the body's size, not its headers, that was refused.
        Assert.True(sent > IndexModel.RequestLimit - 1024 * 1024, $"answered after {sent} bytes: {text[..Math.Min(text.Length, 200)]}");
        Assert.StartsWith("HTTP/1.1 413", text);
        Assert.Contains("<h1>Tiedosto on liian suuri</h1>", text);
        Assert.DoesNotContain("koodilla", text);
    }

    private static async Task WriteChunkAsync(Stream stream, byte[] data, CancellationToken ct)
    {
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"{data.Length:x}\r\n"), ct);
        await stream.WriteAsync(data, ct);
        await stream.WriteAsync("\r\n"u8.ToArray(), ct);
    }

    /// <summary>The server's answer up to the end of its page, or all it sent before it closed the connection.</summary>
    private static async Task<string> ReadAnswerAsync(Stream stream, CancellationToken ct)
    {
        var answer = new StringBuilder();
        var buffer = new byte[8192];
        try
        {
            while (!answer.ToString().Contains("</html>", StringComparison.Ordinal))
            {
                var n = await stream.ReadAsync(buffer, ct);
                if (n == 0)
                {
                    break;
                }
                answer.Append(Encoding.UTF8.GetString(buffer, 0, n));
            }
        }
        catch (IOException)
        {
            // Reset after the answer: what came is the answer.
        }
        return answer.ToString();
    }
}
