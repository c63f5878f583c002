using System.Text;
using DiplomacyData.Cli.Report.Html;

namespace DiplomacyData.Report.Tests;

/// <summary>Keeps the report's files in memory, as UTF-8 bytes or, for large sets, only their sizes and a count of timeline marks.</summary>
internal sealed class MemoryOutput : ISiteOutput
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly bool _keepContent;

    public MemoryOutput(bool keepContent = true) => _keepContent = keepContent;

    public SortedDictionary<string, byte[]> Files { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, long> Sizes { get; } = new(StringComparer.Ordinal);

    public void Write(string path, string content)
    {
        Sizes[path] = Utf8.GetByteCount(content);
        if (_keepContent)
        {
            Files[path] = Utf8.GetBytes(content);
        }

        Written?.Invoke(path, content);
    }

    /// <summary>Called with every file as it is written.</summary>
    public Action<string, string>? Written { get; init; }

    public string Text(string path) => Utf8.GetString(Files[path]);
}
