namespace AllianceAtlas.Web.Performance;

/// <summary>
/// Passes a page on to the reader as it is written and keeps a copy, until the copy would grow past its limit.
/// </summary>
public sealed class PageCaptureStream(Stream reader, long limit) : Stream
{
    private MemoryStream? _copy = new();

    /// <summary>The whole page as written, or null when it outgrew the limit.</summary>
    public byte[]? Page => _copy?.ToArray();

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        Keep(buffer);
        reader.Write(buffer);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Keep(buffer.Span);
        return reader.WriteAsync(buffer, cancellationToken);
    }

    public override void Flush() => reader.Flush();

    public override Task FlushAsync(CancellationToken cancellationToken) => reader.FlushAsync(cancellationToken);

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _copy?.Dispose();
            _copy = null;
        }

        base.Dispose(disposing);
    }

    private void Keep(ReadOnlySpan<byte> buffer)
    {
        if (_copy is null)
        {
            return;
        }

        if (_copy.Length + buffer.Length > limit)
        {
            _copy.Dispose();
            _copy = null;
            return;
        }

        _copy.Write(buffer);
    }
}
