using System.Collections.Generic;
using System.Linq;
using System.Threading;
using DiplomacyData.Generators.Diagnostics;
using DiplomacyData.Generators.Emit;
using DiplomacyData.Generators.Pipeline;
using Microsoft.CodeAnalysis;

namespace DiplomacyData.Generators.Schema;

/// <summary>
/// Reads the schema from the model declarations: each [DatasetEntity]/[DatasetValue] type is read from its
/// own symbol, naming the types it uses only by metadata name, so a change to one model file re-reads
/// that type alone. Names are resolved late, in <see cref="SchemaBuilder"/>.
/// </summary>
internal static class SchemaReader
{
    public const string EntityAttribute = "DiplomacyData.Schema.DatasetEntityAttribute";
    public const string ValueAttribute = "DiplomacyData.Schema.DatasetValueAttribute";
    public const string PatternAttribute = "DiplomacyData.Schema.DatasetPatternAttribute";
    public const string RangeAttribute = "DiplomacyData.Schema.DatasetRangeAttribute";

    public static SchemaType ReadEntity(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken) =>
        Guarded(context, cancellationToken, ReadEntityCore);

    public static SchemaType ReadValue(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken) =>
        Guarded(context, cancellationToken, static (context, cancellationToken) => ReadType(context.TargetSymbol, entity: null, cancellationToken));

    private static SchemaType Guarded(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken, System.Func<GeneratorAttributeSyntaxContext, CancellationToken, SchemaType> read)
    {
        try
        {
            return read(context, cancellationToken);
        }
        catch (System.Exception exception) when (exception is not System.OperationCanceledException)
        {
            var diagnostic = DiagnosticInfo.Create(
                DiagnosticDescriptors.InternalError,
                LocationInfo.From(context.TargetNode.GetLocation()),
                "reading the schema type " + context.TargetSymbol.Name,
                exception.GetType().Name + ": " + exception.Message);
            return new SchemaType(null, null, new EquatableArray<DiagnosticInfo>(new[] { diagnostic }));
        }
    }

    private static SchemaType ReadEntityCore(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        var attribute = context.Attributes[0];
        var collection = attribute.ConstructorArguments.Length == 1 ? attribute.ConstructorArguments[0].Value as string : null;
        string? handleNameFrom = null;
        string? orderBy = null;
        string? describedBy = null;
        var isReferenceData = false;
        foreach (var argument in attribute.NamedArguments)
        {
            switch (argument.Key)
            {
                case "HandleNameFrom": handleNameFrom = argument.Value.Value as string; break;
                case "OrderBy": orderBy = argument.Value.Value as string; break;
                case "DescribedBy": describedBy = argument.Value.Value as string; break;
                case "IsReferenceData": isReferenceData = argument.Value.Value is true; break;
            }
        }

        var entity = new EntityInfo(collection ?? string.Empty, NameRules.ToPascalCase(collection ?? string.Empty), handleNameFrom ?? "Id", orderBy, isReferenceData, describedBy);
        if (context.TargetSymbol is INamedTypeSymbol type && HandleClassProblem(entity.HandleClass, type, context.SemanticModel.Compilation) is { } problem)
        {
            // Not a kind of record, then: its records are unknown to the data (DD0106) rather than code that cannot compile.
            var read = ReadType(type, entity: null, cancellationToken);
            var diagnostic = DiagnosticInfo.Create(DiagnosticDescriptors.UnusableKindName, LocationInfo.From(type.Locations.FirstOrDefault()), collection ?? string.Empty, type.Name, entity.HandleClass, problem);
            return read with { Diagnostics = read.Diagnostics.Concat(new[] { diagnostic }).ToEquatableArray() };
        }

        return ReadType(context.TargetSymbol, entity, cancellationToken);
    }

    /// <summary>
    /// Why the class a kind's collection names (its typed handles' class, its Catalog property and its files) cannot be
    /// written, or null: not an identifier, or a name the generator or the model already uses.
    /// </summary>
    private static string? HandleClassProblem(string handleClass, INamedTypeSymbol type, Compilation compilation)
    {
        if (GeneratedNames.IdentifierProblem(handleClass) is { } problem)
        {
            return problem;
        }

        if (GeneratedNames.OwnFiles.Any(file => string.Equals(file, GeneratedNames.KindFile(handleClass), System.StringComparison.OrdinalIgnoreCase)))
        {
            return $"the generator writes a file {GeneratedNames.KindFile(handleClass)} of its own";
        }

        if (!type.ContainingNamespace.GetTypeMembers(handleClass).IsEmpty || handleClass is GeneratedNames.CatalogClass or GeneratedNames.ReadersClass)
        {
            return $"a type {handleClass} is already declared in {type.ContainingNamespace.ToDisplayString()}";
        }

        var catalog = type.ContainingNamespace.GetTypeMembers(GeneratedNames.CatalogClass).FirstOrDefault();
        return GeneratedNames.CatalogMembers.Contains(handleClass) || (catalog is not null && !catalog.GetMembers(handleClass).IsEmpty)
            ? $"Catalog already has a member {handleClass}"
            : null;
    }

    private static SchemaType ReadType(ISymbol symbol, EntityInfo? entity, CancellationToken cancellationToken)
    {
        if (symbol is not INamedTypeSymbol type)
        {
            return new SchemaType(null, null, EquatableArray<DiagnosticInfo>.Empty);
        }

        var metadataName = MetadataName(type);
        if (type.TypeKind == TypeKind.Enum)
        {
            var members = type.GetMembers()
                .OfType<IFieldSymbol>()
                .Where(field => field.IsConst)
                .Select(field => new EnumMember(field.Name, NameRules.ToKebabCase(field.Name), System.Convert.ToInt64(field.ConstantValue, System.Globalization.CultureInfo.InvariantCulture)))
                .ToEquatableArray();
            return new SchemaType(null, new EnumSchema(metadataName, type.Name, members, LocationInfo.From(type.Locations.FirstOrDefault())), EquatableArray<DiagnosticInfo>.Empty);
        }

        var diagnostics = new List<DiagnosticInfo>();
        var constructor = type.InstanceConstructors
            .Where(c => c.DeclaredAccessibility == Accessibility.Public && !IsCopyConstructor(c, type))
            .OrderByDescending(c => c.Parameters.Length)
            .FirstOrDefault();
        if (constructor is null || constructor.Parameters.Length == 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NoBindableConstructor, LocationInfo.From(type.Locations.FirstOrDefault()), type.Name));
            return new SchemaType(null, null, diagnostics.ToEquatableArray());
        }

        var memberSchemas = new List<MemberSchema>(constructor.Parameters.Length);
        foreach (var parameter in constructor.Parameters)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var shape = Shape(parameter.Type);
            var location = LocationInfo.From(parameter.Locations.FirstOrDefault());
            if (shape.Kind == ValueKind.Unsupported)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedSchemaType, location, parameter.Name, type.Name, shape.DisplayName));
            }

            var rule = ValueRules.Read(parameter, shape, type.Name, location, diagnostics);
            memberSchemas.Add(new MemberSchema(parameter.Name, NameRules.ToCamelCase(parameter.Name), shape, parameter.HasExplicitDefaultValue, DefaultValue(parameter), location, rule));
        }

        var record = new RecordSchema(
            metadataName,
            type.ContainingNamespace.IsGlobalNamespace ? string.Empty : type.ContainingNamespace.ToDisplayString(),
            type.Name,
            memberSchemas.ToEquatableArray(),
            entity,
            LocationInfo.From(type.Locations.FirstOrDefault()));
        return new SchemaType(record, null, diagnostics.ToEquatableArray());
    }

    /// <summary>The default as a plain constant (see <see cref="MemberSchema.DefaultValue"/>); the literal is Emit's to write.</summary>
    private static object? DefaultValue(IParameterSymbol parameter) => !parameter.HasExplicitDefaultValue ? null : parameter.ExplicitDefaultValue switch
    {
        null => null,
        bool or string => parameter.ExplicitDefaultValue,
        char value => value.ToString(),
        double or float or decimal => System.Convert.ToDouble(parameter.ExplicitDefaultValue, System.Globalization.CultureInfo.InvariantCulture),
        // Integers, and an enum's numeric value (the emitted literal casts it to the member's enum type).
        var value => System.Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture),
    };

    private static bool IsCopyConstructor(IMethodSymbol constructor, INamedTypeSymbol type) =>
        constructor.Parameters.Length == 1 && SymbolEqualityComparer.Default.Equals(constructor.Parameters[0].Type, type);

    private static TypeShape Shape(ITypeSymbol type)
    {
        var display = type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);
        var isNullable = type.NullableAnnotation == NullableAnnotation.Annotated;
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
            isNullable = true;
        }

        if (type is INamedTypeSymbol { IsGenericType: true } generic
            && generic.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IReadOnlyList_T)
        {
            var element = Shape(generic.TypeArguments[0]);
            return element.IsList || element.IsNullable
                ? new TypeShape(ValueKind.Unsupported, string.Empty, display, isNullable, false)
                : element with { DisplayName = display, IsNullable = isNullable, IsList = true };
        }

        var kind = type.SpecialType switch
        {
            SpecialType.System_String => ValueKind.String,
            SpecialType.System_Boolean => ValueKind.Boolean,
            SpecialType.System_Int32 => ValueKind.Integer,
            SpecialType.System_Double => ValueKind.Number,
            _ => MetadataName(type) switch
            {
                "System.DateOnly" => ValueKind.Date,
                "System.Uri" => ValueKind.Uri,
                _ when type is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Enum or TypeKind.Struct, IsGenericType: false } => ValueKind.Named,
                _ => ValueKind.Unsupported,
            },
        };
        return new TypeShape(kind, kind == ValueKind.Named ? MetadataName(type) : string.Empty, display, isNullable, false);
    }

    private static string MetadataName(ITypeSymbol type)
    {
        var ns = type.ContainingNamespace;
        var name = type.MetadataName;
        for (var containing = type.ContainingType; containing is not null; containing = containing.ContainingType)
        {
            name = containing.MetadataName + "+" + name;
        }

        return ns is null || ns.IsGlobalNamespace ? name : ns.ToDisplayString() + "." + name;
    }
}
