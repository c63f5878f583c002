using System.Globalization;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using Microsoft.CodeAnalysis;

namespace DiplomacyData.Generators.Tests;

/// <summary>
/// Curator text the build accepts reaches the compiled dataset unchanged, byte for byte but for its normal form
/// (NFC, which the build reads every text in), whatever characters it holds: the generated assembly is emitted,
/// loaded, and its strings read back by reflection. Text the build refuses (characters that reorder or hide what a
/// reader sees) is reported instead of shipped.
/// </summary>
public class RoundTripTests
{
    private const string TopicLine = "    name: Joint Comprehensive Plan of Action\n";
    private const string AliasLine = "    aliases: [Sergei Lavrov]\n";
    private const string EvidenceLine = "          - \"Lavrov met Araghchi in Moscow on Friday.\"\n";

    private static readonly string s_allControlCharacters =
        new string(Enumerable.Range(1, 0x1F).Select(i => (char)i).ToArray()) + "\u007F";

    /// <summary>Strings that break naive C# or YAML writers, by name (the names keep test names printable).</summary>
    private static readonly Dictionary<string, string> s_hostile = new(StringComparer.Ordinal)
    {
        ["quotes-and-backslashes"] = "She said \"no\", then 'yes' \\ \\\\ \\\" \\n \\u0041 \" \\",
        ["braces"] = "{ } {{ }} {0} {{{{x}}}} }{",
        ["comment-markers"] = "*/ closes, /* opens, // line, /** doc */ and */ again /*",
        ["preprocessor-lines"] = "first\n#error oops\n#if false\nhidden\n#endif\n  #region r\n#line 1 \"x.cs\"\nlast",
        ["raw-string-delimiters"] = "\"\"\" and \"\"\"\" and $\"\"\"{x}\"\"\" and @\"verbatim\"\"\" end",
        ["line-endings"] = "crlf\r\nlf\nlone cr\rcr cr\r\rend\r\n",
        ["unicode-line-breaks"] = "ls\u2028ps\u2029nel\u0085vt\u000Bff\u000Cend",
        ["control-characters"] = "<" + s_allControlCharacters + ">",
        ["nul"] = "before\0after\0",
        ["right-to-left"] = "\u0633\u0644\u0627\u0645 \u062F\u0646\u06CC\u0627 / \u0645\u0631\u062D\u0628\u0627 / \u05E9\u05DC\u05D5\u05DD \u200F\u200E",
        ["zero-width-non-joiner"] = "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645 \u062E\u0627\u0645\u0646\u0647\u200C\u0627\u06CC",
        ["surrogate-pairs"] = "\U0001F600 \U0001D11E \U0001F1EE\U0001F1F7 \U00010000\U0010FFFD",
        ["combining-marks"] = "e\u0301 a\u0308\u0323 Z\u0351\u0352\u0353\u0354 \u0915\u094D\u0937 \u0301leading",
        ["whitespace-edges"] = "  \t leading and trailing \t  ",
        ["yaml-indicators"] = "- ? : , [ ] { } # & * ! | > ' \" % @ ` --- ... key: value",
        // U+FFFD is left out: in an archived text it is a decoding error (DD0011); Every_character_round_trips ships it in a description.
        ["non-characters"] = "\uFFFE\uFFFF\uE000\uF8FF",
        ["everything"] = string.Concat(
            "She said \"no\" \\ {{ */ /*\n#error oops\n#if false\n\"\"\"\" \r\n\r \u2028\u2029\u0085",
            s_allControlCharacters, "\0 \u05E9 \u200F \U0001F600 e\u0301"),
    };

    /// <summary>Strings the build refuses, each with the diagnostic it reports: they reorder or hide what a reader sees.</summary>
    private static readonly Dictionary<string, string> s_refused = new(StringComparer.Ordinal)
    {
        ["right-to-left-override"] = "DD0018:\u202Eevil\u202C",
        ["isolates"] = "DD0018:\u2066isolate\u2069 \u2067rtl\u2069 \u2068first-strong\u2069",
        ["embeddings"] = "DD0018:a\u202Bb\u202Ac\u202Dd",
        ["mark-without-right-to-left"] = "DD0019:left\u200Eto\u200Fright",
        ["emoji-joiner"] = "DD0020:\U0001F468\u200D\U0001F469\u200D\U0001F467",
        ["latin-non-joiner"] = "DD0020:a\u200Cb",
        ["zero-width-space"] = "DD0021:a\u200Bb\u2060c",
        ["bom-in-the-middle"] = "DD0021:before\uFEFFafter\uFEFF",
        ["mixed-scripts"] = "DD0022:S\u0435rgey",
    };

    /// <summary>
    /// Each string as the description of a topic of its own, as an alias of Sergey Lavrov and (framed by a few words)
    /// as an evidence quote whose archived text holds it; then read back from the compiled assembly.
    /// <paramref name="raw"/>: characters YAML allows unescaped are written as they are; otherwise every character
    /// outside printable ASCII is a \u or \U escape.
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Hostile_strings_round_trip_byte_for_byte(bool raw)
    {
        var names = s_hostile.Keys.ToList();
        var topics = new StringBuilder(TopicLine);
        var quotes = new StringBuilder();
        foreach (var name in names)
        {
            topics.Append($"  - id: hostile-{name}\n    name: Hostile {name}\n    description: {DoubleQuoted(s_hostile[name], raw)}\n");
            quotes.Append("          - ").Append(DoubleQuoted(QuoteOf(name), raw)).Append('\n');
        }

        var yaml = MiniDataset.Yaml
            .ReplaceOnce(TopicLine, topics.ToString())
            .ReplaceOnce(AliasLine, "    aliases: [Sergei Lavrov, " + string.Join(", ", names.Select(n => DoubleQuoted(s_hostile[n], raw))) + "]\n")
            .ReplaceOnce(EvidenceLine, EvidenceLine + quotes);
        var archive = MiniDataset.Archive + string.Concat(names.Select(n => QuoteOf(n) + "\n"));
        var dataset = new MiniDataset(yaml).Without(MiniDataset.ArchivePath).AndFile(MiniDataset.ArchivePath, archive);

        var run = dataset.Run();

        run.Errors.ShouldBeEmpty(string.Join(Environment.NewLine, run.Errors));
        var problems = new List<string>();
        WithLoadedAssembly(run, assembly =>
        {
            var aliases = Handle(assembly, "People", "SergeyLavrov").Get<IReadOnlyList<string>>("Aliases");
            aliases.Count.ShouldBe(names.Count + 1);
            aliases[0].ShouldBe("Sergei Lavrov");
            var citation = Handle(assembly, "Engagements", "LavrovAraghchiTalks20250418").Get<System.Collections.IEnumerable>("Sources").Cast<object>().Single();
            var evidence = citation.Get<IReadOnlyList<string>>("Evidence");
            evidence.Count.ShouldBe(names.Count + 1);
            for (var i = 0; i < names.Count; i++)
            {
                var name = names[i];
                var topic = TryHandle(assembly, "Topics", HandleOf("hostile-" + name));
                if (topic is null)
                {
                    problems.Add($"{name}: topic hostile-{name} is missing");
                }
                else
                {
                    problems.AddRange(RoundTripProblem(topic.Get<string>("Description"), Nfc(s_hostile[name]), $"{name}, topic description"));
                }

                problems.AddRange(RoundTripProblem(aliases[i + 1], Nfc(s_hostile[name]), $"{name}, alias"));
                problems.AddRange(RoundTripProblem(evidence[i + 1], Nfc(QuoteOf(name)), $"{name}, evidence"));
            }
        });

        problems.ShouldBeEmpty(string.Join(Environment.NewLine, problems));
    }

    private static string QuoteOf(string name) => "Lavrov said: " + s_hostile[name] + " :end";

    /// <summary>The text in NFC, U+FFFE kept as it is (NFC leaves it, but .NET will not normalise a string that holds it).</summary>
    private static string Nfc(string text) => string.Join("\uFFFE", text.Split('\uFFFE').Select(part => part.Normalize(NormalizationForm.FormC)));

    /// <summary>Each refused string, as a description, an alias and an evidence quote, written raw and as escapes: reported where it stands, never shipped.</summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Strings_that_reorder_or_hide_text_are_reported_not_shipped(bool raw)
    {
        foreach (var (name, entry) in s_refused)
        {
            var (id, value) = (entry.Substring(0, 6), entry.Substring(7));
            var dataset = MiniDataset.With(TopicLine, TopicLine + $"    description: {DoubleQuoted(value, raw)}\n");

            var run = dataset.Run();

            run.Errors.ShouldContain(d => d.Id == id, $"{name}: {string.Join(Environment.NewLine, run.Errors)}");
            run.Errors.ShouldAllBe(d => d.Location.GetLineSpan().Path == MiniDataset.DataPath && d.Location.GetLineSpan().StartLinePosition.Line == DiagnosticAssertions.PositionOf(dataset.Text(MiniDataset.DataPath), "description:").Line - 1, name);
            run.CompilationErrors.ShouldBeEmpty(name);
            WithLoadedAssembly(run, assembly => TryHandle(assembly, "Topics", "Jcpoa").ShouldBeNull($"{name}: the record with the refused text is not shipped"));
        }
    }

    /// <summary>
    /// Every character of the Basic Multilingual Plane but the surrogates, and some beyond it, each as a word of its
    /// own (so that no word mixes scripts), in four descriptions; less the characters the build refuses in a value
    /// (bidirectional controls, joiners where nothing joins, other default-ignorable characters), which the tests
    /// above report. Each comes back as written, in NFC (U+212B ANGSTROM SIGN as U+00C5, for one).
    /// </summary>
    [Fact]
    public void Every_character_round_trips()
    {
        var characters = Enumerable.Range(0, 0x10000)
            .Where(c => c is < 0xD800 or > 0xDFFF)
            .Concat([0x10000, 0x1F600, 0x1D11E, 0x20000, 0xF0000, 0x10FFFD])
            .Where(c => !Unicode.UnicodeProperties.IsBidiControl(c) && !Unicode.UnicodeProperties.IsJoinControl(c) && !Unicode.UnicodeProperties.IsDefaultIgnorable(c))
            .Select(char.ConvertFromUtf32)
            .ToList();
        var chunks = characters.Chunk((characters.Count / 4) + 1).ToList();
        var values = chunks.Select(chunk => string.Join(" ", chunk)).ToList();
        // Each character alone in NFC (.NET refuses U+FFFE, which NFC leaves as it is anyway).
        var expected = chunks.Select(chunk => string.Join(" ", chunk.Select(c => c == "\uFFFE" ? c : c.Normalize(NormalizationForm.FormC)))).ToList();
        values.ShouldAllBe(value => value.Length <= Read.YamlFileReader.MaxScalarLength);
        var topics = new StringBuilder(TopicLine);
        for (var i = 0; i < values.Count; i++)
        {
            topics.Append($"  - id: every-{i}\n    name: Every {i}\n    description: {DoubleQuoted(values[i], raw: false)}\n");
        }

        var run = MiniDataset.With(TopicLine, topics.ToString()).Run();

        run.Errors.ShouldBeEmpty(string.Join(Environment.NewLine, run.Errors));
        WithLoadedAssembly(run, assembly =>
        {
            for (var i = 0; i < values.Count; i++)
            {
                ShouldRoundTrip(Handle(assembly, "Topics", "Every" + i).Get<string>("Description"), expected[i], "description " + i);
            }
        });
    }

    [Fact]
    public void Ids_and_names_that_are_not_plain_identifiers_give_reachable_handles()
    {
        var dataset = MiniDataset.With(TopicLine, TopicLine + """
              - id: 2024-election
                name: The 2024 election
              - id: class
                name: Class
              - id: namespace
                name: Namespace
              - id: int
                name: Int
              - id: 2nd-round
                name: Second round

            """);
        dataset = new MiniDataset(dataset.Text(MiniDataset.DataPath)
            .ReplaceOnce("    topics: [jcpoa]\n", "    topics: [jcpoa, 2024-election, class, namespace, int, 2nd-round]\n")
            .ReplaceOnce("organizations:\n", """
                  - id: FRA
                    name: int
                    officialName: French Republic
                    alpha2: FR
                  - id: DEU
                    name: class
                    officialName: Federal Republic of Germany
                    alpha2: DE
                organizations:

                """));

        var run = dataset.Run();

        run.Errors.ShouldBeEmpty(string.Join(Environment.NewLine, run.Errors));
        run.CompilationErrors.ShouldBeEmpty(string.Join(Environment.NewLine, run.CompilationErrors));
        WithLoadedAssembly(run, assembly =>
        {
            Handle(assembly, "Topics", "_2024Election").Get<string>("Id").ShouldBe("2024-election");
            Handle(assembly, "Topics", "_2ndRound").Get<string>("Id").ShouldBe("2nd-round");
            Handle(assembly, "Topics", "Class").Get<string>("Id").ShouldBe("class");
            Handle(assembly, "Topics", "Namespace").Get<string>("Id").ShouldBe("namespace");
            Handle(assembly, "Topics", "Int").Get<string>("Id").ShouldBe("int");
            Handle(assembly, "Countries", "Int").Get<string>("Id").ShouldBe("FRA");
            Handle(assembly, "Countries", "Class").Get<string>("Id").ShouldBe("DEU");
            var topics = Handle(assembly, "Engagements", "LavrovAraghchiTalks20250418").Get<System.Collections.IEnumerable>("Topics").Cast<object>().Select(t => t.Get<string>("Id"));
            topics.ShouldBe(["jcpoa", "2024-election", "class", "namespace", "int", "2nd-round"]);
        });
    }

    /// <summary>A YAML escape cannot stand for half a surrogate pair: the generator says so instead of failing or guessing.</summary>
    [Theory]
    [InlineData("\\uD800")]
    [InlineData("\\uDBFF")]
    [InlineData("\\uDC00")]
    [InlineData("x\\uDFFFy")]
    [InlineData("\\uDE00\\uD83D")]
    public void Escaped_lone_surrogate_is_a_diagnostic(string escaped)
    {
        var dataset = MiniDataset.With(TopicLine, TopicLine + "    description: \"" + escaped + "\"\n");

        var run = dataset.Run();

        run.Result.Results[0].Exception.ShouldBeNull();
        run.GeneratorDiagnostics.ShouldNotContain(d => d.Id == "DD9999" || d.Id == "CS8785", string.Join(Environment.NewLine, run.GeneratorDiagnostics));
        var error = run.Errors.ShouldHaveSingleItem(string.Join(Environment.NewLine, run.Errors));
        error.Id.ShouldBe("DD0001");
        error.Location.GetLineSpan().Path.ShouldBe(MiniDataset.DataPath);
        error.Location.GetLineSpan().StartLinePosition.Line.ShouldBe(DiagnosticAssertions.PositionOf(dataset.Text(MiniDataset.DataPath), "description:").Line - 1);
        run.CompilationErrors.ShouldBeEmpty();
    }

    /// <summary>
    /// Characters YAML does not allow unescaped in a file (C0 and C1 controls but tab and line breaks, DEL, lone
    /// surrogates, U+FFFE and U+FFFF), written raw in double-quoted and plain values, inside and at the end. Each
    /// case is a topic in a file of its own, so that a syntax error in one leaves the others: each must come out
    /// exactly as written, or be reported in its file. A value silently changed or a record silently lost fails.
    /// </summary>
    [Fact]
    public void Raw_characters_yaml_does_not_allow_are_kept_or_reported()
    {
        var characters = new List<char> { '\0', '\u0001', '\u0007', '\u0008', '\u000B', '\u000C', '\u000E', '\u001B', '\u001F', '\u007F', '\u0080', '\u009F', '\uD800', '\uDBFF', '\uDC00', '\uFFFE', '\uFFFF' };
        var cases = new List<(string Path, string Id, string Expected, string Description)>();
        var files = new MiniDataset().Files;
        foreach (var c in characters)
        {
            var code = ((int)c).ToString("X4", CultureInfo.InvariantCulture);
            foreach (var (form, written, expected) in new[]
            {
                ("double-quoted", $"\"a{c}b\"", $"a{c}b"),
                ("double-quoted-end", $"\"ab{c}\"", $"ab{c}"),
                ("plain", $"a{c}b", $"a{c}b"),
                ("plain-end", $"ab{c}", $"ab{c}"),
                ("single-quoted-end", $"'ab{c}'", $"ab{c}"),
            })
            {
                var id = $"raw-{code.ToLowerInvariant()}-{form}";
                var path = $"/repo/data/raw/{id}.yaml";
                // A second topic after the value: a parser that stops at the character would lose it.
                files.Add((path, $"topics:\n  - id: {id}\n    name: Raw U+{code} {form}\n    description: {written}\n  - id: {id}-after\n    name: After U+{code} {form}\n"));
                cases.Add((path, id, expected, $"U+{code} {form}: description: {FuzzMutator.Show(written)}"));
            }
        }

        var run = GeneratorHarness.Run(files);

        run.Result.Results[0].Exception.ShouldBeNull();
        run.GeneratorDiagnostics.ShouldNotContain(d => d.Id == "DD9999" || d.Id == "CS8785", string.Join(Environment.NewLine, run.GeneratorDiagnostics.Where(d => d.Id is "DD9999" or "CS8785")));
        run.CompilationErrors.ShouldBeEmpty(string.Join(Environment.NewLine, run.CompilationErrors));
        var problems = new List<string>();
        WithLoadedAssembly(run, assembly =>
        {
            foreach (var (path, id, expected, description) in cases)
            {
                var reported = run.Errors.Any(e => e.Location.GetLineSpan().Path == path);
                if (reported)
                {
                    continue;
                }

                var topic = TryHandle(assembly, "Topics", HandleOf(id));
                var after = TryHandle(assembly, "Topics", HandleOf(id + "-after"));
                if (topic is null || after is null)
                {
                    problems.Add($"{description}: topic {(topic is null ? id : id + "-after")} is missing and no error was reported in {path}");
                    continue;
                }

                var actual = topic.Get<string>("Description");
                if (!string.Equals(actual, expected, StringComparison.Ordinal))
                {
                    problems.Add($"{description}: read back as {FuzzMutator.Show(actual)}, expected {FuzzMutator.Show(expected)}, and no error was reported");
                }
            }
        });

        problems.ShouldBeEmpty(string.Join(Environment.NewLine, problems));
    }

    private static string HandleOf(string id) => Schema.NameRules.ToPascalCase(id);

    private static void ShouldRoundTrip(string? actual, string expected, string what)
    {
        foreach (var problem in RoundTripProblem(actual, expected, what))
        {
            throw new ShouldAssertException(problem);
        }
    }

    private static IEnumerable<string> RoundTripProblem(string? actual, string expected, string what)
    {
        if (string.Equals(actual, expected, StringComparison.Ordinal))
        {
            yield break;
        }

        var common = Math.Min(actual?.Length ?? 0, expected.Length);
        var at = actual is null ? 0 : Enumerable.Range(0, common).FirstOrDefault(i => actual[i] != expected[i], common);
        yield return $"{what} did not round-trip: read back {(actual is null ? "null" : FuzzMutator.Show(actual))} (length {actual?.Length}), expected {FuzzMutator.Show(expected)} (length {expected.Length}); first difference at index {at}";
    }

    /// <summary>The value as a YAML double-quoted scalar.</summary>
    private static string DoubleQuoted(string value, bool raw)
    {
        var builder = new StringBuilder("\"");
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '"' || c == '\\')
            {
                builder.Append('\\').Append(c);
            }
            else if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                if (raw)
                {
                    builder.Append(c).Append(value[i + 1]);
                }
                else
                {
                    builder.Append("\\U").Append(char.ConvertToUtf32(c, value[i + 1]).ToString("X8", CultureInfo.InvariantCulture));
                }

                i++;
            }
            else if (c is >= ' ' and <= '~' || raw && AllowedRaw(c))
            {
                builder.Append(c);
            }
            else
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>
    /// YAML's printable characters, less line breaks (which fold in a quoted scalar), the BOM, and U+FFFD (which
    /// the generator takes, written raw, for a decoding error: DD0011).
    /// </summary>
    private static bool AllowedRaw(char c) =>
        c is (>= '\u00A0' and <= '\uD7FF') or (>= '\uE000' and <= '\uFFFC') && c is not ('\u2028' or '\u2029' or '\uFEFF');

    private static void WithLoadedAssembly(GeneratorRun run, Action<Assembly> read)
    {
        using var stream = new MemoryStream();
        var emitted = run.Output.Emit(stream);
        emitted.Success.ShouldBeTrue(string.Join(Environment.NewLine, emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        stream.Position = 0;
        var context = new AssemblyLoadContext("RoundTripTests", isCollectible: true);
        try
        {
            read(context.LoadFromStream(stream));
        }
        finally
        {
            context.Unload();
        }
    }

    private static object Handle(Assembly assembly, string handleClass, string handle) =>
        TryHandle(assembly, handleClass, handle) ?? throw new ShouldAssertException($"DiplomacyData.{handleClass}.{handle} not found");

    private static object? TryHandle(Assembly assembly, string handleClass, string handle)
    {
        var type = assembly.GetType("DiplomacyData." + handleClass, throwOnError: true)!;
        return type.GetProperty(handle, BindingFlags.Public | BindingFlags.Static)?.GetValue(null);
    }
}

internal static class ReflectionExtensions
{
    /// <summary>The text with <paramref name="original"/>, which must occur exactly once, replaced.</summary>
    public static string ReplaceOnce(this string text, string original, string replacement)
    {
        (text.Split(original).Length - 1).ShouldBe(1, $"'{original}' must occur exactly once");
        return text.Replace(original, replacement, StringComparison.Ordinal);
    }

    public static T Get<T>(this object instance, string property) =>
        (T)(instance.GetType().GetProperty(property, BindingFlags.Public | BindingFlags.Instance)
            ?? throw new ShouldAssertException($"{instance.GetType().Name}.{property} not found")).GetValue(instance)!;
}
