using System.Text;
using System.Threading;
using DiplomacyData.Generators.Diagnostics;
using DiplomacyData.Unicode;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace DiplomacyData.Generators.Tests;

/// <summary>
/// The build as a reviewer that reads what ships: look-alike characters of other scripts, characters that reorder or
/// hide text, text in more than one normal form, and files that are not UTF-8 are each reported at the character,
/// and every message names them (UTS #39, UAX #9, UAX #15; the Trojan Source report).
/// </summary>
public class TextIsWhatItLooksLikeTests
{
    private const string LavrovAlias = "    aliases: [Sergei Lavrov]\n";
    private const string TitleLine = "    title: Lavrov and Araghchi hold talks\n";
    private const string AraghchiName = "    name: {given: Abbas, family: Araghchi}\n";

    // ---------------------------------------------------------------- spoofing

    [Theory]
    [InlineData("S\u0435rgey Lavrov", "\u0435", "CYRILLIC SMALL LETTER IE")]      // Cyrillic е
    [InlineData("Sergey Lavr\u03BFv", "\u03BF", "GREEK SMALL LETTER OMICRON")]     // Greek ο
    [InlineData("S\u0435rg\u0435y Lavrov", "\u0435", "CYRILLIC SMALL LETTER IE")]  // two of them
    public void A_name_spelt_with_look_alikes_of_another_script_is_the_ambiguity_and_a_mixed_script_word(string spoof, string foreign, string name)
    {
        var dataset = MiniDataset.With(AraghchiName, AraghchiName + $"    aliases: [\"{spoof}\"]\n");

        var run = dataset.Run();

        // Reported once, where the second of the two people is (people in id order), naming both spellings.
        var ambiguity = run.Single("DD0206");
        ambiguity.Message().ShouldContain("sergey-lavrov");
        ambiguity.Message().ShouldContain("abbas-araghchi");
        ambiguity.Message().ShouldContain(VisibleText.Of(spoof));
        var mixed = run.GeneratorDiagnostics.Where(d => d.Id == "DD0022").ToList();
        mixed.ShouldNotBeEmpty();
        mixed[0].Message().ShouldContain($"<U+{char.ConvertToUtf32(foreign, 0):X4} {name}>");
        mixed[0].Message().ShouldNotContain(foreign);
        var (line, column) = DiagnosticAssertions.PositionOf(dataset.Text(MiniDataset.DataPath), foreign);
        mixed[0].ShouldBeAt(MiniDataset.DataPath, line, column);
        run.CompilationErrors.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("\u0410\u0440\u0430\u0433\u0447\u0438")]         // Арагчи: Russian, wholly Cyrillic
    [InlineData("\u0639\u0628\u0627\u0633 \u0639\u0631\u0627\u0642\u0686\u06CC")] // عباس عراقچی: Persian
    [InlineData("\u062E\u0627\u0645\u0646\u0647\u200C\u0627\u06CC")] // خامنه‌ای: Persian with a ZWNJ between letters
    [InlineData("T\u00FCrkiye \u0130stanbul")]                   // Turkish, in NFC
    [InlineData("Ja\u02BCfari")]                                 // a modifier letter apostrophe
    public void A_name_written_wholly_in_its_own_script_passes(string native)
    {
        var run = MiniDataset.With(AraghchiName, AraghchiName + $"    aliases: [\"{native}\"]\n").Run();

        run.GeneratorDiagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void A_key_with_a_look_alike_says_which_character_is_not_what_it_looks_like()
    {
        var dataset = MiniDataset.With(TitleLine, "    titl\u0435: Lavrov and Araghchi hold talks\n");

        var run = dataset.Run();

        var unknown = run.GeneratorDiagnostics.First(d => d.Id == "DD0101");
        unknown.Message().ShouldContain("'titl<U+0435 CYRILLIC SMALL LETTER IE>'");
        unknown.Message().ShouldContain("(did you mean 'title'?)");
        run.GeneratorDiagnostics.ShouldContain(d => d.Id == "DD0022");
        run.GeneratorDiagnostics.ShouldAllBe(d => !d.Message().Contains('\u0435'));
    }

    [Fact]
    public void A_key_wholly_of_look_alikes_names_each_of_them()
    {
        // "іd": Cyrillic і and Latin d (mixed); "іԁ": both Cyrillic, a whole-script look-alike of "id".
        var run = MiniDataset.With("    status: happened\n", "    status: happened\n    \u0456\u0501: x\n").Run();

        run.GeneratorDiagnostics.First(d => d.Id == "DD0101").Message()
            .ShouldContain("'<U+0456 CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I><U+0501 CYRILLIC SMALL LETTER KOMI DE>'");
    }

    [Theory]
    [InlineData("talks-2025-l", "talks-2025-1")]   // l and 1
    [InlineData("rneeting", "meeting")]            // rn and m
    public void Two_ids_of_a_kind_that_look_alike_are_reported(string first, string second)
    {
        var dataset = MiniDataset.With("  - id: jcpoa\n    name: Joint Comprehensive Plan of Action\n",
            $"  - id: jcpoa\n    name: Joint Comprehensive Plan of Action\n  - id: {first}\n    name: One\n  - id: {second}\n    name: Two\n");

        var run = dataset.Run();

        var diagnostic = run.Single("DD0214");
        var (line, column) = DiagnosticAssertions.PositionOf(dataset.Text(MiniDataset.DataPath), "id: " + second);
        diagnostic.ShouldBeAt(MiniDataset.DataPath, line, column + "id: ".Length);
        diagnostic.Message().ShouldContain($"'{second}'");
        diagnostic.Message().ShouldContain($"'{first}'");
    }

    [Fact]
    public void Catalog_find_person_takes_a_spoofed_spelling_for_the_name_it_imitates()
    {
        // The key of a look-alike spelling is the key of the name it imitates: the build sees them as one name (DD0206),
        // and a search by what a reader sees finds the person whose name it is.
        NameKey.Normalize("S\u0435rgey Lavrov").ShouldBe(NameKey.Normalize("Sergey Lavrov"));
        NameKey.Normalize("\u0405cope").ShouldBe(NameKey.Normalize("scope"));
        NameKey.Normalize("Lavrov").ShouldNotBe(NameKey.Normalize("\u041B\u0430\u0432\u0440\u043E\u0432"));
    }

    // ---------------------------------------------------------------- characters that change what a reader sees

    [Theory]
    [InlineData("    title: Lavrov and XAraghchi hold talks\n")]
    [InlineData("    title: 'Lavrov and XAraghchi hold talks'\n")]
    [InlineData("    title: Lavrov and Araghchi hold talks # a commentX\n")]
    [InlineData("    tiXtle: Lavrov and Araghchi hold talks\n")]
    public void A_bidirectional_control_is_reported_where_it_stands_wherever_it_is(string place)
    {
        foreach (var control in new[] { "\u202E", "\u202A", "\u202B", "\u202C", "\u202D", "\u2066", "\u2067", "\u2068", "\u2069" })
        {
            var dataset = MiniDataset.With(TitleLine, place.Replace("X", control, StringComparison.Ordinal));

            var run = dataset.Run();

            var diagnostic = run.ShouldReportAt("DD0018", MiniDataset.DataPath, dataset.Text(MiniDataset.DataPath), control);
            diagnostic.Message().ShouldContain(CharacterNames.Tag(control[0]));
            diagnostic.Severity.ShouldBe(DiagnosticSeverity.Error);
        }
    }

    [Fact]
    public void A_bidirectional_control_written_as_an_escape_is_reported_at_its_value()
    {
        var dataset = MiniDataset.With(TitleLine, "    title: \"Lavrov and \\u202EAraghchi hold talks\"\n");

        var run = dataset.Run();

        run.ShouldReportAt("DD0018", MiniDataset.DataPath, dataset.Text(MiniDataset.DataPath), "\"Lavrov and");
    }

    [Theory]
    [InlineData("\u200E")]
    [InlineData("\u200F")]
    [InlineData("\u061C")]
    public void A_directional_mark_is_an_error_where_no_right_to_left_text_needs_it(string mark)
    {
        var dataset = MiniDataset.With(TitleLine, $"    title: Lavrov and Araghchi{mark} hold talks\n");

        var run = dataset.Run();

        run.ShouldReportAt("DD0019", MiniDataset.DataPath, dataset.Text(MiniDataset.DataPath), mark)
            .Message().ShouldContain(CharacterNames.Tag(mark[0]));
    }

    [Fact]
    public void A_directional_mark_beside_right_to_left_text_passes()
    {
        var run = MiniDataset.With(AraghchiName, AraghchiName + "    aliases: [\"\u0639\u0628\u0627\u0633 \u0639\u0631\u0627\u0642\u0686\u06CC\u200F (FM)\"]\n").Run();

        run.GeneratorDiagnostics.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("[\"\\u200c\"]")]
    [InlineData("[\"\\u200b\\u200d\"]")]
    [InlineData("[\"\\u2060 \\u00ad\"]")]
    [InlineData("[\"\\u200e\"]")]
    public void An_alias_made_only_of_invisible_characters_is_empty(string aliases)
    {
        var dataset = MiniDataset.With(LavrovAlias, $"    aliases: {aliases}\n");

        var run = dataset.Run();

        var diagnostic = run.Single("DD0107");
        diagnostic.Message().ShouldContain("only characters nobody sees");
        diagnostic.Message().ShouldContain("<U+");
        run.GeneratorDiagnostics.ShouldNotContain(d => d.Id == "DD0020" || d.Id == "DD0021" || d.Id == "DD0019");
    }

    [Fact]
    public void An_id_made_only_of_invisible_characters_is_no_id()
    {
        var run = MiniDataset.With("  - id: jcpoa\n", "  - id: \"\\u200b\"\n").Run();

        run.GeneratorDiagnostics.ShouldContain(d => d.Id == "DD0107" || d.Id == "DD0102");
        run.CompilationErrors.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Ser\u200Cgey Lavrov", "DD0020", "\u200C")]   // a ZWNJ between Latin letters joins nothing
    [InlineData("Sergey\u200D Lavrov", "DD0020", "\u200D")]
    [InlineData("Ser\u200Bgey Lavrov", "DD0021", "\u200B")]   // a zero-width space
    [InlineData("Ser\u00ADgey Lavrov", "DD0021", "\u00AD")]   // a soft hyphen
    [InlineData("Sergey\u2060Lavrov", "DD0021", "\u2060")]    // a word joiner
    [InlineData("Sergey Lavrov\uFE0F", "DD0021", "\uFE0F")]   // a variation selector
    public void A_character_nobody_sees_where_nothing_needs_it_is_reported_at_the_character(string alias, string id, string character)
    {
        var dataset = MiniDataset.With(AraghchiName, AraghchiName + $"    aliases: [\"{alias}\"]\n");

        var run = dataset.Run();

        var diagnostic = run.GeneratorDiagnostics.First(d => d.Id == id);
        var (line, column) = DiagnosticAssertions.PositionOf(dataset.Text(MiniDataset.DataPath), character);
        diagnostic.ShouldBeAt(MiniDataset.DataPath, line, column);
        diagnostic.Message().ShouldContain(CharacterNames.Tag(character[0]));
    }

    // ---------------------------------------------------------------- normal forms and encodings

    [Fact]
    public void A_name_in_nfd_names_the_handle_the_nfc_name_does_with_a_warning_at_the_first_place()
    {
        var nfd = MiniDataset.With("    name: Russia\n", "    name: \"Tu\u0308rkiye\"\n");
        var nfc = MiniDataset.With("    name: Russia\n", "    name: \"T\u00FCrkiye\"\n");

        var decomposed = nfd.Run();
        var composed = nfc.Run();

        decomposed.GeneratedKind("Countries").ShouldContain("Countries.T\u00FCrkiye".Split('.')[1]);
        decomposed.GeneratedKind("Countries").ShouldBe(composed.GeneratedKind("Countries"));
        var warning = decomposed.ShouldReportAt("DD0023", MiniDataset.DataPath, nfd.Text(MiniDataset.DataPath), "u\u0308");
        warning.Message().ShouldContain("<U+0075 LATIN SMALL LETTER U> + <U+0308 COMBINING DIAERESIS>");
        warning.Message().ShouldContain("<U+00FC LATIN SMALL LETTER U WITH DIAERESIS>");
        composed.GeneratorDiagnostics.ShouldBeEmpty();
        decomposed.GeneratorDiagnostics.Where(d => d.Id != "DD0023").ShouldBeEmpty();
    }

    [Fact]
    public void The_nfc_warning_is_given_once_per_file_with_how_many_values_more()
    {
        var run = MiniDataset.With(TitleLine, "    title: \"Lavrov and Araghchi hold talks in Tu\u0308rkiye\"\n    notes: \"Caf\u0065\u0301 and A\u030Angstr\u00F6m\"\n").Run();

        run.Single("DD0023").Message().ShouldContain("(and 1 more value in this file)");
    }

    [Fact]
    public void Evidence_in_nfc_matches_an_archived_text_in_nfd_with_a_warning_on_the_text()
    {
        var dataset = MiniDataset.With("Lavrov met Araghchi in Moscow on Friday.", "Lavrov met Araghchi in Moscow on Friday, in T\u00FCrkiye's presence.");
        dataset.Files[1] = (MiniDataset.ArchivePath, MiniDataset.Archive.Replace("on Friday.", "on Friday, in Tu\u0308rkiye's presence.", StringComparison.Ordinal));

        var run = dataset.Run();

        run.GeneratorDiagnostics.ShouldNotContain(d => d.Id == "DD0401");
        run.Single("DD0023").Location.GetLineSpan().Path.ShouldBe(MiniDataset.ArchivePath);
    }

    [Fact]
    public void Evidence_that_differs_only_in_compatibility_characters_says_so_and_names_them()
    {
        var run = MiniDataset.With("Lavrov met Araghchi in Moscow on Friday.", "Lavrov met Araghchi in Moscow on Friday. They discussed the nuclear \uFB01le.").Run();

        var message = run.Single("DD0401").Message();
        message.ShouldContain("<U+FB01 LATIN SMALL LIGATURE FI>");
        message.ShouldContain("<U+0066 LATIN SMALL LETTER F>");
        message.ShouldContain("compatibility characters (NFKC)");
    }

    [Fact]
    public void Evidence_that_differs_by_a_look_alike_names_both_characters()
    {
        // The archived article writes Moscow with a Cyrillic о; the curator typed a Latin o. Both look the same.
        var dataset = new MiniDataset();
        dataset.Files[1] = (MiniDataset.ArchivePath, MiniDataset.Archive.Replace("in Moscow", "in M\u043Escow", StringComparison.Ordinal));

        var run = dataset.Run();

        run.Single("DD0401").Message()
            .ShouldContain("the evidence has <U+006F LATIN SMALL LETTER O> where the text has <U+043E CYRILLIC SMALL LETTER O>");
    }

    [Fact]
    public void Evidence_with_a_word_that_mixes_scripts_is_refused_where_it_stands()
    {
        var dataset = MiniDataset.With("Lavrov met Araghchi in Moscow on Friday.", "Lavrov met Araghchi in Moscow on Fr\u0456day.");

        var run = dataset.Run();

        run.ShouldReportAt("DD0022", MiniDataset.DataPath, dataset.Text(MiniDataset.DataPath), "\u0456");
    }

    [Fact]
    public void An_archived_text_the_compiler_read_as_windows_1252_is_reported_not_checked_against()
    {
        var dataset = new MiniDataset();
        var files = dataset.Files
            .Select(f => f.Path == MiniDataset.ArchivePath
                ? (AdditionalText)new EncodedText(f.Path, SourceText.From(f.Text.Replace("Moscow", "Moskv\u00E4", StringComparison.Ordinal), CodePagesEncoding(1252)))
                : new InMemoryText(f.Path, f.Text));

        var run = GeneratorHarness.Run(files);

        var diagnostic = run.Single("DD0011");
        diagnostic.Location.GetLineSpan().Path.ShouldBe(MiniDataset.ArchivePath);
        diagnostic.Message().ShouldContain("windows-1252");
        run.GeneratorDiagnostics.ShouldNotContain(d => d.Id == "DD0401" || d.Id == "DD0008");
    }

    [Fact]
    public void A_yaml_file_the_compiler_read_as_latin_1_is_reported_at_its_first_character_outside_ascii()
    {
        var dataset = new MiniDataset(MiniDataset.Yaml.Replace("Test article", "Test articl\u00E9", StringComparison.Ordinal));
        var files = dataset.Files
            .Select(f => f.Path == MiniDataset.DataPath
                ? (AdditionalText)new EncodedText(f.Path, SourceText.From(f.Text, Encoding.Latin1))
                : new InMemoryText(f.Path, f.Text));

        var run = GeneratorHarness.Run(files);

        run.ShouldReportAt("DD0011", MiniDataset.DataPath, dataset.Text(MiniDataset.DataPath), "\u00E9");
    }

    [Fact]
    public void A_replacement_character_in_an_archived_text_says_the_bytes_were_not_utf8()
    {
        var dataset = new MiniDataset();
        dataset.Files[1] = (MiniDataset.ArchivePath, MiniDataset.Archive.Replace("nuclear", "nucl\uFFFDar", StringComparison.Ordinal));

        var run = dataset.Run();

        run.ShouldReportAt("DD0011", MiniDataset.ArchivePath, dataset.Text(MiniDataset.ArchivePath), "\uFFFD");
    }

    private static Encoding CodePagesEncoding(int codePage)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(codePage);
    }

    /// <summary>A file as the compiler hands it over after decoding it with <see cref="SourceText.Encoding"/>.</summary>
    private sealed class EncodedText(string path, SourceText text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }
}
