using System.IO;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using DiplomacyData.Testing;
using DiplomacyData.Unicode;

namespace DiplomacyData.Generators.Tests;

/// <summary>
/// The vendored Unicode data (src/Shared/Unicode/Data) is the version its PROVENANCE.md names, byte for byte, and the
/// properties read from it are Unicode's: checked on characters whose properties the standard fixes.
/// </summary>
public class UnicodeDataTests
{
    private static readonly string s_dataFolder = Path.Combine(Repository.Root, "src", "Shared", "Unicode", "Data");

    public static TheoryData<string, string> VendoredFiles()
    {
        var data = new TheoryData<string, string>();
        var provenance = File.ReadAllText(Path.Combine(s_dataFolder, "PROVENANCE.md"));
        foreach (Match row in Regex.Matches(provenance, @"^\| `(?<file>[^`]+)` \|.*\| `(?<digest>[0-9a-f]{64})` \|$", RegexOptions.Multiline))
        {
            data.Add(row.Groups["file"].Value, row.Groups["digest"].Value);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(VendoredFiles))]
    public void Each_vendored_file_is_the_file_its_provenance_names(string file, string digest)
    {
        using var stream = new GZipStream(File.OpenRead(Path.Combine(s_dataFolder, file + ".gz")), CompressionMode.Decompress);

        Convert.ToHexStringLower(SHA256.HashData(stream)).ShouldBe(digest);
    }

    [Fact]
    public void Every_file_in_the_folder_is_in_the_provenance()
    {
        var named = VendoredFiles().Select(row => (string)row[0] + ".gz").ToHashSet();

        Directory.GetFiles(s_dataFolder, "*.gz").Select(Path.GetFileName).ShouldBeSubsetOf(named);
        named.Count.ShouldBe(Directory.GetFiles(s_dataFolder, "*.gz").Length);
    }

    [Theory]
    [InlineData(0x0435, "CYRILLIC SMALL LETTER IE")]
    [InlineData(0x200C, "ZERO WIDTH NON-JOINER")]
    [InlineData(0x202E, "RIGHT-TO-LEFT OVERRIDE")]
    [InlineData(0x0000, "NULL")]
    [InlineData(0x0085, "NEXT LINE (NEL)")]
    [InlineData(0x4E00, "CJK UNIFIED IDEOGRAPH-4E00")]
    [InlineData(0xAC00, "HANGUL SYLLABLE GA")]
    [InlineData(0xD7A3, "HANGUL SYLLABLE HIH")]
    [InlineData(0xE000, "PRIVATE USE")]
    [InlineData(0xFFFF, "NONCHARACTER")]
    [InlineData(0x0378, "UNASSIGNED")]
    [InlineData(0x1F600, "GRINNING FACE")]
    public void Characters_have_their_unicode_names(int codePoint, string name) =>
        CharacterNames.Of(codePoint).ShouldBe(name);

    [Theory]
    [InlineData(0x0041, "Latn")]
    [InlineData(0x0435, "Cyrl")]
    [InlineData(0x06CC, "Arab")]
    [InlineData(0x0030, UnicodeProperties.Common)]
    [InlineData(0x200C, UnicodeProperties.Inherited)]
    [InlineData(0x0378, "Zzzz")]
    public void Characters_have_their_scripts(int codePoint, string script) =>
        UnicodeProperties.Script(codePoint).ShouldBe(script);

    [Fact]
    public void Script_extensions_list_the_scripts_a_shared_character_is_used_with()
    {
        UnicodeProperties.ScriptExtensions(0x0640).ShouldContain("Arab");   // ARABIC TATWEEL: Common, used with Arabic, Syriac …
        UnicodeProperties.ScriptExtensions(0x0660).ShouldContain("Thaa");   // ARABIC-INDIC DIGIT ZERO
        UnicodeProperties.ScriptExtensions(0x0041).ShouldBe(["Latn"]);       // not listed: its script alone
    }

    [Fact]
    public void Properties_come_from_their_files()
    {
        UnicodeProperties.IsBidiControl(0x202E).ShouldBeTrue();
        UnicodeProperties.IsBidiControl(0x061C).ShouldBeTrue();
        UnicodeProperties.IsBidiControl(0x200B).ShouldBeFalse();
        UnicodeProperties.IsJoinControl(0x200D).ShouldBeTrue();
        UnicodeProperties.IsDefaultIgnorable(0x00AD).ShouldBeTrue();
        UnicodeProperties.IsDefaultIgnorable(0x3164).ShouldBeTrue();
        UnicodeProperties.IsDefaultIgnorable(0x0020).ShouldBeFalse();
        UnicodeProperties.IsRightToLeft(0x0627).ShouldBeTrue();
        UnicodeProperties.IsRightToLeft(0x05D0).ShouldBeTrue();
        UnicodeProperties.IsRightToLeft(0x0661).ShouldBeFalse();             // Arabic-Indic digits are AN, not AL
        UnicodeProperties.JoiningType(0x0628).ShouldBe('D');                 // beh joins on both sides
        UnicodeProperties.JoiningType(0x0631).ShouldBe('R');                 // reh on one
        UnicodeProperties.JoiningType(0x0041).ShouldBe('U');
        UnicodeProperties.CombiningClass(0x094D).ShouldBe(9);                // DEVANAGARI SIGN VIRAMA
        UnicodeProperties.GeneralCategory(0x06F3).ShouldBe(System.Globalization.UnicodeCategory.DecimalDigitNumber);
        UnicodeProperties.DecimalDigitValue(0x06F3).ShouldBe(3);
        UnicodeProperties.DecimalDigitValue(0x1D7D9).ShouldBe(1);            // MATHEMATICAL DOUBLE-STRUCK DIGIT ONE, in a run of fifty
    }

    [Theory]
    [InlineData("S\u0435rgey", "Sergey")]     // Cyrillic е
    [InlineData("\u0455cope", "scope")]        // Cyrillic ѕ
    [InlineData("paypa\u04C0", "paypal")]     // Cyrillic capital palochka
    [InlineData("a\u200Bb", "ab")]             // a zero-width space is default-ignorable
    [InlineData("rn", "m")]
    public void Look_alikes_have_one_skeleton(string spoof, string original) =>
        Confusables.Skeleton(spoof).ShouldBe(Confusables.Skeleton(original));

    [Theory]
    [InlineData("Lavrov", "Лавров")]
    [InlineData("Araghchi", "Arakchi")]
    public void Different_names_have_different_skeletons(string one, string other) =>
        Confusables.Skeleton(one).ShouldNotBe(Confusables.Skeleton(other));
}
