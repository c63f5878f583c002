using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DiplomacyData.Generators.Schema;

/// <summary>The schema, read from the model records: each [DatasetEntity] and [DatasetValue] type alone, then joined.</summary>
internal static class SchemaStage
{
    public static IncrementalValueProvider<DatasetSchema> Wire(IncrementalGeneratorInitializationContext context)
    {
        var entityTypes = context.SyntaxProvider
            .ForAttributeWithMetadataName(SchemaReader.EntityAttribute, static (node, _) => node is TypeDeclarationSyntax, SchemaReader.ReadEntity)
            .WithTrackingName(TrackingNames.EntityTypes);

        var valueTypes = context.SyntaxProvider
            .ForAttributeWithMetadataName(SchemaReader.ValueAttribute, static (node, _) => node is BaseTypeDeclarationSyntax, SchemaReader.ReadValue)
            .WithTrackingName(TrackingNames.ValueTypes);

        return entityTypes.Collect()
            .Combine(valueTypes.Collect())
            .Select(static (types, _) => SchemaBuilder.Build(types.Left, types.Right))
            .WithTrackingName(TrackingNames.Schema);
    }
}
