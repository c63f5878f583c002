using System.IO;
using System.Text;

namespace DiplomacyData.Cli.Tests;

/// <summary>
/// <c>diplomacy draft</c> takes UTF-8 only: the archived text is kept byte for byte and the build reads it as UTF-8,
/// so a text saved in another encoding is refused, naming the file and where its first bad byte is, and nothing
/// is written; it is never read with U+FFFD in place of what the bytes meant.
/// </summary>
public class DraftEncodingTests
{
    private const string Article = "MOSCOW, March 14 -- Russian Foreign Minister Sergey Lavrov met Abbas Araghchi on Tuesday.\nThe minister's aide said the talks went well.\n";

    public static TheoryData<string, byte[], long, int> NotUtf8 => new()
    {
        // The issue's: an archived text saved as Windows-1252 (a curly apostrophe is 0x92 there).
        { "Windows-1252", Encoding.Latin1.GetBytes(Article.Replace("minister's", "minister\u0092s", StringComparison.Ordinal)), Article.IndexOf("'s aide", StringComparison.Ordinal), 2 },
        { "Latin-1 é", Encoding.Latin1.GetBytes(Article.Replace("Abbas", "Abb\u00e9s", StringComparison.Ordinal)), Article.IndexOf("as Araghchi", StringComparison.Ordinal), 1 },
        { "a sequence cut short at the end", [.. Encoding.UTF8.GetBytes(Article), 0xE2, 0x80], Encoding.UTF8.GetByteCount(Article), 3 },
        { "an overlong form of '/'", [.. Encoding.UTF8.GetBytes("MOSCOW "), 0xC0, 0xAF, .. Encoding.UTF8.GetBytes(" talks\n")], 7, 1 },
        { "a surrogate written as UTF-8", [.. Encoding.UTF8.GetBytes("MOSCOW\nA "), 0xED, 0xA0, 0x80, (byte)'\n'], 9, 2 },
    };

    [Theory]
    [MemberData(nameof(NotUtf8))]
    public void A_text_that_is_not_utf8_is_refused_at_its_first_bad_byte_and_nothing_is_written(string what, byte[] bytes, long offset, int line)
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("article.txt");
        File.WriteAllBytes(path, bytes);

        var result = CliRun.Expect(ExitCodes.InvalidInput, Arguments(temp, path));

        result.Error.ShouldContain($"'{path}' is not UTF-8", customMessage: what);
        result.Error.ShouldContain($"0x{bytes[offset]:X2} at byte offset {offset} (line {line})", customMessage: what);
        result.Out.ShouldBeEmpty();
        Directory.Exists(temp.Combine("data")).ShouldBeFalse(what);
    }

    [Theory]
    [InlineData("UTF-16LE")]
    [InlineData("UTF-16BE")]
    public void A_utf16_text_is_refused_by_its_byte_order_mark(string encoding)
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("article.txt");
        var utf16 = encoding == "UTF-16LE" ? new UnicodeEncoding(bigEndian: false, byteOrderMark: true) : new UnicodeEncoding(bigEndian: true, byteOrderMark: true);
        File.WriteAllBytes(path, [.. utf16.GetPreamble(), .. utf16.GetBytes(Article)]);

        var result = CliRun.Expect(ExitCodes.InvalidInput, Arguments(temp, path));

        result.Error.ShouldContain($"'{path}' is UTF-16");
        Directory.Exists(temp.Combine("data")).ShouldBeFalse();
    }

    [Fact]
    public void A_utf16_text_without_a_byte_order_mark_is_refused_by_its_nul_bytes()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("article.txt");
        File.WriteAllBytes(path, Encoding.Unicode.GetBytes(Article));

        var result = CliRun.Expect(ExitCodes.InvalidInput, Arguments(temp, path));

        result.Error.ShouldContain("0x00 at byte offset 1 (line 1)");
        Directory.Exists(temp.Combine("data")).ShouldBeFalse();
    }

    [Fact]
    public void Utf8_with_a_byte_order_mark_is_utf8_archived_byte_for_byte()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("article.txt");
        byte[] bytes = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Article)];
        File.WriteAllBytes(path, bytes);

        CliRun.Expect(ExitCodes.Success, Arguments(temp, path));

        File.ReadAllBytes(temp.Combine("data", "sources", "wire-2026-03-15.txt")).ShouldBe(bytes);
        var yaml = File.ReadAllText(temp.Combine("data", "sources", "wire-2026-03-15.yaml"));
        yaml.ShouldNotContain("\uFFFD");
        yaml.ShouldNotContain("\uFEFF");
        yaml.ShouldContain("dateline: MOSCOW, March 14");
    }

    [Fact]
    public void The_help_says_the_text_must_be_utf8_and_what_happens_otherwise()
    {
        // Words may wrap onto the next line of the help.
        var help = System.Text.RegularExpressions.Regex.Replace(CliRun.Expect(ExitCodes.Success, "draft", "--help").Out, "\\s+", " ");

        help.ShouldContain("UTF-8");
        help.ShouldContain("exit code 4");
    }

    private static string[] Arguments(TempDirectory temp, string article) =>
        ["draft", article, "--publisher", "Wire", "--published", "2026-03-15", "--title", "Talks", "--url", "https://example.org/wire/1", "--data", temp.Combine("data")];
}
