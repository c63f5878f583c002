using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using DiplomacyData.Generators.Diagnostics;
using DiplomacyData.Generators.Pipeline;
using DiplomacyData.Generators.Read;
using DiplomacyData.Generators.Schema;
using DiplomacyData.Unicode;
using Microsoft.CodeAnalysis;

namespace DiplomacyData.Generators.Bind;

/// <summary>
/// The Bind step, file by file: one parsed file against the schema and the table of every id in the
/// dataset. Checks keys, types and shapes, resolves references to ids, and reports every problem it meets
/// (it does not stop at the first). The bound files are never joined: each later stage reads them file by file.
/// </summary>
internal sealed class Binder
{
    private const string IdParameter = DatasetRecords.IdParameter;

    private readonly DatasetSchema _schema;
    private readonly IdTable _ids;
    private readonly CancellationToken _cancellationToken;
    private readonly List<DiagnosticInfo> _diagnostics = new();
    private readonly Dictionary<string, Dictionary<string, MemberSchema>> _membersByRecord = new(StringComparer.Ordinal);
    private int _errors;
    private bool _skippedValues;
    private List<EntityKey>? _references;

    private Binder(DatasetSchema schema, IdTable ids, CancellationToken cancellationToken)
    {
        _schema = schema;
        _ids = ids;
        _cancellationToken = cancellationToken;
    }

    public static BoundFile BindFile(ParsedYamlFile file, DatasetSchema schema, IdTable ids, CancellationToken cancellationToken)
    {
        var binder = new Binder(schema, ids, cancellationToken);
        try
        {
            return binder.Run(file);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            binder._diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, new LocationInfo(file.Path, default), "binding " + System.IO.Path.GetFileName(file.Path), exception.GetType().Name + ": " + exception.Message));
            return new BoundFile(file.Path, EquatableArray<BoundEntity>.Empty, EquatableArray<EntityKey>.Empty, binder._diagnostics.ToEquatableArray(), AllValuesRead: false);
        }
    }

    private sealed record Candidate(RecordSchema Schema, YamlMapping Mapping, ParsedYamlFile File, string? Id, bool IsDuplicate);

    private BoundFile Run(ParsedYamlFile file)
    {
        var candidates = new List<Candidate>();
        // A value the Read step reported and dropped may have held references.
        _skippedValues = file.Diagnostics.Any(d => d.IsError);
        CollectCandidates(file, DatasetRecords.Collections(_schema), candidates);

        var entities = new List<BoundEntity>(candidates.Count);
        var referencesFromBroken = new HashSet<EntityKey>();
        foreach (var candidate in candidates)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var errorsBefore = _errors;
            _references = new List<EntityKey>();
            var value = BindRecord(candidate.Schema, candidate.Mapping, candidate.File, new RecordPath(candidate.Schema.Name, candidate.Id, null, null));
            if (value is null || candidate.Id is null)
            {
                referencesFromBroken.UnionWith(_references);
                continue;
            }

            entities.Add(new BoundEntity(
                new EntityKey(candidate.Schema.MetadataName, candidate.Id),
                value,
                HasErrors: candidate.IsDuplicate || _errors != errorsBefore,
                _references.Distinct().ToEquatableArray()));
        }

        return new BoundFile(file.Path, entities.ToEquatableArray(), EntityKey.InOrder(referencesFromBroken), _diagnostics.ToEquatableArray(), !_skippedValues);
    }


    private void CollectCandidates(ParsedYamlFile file, Dictionary<string, RecordSchema> collections, List<Candidate> candidates)
    {
        if (file.Root is null or YamlScalar { IsNull: true })
        {
            if (file.Diagnostics.IsEmpty)
            {
                Report(DiagnosticDescriptors.EmptyFile, new LocationInfo(file.Path, default), System.IO.Path.GetFileName(file.Path));
            }

            return;
        }

        if (file.Root is YamlDropped)
        {
            Dropped();
            return;
        }

        if (file.Root is not YamlMapping root)
        {
            Skipped(DiagnosticDescriptors.WrongShape, file.At(file.Root.Position), "the file", "a mapping of collection keys (such as 'engagements:')", file.Root.Describe());
            return;
        }

        var records = 0;
        foreach (var entry in root.Entries)
        {
            if (!collections.TryGetValue(entry.Key.Value, out var schema))
            {
                Skipped(
                    DiagnosticDescriptors.UnknownCollection,
                    file.At(entry.Key.Position),
                    entry.Key.Value,
                    MessageText.Suggest(entry.Key.Value, collections.Keys),
                    string.Join(", ", collections.Keys.OrderBy(k => k, StringComparer.Ordinal)));
                continue;
            }

            if (entry.Value is YamlScalar { IsNull: true })
            {
                continue;
            }

            if (entry.Value is YamlDropped)
            {
                Dropped();
                continue;
            }

            if (entry.Value is not YamlSequence sequence)
            {
                Skipped(DiagnosticDescriptors.WrongShape, file.At(entry.Value.Position), entry.Key.Value, "a list of records ('- ' items)", entry.Value.Describe());
                continue;
            }

            foreach (var item in sequence.Items)
            {
                records++;
                if (item is YamlDropped)
                {
                    Dropped();
                    continue;
                }

                if (item is not YamlMapping mapping)
                {
                    Skipped(DiagnosticDescriptors.WrongShape, file.At(item.Position), "each item of '" + entry.Key.Value + "'", "a record (key: value lines)", item.Describe());
                    continue;
                }

                candidates.Add(RegisterId(schema, mapping, file));
            }
        }

        // A file whose records were all lost to an error already reported is not "empty".
        if (records == 0 && file.Diagnostics.IsEmpty && _errors == 0)
        {
            Report(DiagnosticDescriptors.EmptyFile, file.At(root.Position), System.IO.Path.GetFileName(file.Path));
        }
    }

    private Candidate RegisterId(RecordSchema schema, YamlMapping mapping, ParsedYamlFile file)
    {
        if (DatasetRecords.IdNode(schema, mapping) is not { } idNode)
        {
            // Reported as a missing or null key when the record is bound.
            return new Candidate(schema, mapping, file, null, false);
        }

        var key = new EntityKey(schema.MetadataName, idNode.Value);
        if (_ids.EarlierDeclaration(key, file.Path, idNode.Position) is { } first)
        {
            Report(DiagnosticDescriptors.DuplicateId, file.At(idNode.Position), MessageText.ToWords(schema.Name), idNode.Value, first.Display());
            return new Candidate(schema, mapping, file, idNode.Value, true);
        }

        if (_ids.LookAlikeOf(key) is { } lookAlike)
        {
            Report(DiagnosticDescriptors.LookAlikeIds, file.At(idNode.Position), MessageText.ToWords(schema.Name), idNode.Value, lookAlike.Id, System.IO.Path.GetFileName(lookAlike.Path));
        }

        return new Candidate(schema, mapping, file, idNode.Value, false);
    }

    private ObjectValue? BindRecord(RecordSchema schema, YamlMapping mapping, ParsedYamlFile file, RecordPath display)
    {
        var values = new Dictionary<string, BoundValue>(StringComparer.Ordinal);
        var present = new HashSet<string>(StringComparer.Ordinal);
        var members = MembersOf(schema);
        HashSet<string>? suggested = null;
        foreach (var entry in mapping.Entries)
        {
            present.Add(entry.Key.Value);
            members.TryGetValue(entry.Key.Value, out var member);
            if (member is null)
            {
                var keys = schema.Members.Select(m => m.YamlKey);
                // A key that is there already is not what this one meant.
                var nearest = NearMatch.Best(entry.Key.Value, keys.Where(k => !mapping.Entries.Any(e => e.Key.Value == k)));
                Skipped(
                    DiagnosticDescriptors.UnknownKey,
                    file.At(entry.Key.Position),
                    entry.Key.Value,
                    display.ToString(),
                    MessageText.DidYouMean(nearest),
                    string.Join(", ", keys));
                if (nearest is not null)
                {
                    // The misspelt key is that key: it is not missing as well.
                    (suggested ??= new HashSet<string>(StringComparer.Ordinal)).Add(nearest);
                }

                continue;
            }

            var value = BindValue(member.Type, entry.Value, file, member.YamlKey, display);
            if (value is not null && member.Rule is { } rule && !Obeys(rule, value, member.YamlKey, display))
            {
                continue;
            }

            if (value is not null)
            {
                values.Add(member.ParameterName, value);
            }
        }

        var arguments = new List<BoundArgument>(schema.Members.Count);
        var complete = true;
        foreach (var member in schema.Members)
        {
            if (values.TryGetValue(member.ParameterName, out var value))
            {
                arguments.Add(new BoundArgument(member.ParameterName, value));
            }
            else if (member.Type.IsList && !present.Contains(member.YamlKey))
            {
                arguments.Add(new BoundArgument(member.ParameterName, new ListValue(member.Type.Element, EquatableArray<BoundValue>.Empty, file.At(mapping.Position))));
            }
            else if (member.IsRequired && !present.Contains(member.YamlKey) && suggested?.Contains(member.YamlKey) == true)
            {
                complete = false;
            }
            else if (member.IsRequired && !present.Contains(member.YamlKey))
            {
                Report(
                    DiagnosticDescriptors.MissingRequiredKey,
                    file.At(mapping.Position),
                    member.YamlKey,
                    MessageText.Capitalize(display.ToString()),
                    member.Type.IsNullable ? " (write '~' when it is not known)" : string.Empty);
                complete = false;
            }
            else if (!member.HasDefault)
            {
                // Present but invalid: reported where the value is.
                complete = false;
            }
        }

        return complete ? new ObjectValue(schema.MetadataName, arguments.ToEquatableArray(), file.At(mapping.Position)) : null;
    }

    private Dictionary<string, MemberSchema> MembersOf(RecordSchema schema)
    {
        if (!_membersByRecord.TryGetValue(schema.MetadataName, out var members))
        {
            members = new Dictionary<string, MemberSchema>(StringComparer.Ordinal);
            foreach (var member in schema.Members)
            {
                members[member.YamlKey] = member;
            }

            _membersByRecord.Add(schema.MetadataName, members);
        }

        return members;
    }

    private BoundValue? BindValue(TypeShape type, YamlNode node, ParsedYamlFile file, string key, RecordPath display, bool inList = false)
    {
        var location = file.At(node.Position);
        if (node is YamlDropped)
        {
            Dropped();
            return null;
        }

        if (node is YamlScalar { IsNull: true })
        {
            if (type.IsList)
            {
                return new ListValue(type.Element, EquatableArray<BoundValue>.Empty, location);
            }

            if (type.IsNullable)
            {
                return new NullValue(location);
            }

            Report(DiagnosticDescriptors.NullNotAllowed, location, inList ? "an item of '" + key + "'" : "'" + key + "'", display.ToString(), "null", inList ? "give the item a value or remove it" : "give a value");
            return null;
        }

        if (type.IsList)
        {
            if (node is not YamlSequence sequence)
            {
                Skipped(DiagnosticDescriptors.WrongShape, location, key, "a list ('- ' items)", node.Describe());
                return null;
            }

            var items = new List<BoundValue>(sequence.Items.Count);
            var complete = true;
            foreach (var item in sequence.Items)
            {
                var bound = BindValue(type.Element, item, file, key, display, inList: true);
                if (bound is null)
                {
                    complete = false;
                }
                else
                {
                    items.Add(bound);
                }
            }

            return complete ? new ListValue(type.Element, items.ToEquatableArray(), location) : null;
        }

        if (type.Kind == ValueKind.Named && _schema.FindRecord(type.MetadataName) is { Entity: null } valueRecord)
        {
            if (node is not YamlMapping mapping)
            {
                Skipped(DiagnosticDescriptors.WrongShape, location, key, MessageText.WithArticle(MessageText.ToWords(valueRecord.Name)) + " (key: value lines)", node.Describe());
                return null;
            }

            return BindRecord(valueRecord, mapping, file, new RecordPath(valueRecord.Name, null, key, display));
        }

        if (node is not YamlScalar scalar)
        {
            Skipped(DiagnosticDescriptors.WrongShape, location, key, "a single value", node.Describe());
            return null;
        }

        if (scalar.Refused)
        {
            // Its characters were reported where the file was read: the record is not shipped, and nothing is said twice.
            _errors++;
        }

        if (HiddenCharacters.IsBlank(scalar.Value))
        {
            // A quoted "" or '   ' is not null to YAML, but it says nothing: it would reach the catalogue as a
            // value that is neither known nor marked unknown. Every kind of value, every field, every record. So does
            // a value of characters nobody sees ("\u200c"), which a reader of the catalogue could not even find.
            ReportEmpty(scalar, location, key, display, type.IsNullable, inList);
            return null;
        }

        return BindScalar(type, scalar, location, key);
    }

    private void ReportEmpty(YamlScalar scalar, LocationInfo location, string key, RecordPath display, bool nullable, bool inList)
    {
        var what = scalar.Value.Length == 0 ? "an empty string"
            : string.IsNullOrWhiteSpace(scalar.Value) ? "only white space"
            : "only characters nobody sees ('" + scalar.Value + "')";
        var fix = inList ? "give the item a value or remove it" : nullable ? "give a value, or write ~ when there is none" : "give a value";
        Report(DiagnosticDescriptors.NullNotAllowed, location, inList ? "an item of '" + key + "'" : "'" + key + "'", display.ToString(), what, fix);
    }

    private BoundValue? BindScalar(TypeShape type, YamlScalar scalar, LocationInfo location, string key)
    {
        var text = scalar.Value;
        if (scalar.IsPlain && TakesText(type) && CoreSchema.NonText(text) is { } other)
        {
            return Invalid(text, key, "text", $"a YAML 1.2 reader, such as your editor's, reads {text} unquoted as {other}; quote it: '{text}'", location);
        }

        switch (type.Kind)
        {
            case ValueKind.String:
                return new TextValue(ValueKind.String, text, location);
            case ValueKind.Boolean:
                if (scalar.IsPlain && text is "true" or "True" or "TRUE" or "false" or "False" or "FALSE")
                {
                    return new BooleanValue(text.ToLowerInvariant() == "true", location);
                }

                return Invalid(text, key, "true or false", "write true or false without quotes", location);
            case ValueKind.Integer:
                if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
                {
                    return new IntegerValue(number, location);
                }

                return Invalid(text, key, "a whole number", "write digits only, e.g. 18", location);
            case ValueKind.Number:
                if (DecimalText.TryCanonical(text, out var canonical))
                {
                    return new NumberValue(canonical, location);
                }

                return Invalid(text, key, "a decimal number", "write digits with at most one '.' and an optional leading '-', e.g. 55.75222 (no exponent, no thousands separator)", location);
            case ValueKind.Date:
                if (IsoDay.TryParse(text, out var day))
                {
                    return new DateValue(day, location);
                }

                return Invalid(text, key, "a date", "write a real calendar date as yyyy-MM-dd, e.g. 2024-07-16", location);
            case ValueKind.Uri:
                if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
                {
                    return new TextValue(ValueKind.Uri, text, location);
                }

                return Invalid(text, key, "an absolute http(s) URL", "write the full address, starting with https://", location);
            case ValueKind.Named when _schema.FindEnum(type.MetadataName) is { } @enum:
                foreach (var member in @enum.Members)
                {
                    if (member.YamlName == text)
                    {
                        return new EnumValue(@enum.MetadataName, member.CSharpName, location);
                    }
                }

                Report(
                    DiagnosticDescriptors.UnknownEnumValue,
                    location,
                    text,
                    key,
                    MessageText.Suggest(text, @enum.Members.Select(m => m.YamlName)),
                    string.Join(", ", @enum.Members.Select(m => m.YamlName)));
                return null;
            case ValueKind.Named when _schema.FindRecord(type.MetadataName) is { Entity: { } entity } target:
                var reference = new EntityKey(target.MetadataName, text);
                if (_ids.Contains(reference))
                {
                    _references?.Add(reference);
                    return new ReferenceValue(reference, location);
                }

                if (_ids.MayLack(target.MetadataName))
                {
                    // A part of the dataset that could not be read may declare it: the error there is reported and
                    // fails the build; this record is not emitted, and is checked again once that is fixed.
                    _errors++;
                    return null;
                }

                Report(
                    DiagnosticDescriptors.UnknownReference,
                    location,
                    text,
                    MessageText.ToWords(target.Name),
                    MessageText.Suggest(text, _ids.IdsOf(target.MetadataName)),
                    entity.Collection);
                return null;
            default:
                // An unsupported schema type was reported on the C# side; the record cannot be emitted.
                _errors++;
                _skippedValues = true;
                return null;
        }
    }

    /// <summary>Reports each value of a member that breaks the member's rule; a value that does is not bound.</summary>
    private bool Obeys(ValueRule rule, BoundValue value, string key, RecordPath display)
    {
        var obeys = true;
        foreach (var scalar in value is ListValue list ? list.Items.OfType<ScalarValue?>() : new[] { value as ScalarValue })
        {
            if (scalar is not null && !ValueRules.Allows(rule, scalar.Text))
            {
                Report(DiagnosticDescriptors.ValueBreaksRule, scalar.Location, scalar.Text, key, display.ToString(), rule.Expected);
                obeys = false;
            }
        }

        return obeys;
    }

    /// <summary>A field whose value is text to the build: a string, an address, an enum value or the id of a record.</summary>
    private bool TakesText(TypeShape type) =>
        type.Kind is ValueKind.String or ValueKind.Uri
        || (type.Kind == ValueKind.Named && (_schema.FindEnum(type.MetadataName) is not null || _schema.FindRecord(type.MetadataName) is { Entity: not null }));

    private BoundValue? Invalid(string text, string key, string expected, string fix, LocationInfo location)
    {
        Report(DiagnosticDescriptors.InvalidValue, location, text, key, "expected " + expected, fix);
        return null;
    }

    /// <summary>A value the Read step reported and left out: the record is incomplete, and nothing more is said of it.</summary>
    private void Dropped()
    {
        _errors++;
        _skippedValues = true;
    }

    /// <summary>Reports a problem because of which a value is not read at all, so that what it refers to is not known.</summary>
    private void Skipped(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] args)
    {
        _skippedValues = true;
        Report(descriptor, location, args);
    }

    private void Report(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] args)
    {
        var diagnostic = DiagnosticInfo.Create(descriptor, location, args);
        if (diagnostic.IsError)
        {
            _errors++;
        }

        _diagnostics.Add(diagnostic);
    }

    /// <summary>
    /// Which record a problem is in, for messages ("the role under 'roles' of person 'sergey-lavrov'"); only
    /// turned into text when a problem is reported, so that binding valid data builds no strings.
    /// </summary>
    private sealed class RecordPath(string kind, string? id, string? key, RecordPath? parent)
    {
        public override string ToString()
        {
            var words = MessageText.ToWords(kind);
            if (parent is not null)
            {
                return $"the {words} under '{key}' of {parent}";
            }

            return id is null ? MessageText.WithArticle(words) : $"{words} '{id}'";
        }
    }
}
