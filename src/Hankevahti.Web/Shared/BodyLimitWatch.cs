using Microsoft.AspNetCore.Http;

namespace Hankevahti.Web.Shared;

/// <summary>
/// The request body as it is, with a note of how much was read and whether the server's size limit
/// broke the reading. The form reader's callers (the antiforgery check above all) turn that failure into
/// a plain 400; <see cref="RequestSizeGuard"/> reads the note afterwards and answers 413 instead.
/// </summary>
internal sealed class BodyLimitWatch(Stream inner) : Stream
{
    public Stream Inner => inner;

    /// <summary>Kestrel refused to read past the request's MaxRequestBodySize.</summary>
    public bool LimitHit { get; private set; }

    public long BytesRead { get; private set; }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        try
        {
            var n = await inner.ReadAsync(buffer, cancellationToken);
            BytesRead += n;
            return n;
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            LimitHit = true;
            throw;
        }
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count)
    {
        try
        {
            var n = inner.Read(buffer, offset, count);
            BytesRead += n;
            return n;
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            LimitHit = true;
            throw;
        }
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => BytesRead; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
