using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace DiplomacyData.Generators.Tests;

internal enum MutationKind
{
    DeleteLine,
    DuplicateLine,
    SwapLines,
    SwapValues,
    Truncate,
    InsertCharacters,
    ReplaceScalar,
    ChangeIndentation,
    RandomBytes,
    ChangeLineEnds,
}

/// <summary>A mutated file: which, how, and a description precise enough to redo it by hand.</summary>
internal sealed record Mutation(MutationKind Kind, string Path, string Text, string Description);

/// <summary>Deterministic corruptions of one data file: the same <see cref="Random"/> seed gives the same mutation.</summary>
internal static class FuzzMutator
{
    private static readonly MutationKind[] s_yamlKinds = Enum.GetValues<MutationKind>();

    private static readonly MutationKind[] s_textKinds =
    [
        MutationKind.DeleteLine, MutationKind.DuplicateLine, MutationKind.SwapLines, MutationKind.Truncate,
        MutationKind.InsertCharacters, MutationKind.RandomBytes, MutationKind.ChangeLineEnds,
    ];

    /// <summary>Characters YAML gives meaning to, and characters it forbids or treats specially.</summary>
    private static readonly string[] s_hostile =
    [
        "\t", "\uFFFD", "\u2028", "\u2029", "\u0085", "\u202E", "\uFEFF", "\"", "'", "\\", "&", "*", "!", "{", "}", "[", "]", "|", ">", ":", "#", "-",
        "%", "@", "`", ",", "?", " ", "\n", "\r", "\r\n", "\U0001F600", "\U0001F1EE\U0001F1F7", "\u200D", "\u00A0", "\u0301", "\u05D0", "\u0627",
    ];

    private static readonly string[] s_tokens =
    [
        "~", "null", "Null", "''", "\"\"", "[]", "{}", "[[]]", "{a: b}", "- x", "-1", "0", "007", "1e9", "0x1F", ".inf", ".nan", "true", "false", "yes", "no",
        "2025-02-30", "2025-13-01", "0001-01-01", "9999-12-31", "10000-01-01", "2025-4-8", "2025-04-18T10:00:00Z", "1.0", "+1",
        "*alias", "&anchor x", "!!str x", "!custom x", "? x", "|", ">-", "\"unterminated", "'unterminated", "#comment", "a: b", "a:b", "--- x", "...",
        "class", "int", "namespace", "Equals", "ToString", "GetType", "to-string", "get-hash-code", "catalog", "people", "2024-election", "-", "--", "a--b",
        "IRN", "RUS", "XXX", "irn", "Iran", "iran", "ZZ", "IR", "US", "meeting", "happened", "planned", "day", "month", "range", "approximate",
        "host", "visitor", "042", "43", "0430", "https://example.org/x", "not a url", "ftp://x", "http://", "file:///etc/passwd", "en", "ru", "fa",
        "sergey-lavrov", "abbas-araghchi", "vladimir-putin", "jcpoa", "russia-mfa", "bilateral-relations", "kuna-2025-04-18", "presstv-2022-01-20",
        "\"\\0\"", "\"\\uD800\"", "\"\\U0001F600\"", "\"\\x00\"", "\"\\e\"", "\"a\\\"b\"", "'it''s'", "\"\\L\\P\\N\"", "\"\\/\"",
        "\u202Eevil", "\u0627\u0644\u0644\u0647", "\U0001F600", "\u00E9\u0301", "Int", "_", "@x", "$x", "a b c", "   ", "\t",
        "[ a, [ [[b,c]]: d, e]]: 23", "[ [a]: b ]", "{ [a]: b }", "[ {a: b}: c ]", "[\n  [ [x]: y ]\n]", "-\t- x", "?\tkey: v",
        "\"a\n\tb\"", "%YAML 1.1#...", "a\u2028b", "\uFEFFa", "a\u200Bb",
    ];

    private static readonly Regex s_keyValue = new(@"^(?<lead>[ ]*(?:- )?)(?<key>[A-Za-z][A-Za-z0-9]*):(?<gap>[ ]+)(?<value>\S.*?)(?<eol>\r?)$", RegexOptions.CultureInvariant);

    private static readonly Regex s_listItem = new(@"^(?<lead>[ ]*- )(?<value>[^ #].*?)(?<eol>\r?)$", RegexOptions.CultureInvariant);

    public static Mutation Mutate(Random random, IReadOnlyList<DataFile> files)
    {
        var texts = files.Where(f => !f.IsYaml).ToList();
        var yaml = files.Where(f => f.IsYaml).ToList();
        var file = texts.Count > 0 && random.Next(12) == 0 ? texts[random.Next(texts.Count)] : yaml[random.Next(yaml.Count)];
        var kinds = file.IsYaml ? s_yamlKinds : s_textKinds;
        var kind = kinds[random.Next(kinds.Length)];
        var (text, description) = Apply(kind, random, file, files);
        return new Mutation(kind, file.Path, text, description);
    }

    private static (string Text, string Description) Apply(MutationKind kind, Random random, DataFile file, IReadOnlyList<DataFile> files)
    {
        var text = file.Text;
        var lines = text.Split('\n').ToList();
        switch (kind)
        {
            case MutationKind.DeleteLine:
            {
                var i = random.Next(lines.Count);
                var removed = lines[i];
                lines.RemoveAt(i);
                return (string.Join('\n', lines), $"deleted line {i + 1} {Show(removed)}");
            }

            case MutationKind.DuplicateLine:
            {
                var i = random.Next(lines.Count);
                lines.Insert(i, lines[i]);
                return (string.Join('\n', lines), $"duplicated line {i + 1} {Show(lines[i])}");
            }

            case MutationKind.SwapLines:
            {
                var i = random.Next(lines.Count);
                // Mostly near each other (where YAML structure is most sensitive), sometimes anywhere.
                var j = random.Next(3) == 0 ? random.Next(lines.Count) : Math.Clamp(i + random.Next(-4, 5), 0, lines.Count - 1);
                (lines[i], lines[j]) = (lines[j], lines[i]);
                return (string.Join('\n', lines), $"swapped lines {i + 1} and {j + 1} ({Show(lines[j])} <-> {Show(lines[i])})");
            }

            case MutationKind.SwapValues:
            {
                var candidates = Enumerable.Range(0, lines.Count).Where(i => s_keyValue.IsMatch(lines[i])).ToList();
                if (candidates.Count < 2)
                {
                    return Apply(MutationKind.SwapLines, random, file, files);
                }

                var a = candidates[random.Next(candidates.Count)];
                var b = candidates[random.Next(candidates.Count)];
                var ma = s_keyValue.Match(lines[a]);
                var mb = s_keyValue.Match(lines[b]);
                lines[a] = WithValue(ma, mb.Groups["value"].Value);
                lines[b] = WithValue(mb, ma.Groups["value"].Value);
                return (string.Join('\n', lines), $"swapped the values of line {a + 1} and line {b + 1}: now {Show(lines[a])} and {Show(lines[b])}");
            }

            case MutationKind.Truncate:
            {
                var at = random.Next(text.Length + 1);
                return (text.Substring(0, at), $"truncated at character {at} of {text.Length} ({Where(text, at)}), ending {Show(Tail(text.Substring(0, at), 40))}");
            }

            case MutationKind.InsertCharacters:
            {
                var at = random.Next(text.Length + 1);
                var inserted = RandomCharacters(random);
                return (text.Insert(at, inserted), $"inserted {Show(inserted)} at character {at} ({Where(text, at)})");
            }

            case MutationKind.ReplaceScalar:
            {
                var candidates = Enumerable.Range(0, lines.Count).Where(i => s_keyValue.IsMatch(lines[i]) || s_listItem.IsMatch(lines[i])).ToList();
                if (candidates.Count == 0)
                {
                    return Apply(MutationKind.InsertCharacters, random, file, files);
                }

                var i = candidates[random.Next(candidates.Count)];
                var token = RandomToken(random, files);
                var match = s_keyValue.Match(lines[i]);
                var before = lines[i];
                lines[i] = match.Success ? WithValue(match, token) : WithValue(s_listItem.Match(lines[i]), token);
                return (string.Join('\n', lines), $"replaced the value on line {i + 1}: {Show(before)} -> {Show(lines[i])}");
            }

            case MutationKind.ChangeIndentation:
            {
                var candidates = Enumerable.Range(0, lines.Count).Where(i => lines[i].Trim().Length > 0).ToList();
                if (candidates.Count == 0)
                {
                    return Apply(MutationKind.InsertCharacters, random, file, files);
                }

                var i = candidates[random.Next(candidates.Count)];
                var body = lines[i].TrimStart(' ', '\t');
                var old = lines[i].Length - body.Length;
                var indent = random.Next(4) switch
                {
                    0 => new string(' ', Math.Max(0, old + random.Next(-3, 4))),
                    1 => new string(' ', random.Next(0, 13)),
                    2 => "\t" + new string(' ', random.Next(0, 5)),
                    _ => new string(' ', Math.Max(0, old - 2)),
                };
                lines[i] = indent + body;
                return (string.Join('\n', lines), $"re-indented line {i + 1} from {old} to {Show(indent)}: {Show(lines[i])}");
            }

            case MutationKind.ChangeLineEnds:
            {
                // Line ends only: every position must stay where it was, by YAML 1.2's one definition of a line.
                string[] ends = random.Next(3) switch
                {
                    0 => ["\r"],
                    1 => ["\r\n"],
                    _ => ["\n", "\r\n", "\r"],
                };
                var builder = new StringBuilder();
                for (var i = 0; i < lines.Count; i++)
                {
                    builder.Append(lines[i].TrimEnd('\r'));
                    if (i < lines.Count - 1)
                    {
                        builder.Append(ends[(i + random.Next(ends.Length)) % ends.Length]);
                    }
                }

                return (builder.ToString(), $"changed the line ends to {string.Join(" and ", ends.Select(Show))}");
            }

            case MutationKind.RandomBytes:
            {
                var bytes = new byte[random.Next(0, 600)];
                random.NextBytes(bytes);
                var replaced = Encoding.UTF8.GetString(bytes);
                return (replaced, $"replaced the whole file with {bytes.Length} random bytes decoded as UTF-8: {Convert.ToHexString(bytes)}");
            }

            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        }
    }

    private static string WithValue(Match match, string value) =>
        match.Groups["lead"].Value + (match.Groups["key"].Success && match.Groups["key"].Length > 0 ? match.Groups["key"].Value + ":" + match.Groups["gap"].Value : string.Empty) + value + match.Groups["eol"].Value;

    private static string RandomCharacters(Random random)
    {
        var builder = new StringBuilder();
        var count = random.Next(1, 9);
        for (var i = 0; i < count; i++)
        {
            switch (random.Next(4))
            {
                case 0:
                    builder.Append((char)random.Next(0x20, 0x7F));
                    break;
                case 1:
                    builder.Append((char)random.Next(0x00, 0x20));
                    break;
                default:
                    builder.Append(s_hostile[random.Next(s_hostile.Length)]);
                    break;
            }
        }

        return builder.ToString();
    }

    private static string RandomToken(Random random, IReadOnlyList<DataFile> files)
    {
        switch (random.Next(10))
        {
            case < 5:
                return s_tokens[random.Next(s_tokens.Length)];
            case < 8:
            {
                // A value that stands somewhere in the dataset: right type, wrong place (ids, dates, enum values …).
                var yaml = files.Where(f => f.IsYaml).ToList();
                var lines = yaml[random.Next(yaml.Count)].Text.Split('\n');
                for (var attempt = 0; attempt < 20; attempt++)
                {
                    var match = s_keyValue.Match(lines[random.Next(lines.Length)]);
                    if (match.Success)
                    {
                        return match.Groups["value"].Value;
                    }
                }

                return s_tokens[random.Next(s_tokens.Length)];
            }

            default:
                return RandomCharacters(random);
        }
    }

    private static string Where(string text, int index)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return string.Create(CultureInfo.InvariantCulture, $"line {line}, column {index - lineStart + 1}");
    }

    private static string Tail(string text, int length) => text.Length <= length ? text : text.Substring(text.Length - length);

    /// <summary>The text as a C# string literal, every character outside printable ASCII escaped, shortened to 200 characters.</summary>
    internal static string Show(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text.Length > 200 ? text.Substring(0, 200) : text)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when c < 0x20 || c > 0x7E => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
                _ => c.ToString(),
            });
        }

        return builder.Append(text.Length > 200 ? "\"…" : "\"").ToString();
    }
}
