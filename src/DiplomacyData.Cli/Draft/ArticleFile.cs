using System;
using System.Buffers;
using System.Globalization;
using System.IO;
using System.Text.Unicode;

namespace DiplomacyData.Cli.Draft;

/// <summary>
/// An article's text file as <c>draft</c> takes it: its bytes, archived as they are, and its text, read as strict
/// UTF-8. The build reads archived texts as UTF-8, so any other encoding is refused here, at its first bad byte,
/// rather than read with U+FFFD in place of what the bytes meant.
/// </summary>
/// <param name="Bytes">The file as it is, UTF-8 byte-order mark included if it has one.</param>
/// <param name="Text">The text, without the byte-order mark.</param>
internal sealed record ArticleFile(byte[] Bytes, string Text)
{
    /// <summary>Reads <paramref name="path"/>; a <see cref="CliException"/> (<see cref="ExitCodes.InvalidInput"/>) when it is not UTF-8 text.</summary>
    public static ArticleFile Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        // UTF-16 (and UTF-32 LE) byte-order marks: named, as "0xFF at byte offset 0" would not tell the curator what to do.
        if (bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
        {
            throw new CliException(ExitCodes.InvalidInput, $"'{path}' is UTF-16 (it begins with a UTF-16 byte-order mark), not UTF-8; save the text as UTF-8 and draft it again (the archived text is kept byte for byte, and the build reads it as UTF-8).");
        }

        var chars = new char[bytes.Length];
        var status = Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false, isFinalBlock: true);
        if (status != OperationStatus.Done)
        {
            throw NotUtf8(path, bytes, read);
        }

        // A NUL is never in an article's text; in one that decodes as UTF-8 it is most likely UTF-16 without a byte-order mark.
        var nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0)
        {
            throw NotUtf8(path, bytes, nul);
        }

        var text = new string(chars, 0, written);
        return new ArticleFile(bytes, text.StartsWith('\uFEFF') ? text[1..] : text);
    }

    private static CliException NotUtf8(string path, byte[] bytes, int offset)
    {
        var line = 1 + bytes.AsSpan(0, offset).Count((byte)'\n');
        return new CliException(
            ExitCodes.InvalidInput,
            string.Create(CultureInfo.InvariantCulture, $"'{path}' is not UTF-8 text: the byte 0x{bytes[offset]:X2} at byte offset {offset} (line {line}) is not {(bytes[offset] == 0 ? "text (UTF-16 without a byte-order mark?)" : "valid UTF-8")}."),
            ["Save the article as UTF-8 (\"Save as\" > encoding UTF-8, or iconv -f WINDOWS-1252 -t UTF-8) and draft it again; nothing was written."]);
    }
}
