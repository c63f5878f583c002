using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using DiplomacyData.Generators.Diagnostics;
using DiplomacyData.Generators.Pipeline;
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

    /// <summary>
    /// Reads a file as the compiler decoded it: a file that was not valid UTF-8, which the compiler decodes with
    /// another encoding in silence, is DD0011 and is not read further (its text is not what the curator wrote).
    /// </summary>
    public static ParsedYamlFile Read(string path, Microsoft.CodeAnalysis.Text.SourceText? text, CancellationToken cancellationToken)
    {
        if (TextEncoding.Fallback(text) is { } encoding)
        {
            return new ParsedYamlFile(path, null, new[] { TextEncoding.NotUtf8(path, text!.ToString(), encoding) }.ToEquatableArray());
        }

        return Read(path, text?.ToString(), cancellationToken);
    }

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
                DiagnosticDescriptors.FileTooLarge, new LocationInfo(path, default), MessageText.Invariant(text.Length), MessageText.Invariant(MaxFileLength)));
            return new ParsedYamlFile(path, null, diagnostics.ToEquatableArray());
        }

        try
        {
            return ReadText(path, text, diagnostics, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A fault in the checks around the parser is the generator's, not the curator's: say so for this file
            // and go on with the others.
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.InternalError, new LocationInfo(path, default), "reading " + Path.GetFileName(path), exception.GetType().Name + ": " + exception.Message));
            return new ParsedYamlFile(path, null, diagnostics.ToEquatableArray());
        }
    }

    private static ParsedYamlFile ReadText(string path, string text, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        // A byte order mark that reached the text (an editor wrote it twice, or the text was not decoded as a
        // stream) is not content, and editors do not count it as a column either; anywhere else it is DD0014.
        var offset = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        text = text.Substring(offset);
        var lines = new LineMap(text, offset);

        if (!CharacterScan.Check(path, text, lines, diagnostics) || !DirectiveCheck.Check(path, text, lines, diagnostics))
        {
            return new ParsedYamlFile(path, null, diagnostics.ToEquatableArray());
        }

        YamlNode? root = null;
        var reading = new Reading(path, text, lines, diagnostics, cancellationToken);
        try
        {
            root = reading.ReadStream();
        }
        catch (YamlException exception)
        {
            var start = (int)exception.Start.Index;
            var end = (int)exception.End.Index;
            var message = TrimMessage(exception.Message);
            diagnostics.Add(SyntaxErrorCause.Find(path, text, lines, start, end, message)
                ?? DiagnosticInfo.Create(DiagnosticDescriptors.YamlSyntaxError, new LocationInfo(path, lines.Span(start, end)), message));
            root = null;
        }
        catch (Exception exception) when (exception is not OperationCanceledException && ThrownInsideYamlDotNet(exception))
        {
            // YamlDotNet fails on some malformed input (an escaped unpaired surrogate, a stray '{') with a plain
            // exception instead of a YamlException. The input is still malformed YAML: report it as such,
            // where reading stopped.
            var at = (int)reading.LastRead.Index;
            diagnostics.Add(SyntaxErrorCause.Find(path, text, lines, at, at, message: null)
                ?? DiagnosticInfo.Create(
                    DiagnosticDescriptors.YamlSyntaxError,
                    new LocationInfo(path, lines.Span(at, at)),
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
        private readonly string _text;
        private readonly LineMap _lines;
        private readonly List<DiagnosticInfo> _diagnostics;
        private readonly CancellationToken _cancellationToken;
        private readonly IParser _parser;
        private readonly ValueCharacters _values;

        public Reading(string path, string text, LineMap lines, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
        {
            _values = new ValueCharacters(path, text, lines, diagnostics);
            _path = path;
            _text = text;
            _lines = lines;
            _diagnostics = diagnostics;
            _cancellationToken = cancellationToken;
            _parser = new Parser(new StringReader(text));
        }

        /// <summary>The end of the last event read: where to point when the parser itself gives up.</summary>
        public Mark LastRead { get; private set; } = Mark.Empty;

        /// <summary>
        /// Where an event starts and ends, from YamlDotNet's character offsets, with lines and columns from the
        /// <see cref="LineMap"/> (never YamlDotNet's own line count).
        /// </summary>
        private TextPosition Position(Mark start, Mark end) => _lines.Span((int)start.Index, (int)end.Index);

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

            _values.Finish();
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
                        Report(DiagnosticDescriptors.ScalarTooLong, Position(scalar.Start, scalar.End), MessageText.Invariant(scalar.Value.Length), MessageText.Invariant(MaxScalarLength));
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

        private YamlScalar ToScalar(Scalar scalar)
        {
            var (value, refused) = _values.Check(scalar.Value, (int)scalar.Start.Index, (int)scalar.End.Index);
            return new(value, scalar.Style == ScalarStyle.Plain, Position(scalar.Start, scalar.End), refused);
        }

        private YamlSequence ReadSequence(SequenceStart start, int depth)
        {
            _parser.MoveNext();
            var items = new List<YamlNode>();
            var position = Position(start.Start, start.End);
            var block = start.Style == SequenceStyle.Block;
            CheckBlockStart(block, start);
            SequenceEnd end;
            while (!_parser.TryConsume<SequenceEnd>(out end!))
            {
                var item = ReadChild(block, start, depth);
                if (item is not null)
                {
                    items.Add(item);
                    position = Through(position, item.Position);
                }
            }

            LastRead = end.End;
            return new YamlSequence(items.ToEquatableArray(), position);
        }

        private YamlMapping ReadMapping(MappingStart start, int depth)
        {
            _parser.MoveNext();
            var entries = new List<YamlEntry>();
            var position = Position(start.Start, start.End);
            var block = start.Style == MappingStyle.Block;
            CheckBlockStart(block, start);
            MappingEnd end;
            while (!_parser.TryConsume<MappingEnd>(out end!))
            {
                var keyNode = ReadChild(block, start, depth);
                var value = ReadChild(block, start, depth);
                if (entries.Count == 0 && keyNode is not null && start.Start.Index == 0)
                {
                    // YamlDotNet gives the single-pair mapping of a flow sequence ('[ a: b ]') no position of its
                    // own (the start of the file): it starts at its key.
                    position = keyNode.Position;
                }

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

            LastRead = end.End;
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

        /// <summary>A position from the start of <paramref name="start"/> to the end of <paramref name="last"/>, whichever comes first.</summary>
        private static TextPosition Through(TextPosition start, TextPosition last)
        {
            var first = last.Start < start.Start ? last : start;
            var final = last.End >= start.End ? last : start;
            return new(first.Start, final.End, first.StartLine, first.StartColumn, final.EndLine, final.EndColumn);
        }

        /// <summary>A block collection that starts after an indicator on its line ('-\t-') is indented by that column: no tab may come before it.</summary>
        private void CheckBlockStart(bool block, ParsingEvent start)
        {
            if (block && TabIndentation.BeforeOnLine(_text, _lines, (int)start.Start.Index) is var tab and >= 0)
            {
                _diagnostics.Add(TabIndentation.Report(_path, _text, _lines, tab));
            }
        }

        /// <summary>
        /// Reads an entry of a collection. A value in flow style (quoted, plain or in brackets) that an entry of a block
        /// collection holds over several lines needs one more space of indentation than the collection on each
        /// line after its first (YAML 1.2 rule 'flow-in-block'); YamlDotNet does not check that the indentation is not
        /// a tab.
        /// </summary>
        private YamlNode? ReadChild(bool block, ParsingEvent collection, int depth)
        {
            var current = _parser.Current;
            var flow = current is Scalar { Style: not (ScalarStyle.Literal or ScalarStyle.Folded) }
                or SequenceStart { Style: SequenceStyle.Flow }
                or MappingStart { Style: MappingStyle.Flow };
            var node = ReadNode(depth + 1);
            if (block && flow && current is not null)
            {
                var indentation = _lines.Span((int)collection.Start.Index, (int)collection.Start.Index).StartColumn + 1;
                var tab = TabIndentation.InContinuationLines(_text, _lines, (int)current.Start.Index, (int)LastRead.Index, indentation);
                if (tab >= 0)
                {
                    _diagnostics.Add(TabIndentation.Report(_path, _text, _lines, tab));
                }
            }

            return node;
        }

        private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, TextPosition position, params string[] args) =>
            _diagnostics.Add(DiagnosticInfo.Create(descriptor, new LocationInfo(_path, position), args));
    }
}
