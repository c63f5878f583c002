using System.Text;
using DiplomacyData.Cli.Report.Html;

namespace DiplomacyData.Report.Tests;

/// <summary>
/// Keeps the report's files in memory: every file's size in bytes, and the UTF-8 bytes of the files
/// <c>keep</c> selects (all by default; for a large set only those a test reads, so that it stays small).
/// </summary>
internal sealed class MemoryOutput : ISiteOutput
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly Func<string, bool> _keep;

    public MemoryOutput(Func<string, bool>? keep = null) => _keep = keep ?? (_ => true);

    public SortedDictionary<string, byte[]> Files { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, long> Sizes { get; } = new(StringComparer.Ordinal);

    public TextWriter Create(string path)
    {
        var stream = _keep(path) ? new MemoryStream() : (Stream)new CountingStream();
        return new ClosingWriter(stream, () =>
        {
            Sizes[path] = stream.Length;
            if (stream is MemoryStream memory)
            {
                Files[path] = memory.ToArray();
            }
        });
    }

    public string Text(string path) => Utf8.GetString(Files[path]);

    /// <summary>A UTF-8 writer that records its file when disposed.</summary>
    private sealed class ClosingWriter(Stream stream, Action closed) : StreamWriter(stream, Utf8, 1 << 16, leaveOpen: true)
    {
        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            if (disposing)
            {
                closed();
            }
        }
    }

    /// <summary>Counts the bytes written and keeps none.</summary>
    private sealed class CountingStream : Stream
    {
        private long _length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position { get => _length; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => _length += count;

        public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
