using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using DiplomacyData.Generators.Common;
using DiplomacyData.Generators.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace DiplomacyData.Generators.Read;

/// <summary>
/// The Read step: one YAML file in, one <see cref="ParsedYamlFile"/> out. Knows nothing of the schema or
/// the Compilation, so editing one file re-reads that file only. Never throws (but for cancellation).
/// </summary>
internal static class YamlFileReader
{
    /// <summary>Deeper than any record needs (an engagement is about six levels); guards the recursion.</summary>
    public const int MaxDepth = 64;

    /// <summary>8 Mi characters: hundreds of times the largest article file; bounds the parser's time and memory.</summary>
    public const int MaxFileLength = 8 * 1024 * 1024;

    /// <summary>64 Ki characters for one value: evidence is a passage, not a whole article.</summary>
    public const int MaxScalarLength = 64 * 1024;

    public static ParsedYamlFile Read(string path, string? text, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>();
        if (text is null)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnreadableFile, new LocationInfo(path, default), path));
            return new ParsedYamlFile(path, null, diagnostics.ToEquatableArray());
        }

        if (text.Length > MaxFileLength)
        {
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.FileTooLarge, new LocationInfo(path, default), Naming.Invariant(text.Length), Naming.Invariant(MaxFileLength)));
            return new ParsedYamlFile(path, null, diagnostics.ToEquatableArray());
        }

        var replacement = text.IndexOf('\uFFFD');
        if (replacement >= 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidEncoding, new LocationInfo(path, PositionOf(text, replacement))));
        }

        var forbidden = IndexOfCharacterYamlForbids(text);
        if (forbidden >= 0)
        {
            // YamlDotNet would end the stream at a NUL and misread other control characters: nothing the
            // curator wrote after it would arrive, so this is an error, not a silent loss.
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.ForbiddenCharacter,
                new LocationInfo(path, PositionOf(text, forbidden)),
                "U+" + ((int)text[forbidden]).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)));
            return new ParsedYamlFile(path, null, diagnostics.ToEquatableArray());
        }

        // A byte order mark that reached the text (an editor wrote it twice, or the text was not decoded as a
        // stream) is not content, and editors do not count it as a column either.
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text.Substring(1);
        }

        YamlNode? root = null;
        var reading = new Reading(path, text, diagnostics, cancellationToken);
        try
        {
            root = reading.ReadStream();
        }
        catch (YamlException exception)
        {
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.YamlSyntaxError,
                new LocationInfo(path, Position(exception.Start, exception.End)),
                TrimMessage(exception.Message)));
            root = null;
        }
        catch (Exception exception) when (exception is not OperationCanceledException && ThrownInsideYamlDotNet(exception))
        {
            // YamlDotNet fails on some malformed input (an escaped unpaired surrogate, a stray '{') with a plain
            // exception instead of a YamlException. The input is still malformed YAML: report it as such,
            // where reading stopped.
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.YamlSyntaxError,
                new LocationInfo(path, Position(reading.LastRead, reading.LastRead)),
                "the YAML cannot be read past this point (" + exception.GetType().Name + ")"));
            root = null;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.InternalError, new LocationInfo(path, default), "reading " + Path.GetFileName(path), exception.GetType().Name + ": " + exception.Message));
            root = null;
        }

        return new ParsedYamlFile(path, root, diagnostics.ToEquatableArray());
    }

    /// <summary>YAML 1.2 allows tab, line feed, carriage return, NEL and printable characters only (section 5.1).</summary>
    private static int IndexOfCharacterYamlForbids(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var allowed = c switch
            {
                '\t' or '\n' or '\r' or '\u0085' => true,
                < ' ' or '\u007F' => false,
                >= '\u0080' and <= '\u009F' => false,
                '\uFFFE' or '\uFFFF' => false,
                _ => true,
            };
            if (!allowed)
            {
                return i;
            }
        }

        return -1;
    }

    private static bool ThrownInsideYamlDotNet(Exception exception)
    {
        foreach (var frame in new System.Diagnostics.StackTrace(exception).GetFrames() ?? Array.Empty<System.Diagnostics.StackFrame>())
        {
            if (frame.GetMethod()?.DeclaringType?.Assembly == typeof(Parser).Assembly)
            {
                return true;
            }
        }

        return false;
    }

    private static TextPosition PositionOf(string text, int index)
    {
        int line = 0, lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new TextPosition(index, index + 1, line, index - lineStart, line, index - lineStart + 1);
    }

    internal static TextPosition Position(Mark start, Mark end) => new(
        (int)start.Index,
        (int)Math.Max(start.Index, end.Index),
        (int)Math.Max(0, start.Line - 1),
        (int)Math.Max(0, start.Column - 1),
        (int)Math.Max(0, end.Line - 1),
        (int)Math.Max(0, end.Column - 1));

    private static string TrimMessage(string message)
    {
        // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: 20) - (…): "; the diagnostic has the position already.
        var marker = message.IndexOf("): ", StringComparison.Ordinal);
        var trimmed = message.StartsWith("(Line:", StringComparison.Ordinal) && marker >= 0 ? message.Substring(marker + 3) : message;
        return trimmed.TrimEnd('.', ' ');
    }

    private sealed class Reading
    {
        private readonly string _path;
        private readonly List<DiagnosticInfo> _diagnostics;
        private readonly CancellationToken _cancellationToken;
        private readonly IParser _parser;

        public Reading(string path, string text, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
        {
            _path = path;
            _diagnostics = diagnostics;
            _cancellationToken = cancellationToken;
            _parser = new Parser(new StringReader(text));
        }

        /// <summary>The end of the last event read: where to point when the parser itself gives up.</summary>
        public Mark LastRead { get; private set; } = Mark.Empty;

        public YamlNode? ReadStream()
        {
            _parser.Consume<StreamStart>();
            if (_parser.TryConsume<StreamEnd>(out _))
            {
                return null;
            }

            _parser.Consume<DocumentStart>();
            var root = ReadNode(depth: 1);
            _parser.Consume<DocumentEnd>();
            if (_parser.Current is DocumentStart second)
            {
                Report(DiagnosticDescriptors.MultipleDocuments, Position(second.Start, second.End));
            }

            return root;
        }

        private YamlNode? ReadNode(int depth)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var current = _parser.Current ?? throw new YamlException("unexpected end of the file");
            LastRead = current.End;
            if (depth > MaxDepth)
            {
                Report(DiagnosticDescriptors.NestingTooDeep, Position(current.Start, current.End), MaxDepth.ToString(System.Globalization.CultureInfo.InvariantCulture));
                _parser.SkipThisAndNestedEvents();
                return new YamlDropped(Position(current.Start, current.End));
            }

            switch (current)
            {
                case AnchorAlias alias:
                    Report(DiagnosticDescriptors.UnsupportedYamlFeature, Position(alias.Start, alias.End), "aliases", "*" + alias.Value);
                    _parser.MoveNext();
                    return new YamlDropped(Position(alias.Start, alias.End));
                case NodeEvent node when !node.Anchor.IsEmpty:
                    Report(DiagnosticDescriptors.UnsupportedYamlFeature, Position(node.Start, node.End), "anchors", "&" + node.Anchor.Value);
                    break;
                case NodeEvent node when !node.Tag.IsEmpty && !node.Tag.IsNonSpecific:
                    Report(DiagnosticDescriptors.UnsupportedYamlFeature, Position(node.Start, node.End), "tags", node.Tag.Value);
                    break;
            }

            switch (current)
            {
                case Scalar scalar:
                    _parser.MoveNext();
                    if (scalar.Value.Length > MaxScalarLength)
                    {
                        Report(DiagnosticDescriptors.ScalarTooLong, Position(scalar.Start, scalar.End), Naming.Invariant(scalar.Value.Length), Naming.Invariant(MaxScalarLength));
                    }

                    return ToScalar(scalar);
                case SequenceStart start:
                    return ReadSequence(start, depth);
                case MappingStart start:
                    return ReadMapping(start, depth);
                default:
                    throw new YamlException(current.Start, current.End, "unexpected " + current.GetType().Name);
            }
        }

        private static YamlScalar ToScalar(Scalar scalar) =>
            new(scalar.Value, scalar.Style == ScalarStyle.Plain, Position(scalar.Start, scalar.End));

        private YamlSequence ReadSequence(SequenceStart start, int depth)
        {
            _parser.MoveNext();
            var items = new List<YamlNode>();
            var position = Position(start.Start, start.End);
            while (!_parser.TryConsume<SequenceEnd>(out _))
            {
                var item = ReadNode(depth + 1);
                if (item is not null)
                {
                    items.Add(item);
                    position = Through(position, item.Position);
                }
            }

            return new YamlSequence(items.ToEquatableArray(), position);
        }

        private YamlMapping ReadMapping(MappingStart start, int depth)
        {
            _parser.MoveNext();
            var entries = new List<YamlEntry>();
            var position = Position(start.Start, start.End);
            while (!_parser.TryConsume<MappingEnd>(out _))
            {
                var keyNode = ReadNode(depth + 1);
                var value = ReadNode(depth + 1);
                if (keyNode is not YamlScalar key)
                {
                    if (keyNode is not null and not YamlDropped)
                    {
                        Report(DiagnosticDescriptors.NonScalarKey, keyNode.Position, keyNode.Describe());
                    }

                    continue;
                }

                if (value is not null)
                {
                    position = Through(position, value.Position);
                }

                // Records have a dozen keys at most: a scan is cheaper than a dictionary per mapping.
                var first = IndexOfKey(entries, key.Value);
                if (first >= 0)
                {
                    var earlier = entries[first].Key.Position;
                    Report(DiagnosticDescriptors.DuplicateKey, key.Position, key.Value, $"line {earlier.StartLine + 1}, column {earlier.StartColumn + 1}");
                    continue;
                }

                entries.Add(new YamlEntry(key, value ?? new YamlDropped(key.Position)));
            }

            return new YamlMapping(entries.ToEquatableArray(), position);
        }

        private static int IndexOfKey(List<YamlEntry> entries, string key)
        {
            for (var i = 0; i < entries.Count; i++)
            {
                if (entries[i].Key.Value == key)
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>A position from the start of <paramref name="start"/> to the end of <paramref name="last"/>.</summary>
        private static TextPosition Through(TextPosition start, TextPosition last) =>
            new(start.Start, last.End, start.StartLine, start.StartColumn, last.EndLine, last.EndColumn);

        private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, TextPosition position, params string[] args) =>
            _diagnostics.Add(DiagnosticInfo.Create(descriptor, new LocationInfo(_path, position), args));
    }
}
