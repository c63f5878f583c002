namespace DiplomacyData.Generators;

/// <summary>Names of the pipeline steps, so that tests can assert how each step ran (cached, modified …).</summary>
internal static class TrackingNames
{
    public const string ParsedYaml = nameof(ParsedYaml);
    public const string ArchivedTexts = nameof(ArchivedTexts);
    public const string EntityTypes = nameof(EntityTypes);
    public const string ValueTypes = nameof(ValueTypes);
    public const string Schema = nameof(Schema);
    public const string Version = nameof(Version);
    public const string HelpPage = nameof(HelpPage);
    public const string DeclaredIds = nameof(DeclaredIds);
    public const string IdTable = nameof(IdTable);
    public const string FirstDeclarations = nameof(FirstDeclarations);
    public const string BoundFiles = nameof(BoundFiles);
    public const string ArchiveIndex = nameof(ArchiveIndex);
    public const string ValidatedFiles = nameof(ValidatedFiles);
    public const string ReferableRecords = nameof(ReferableRecords);
    public const string ReferenceIndex = nameof(ReferenceIndex);
    public const string CrossCheckedFiles = nameof(CrossCheckedFiles);
    public const string FileFacts = nameof(FileFacts);
    public const string FileReferences = nameof(FileReferences);
    public const string ReferencedRecords = nameof(ReferencedRecords);
    public const string Validated = nameof(Validated);
    public const string InvalidRecords = nameof(InvalidRecords);
    public const string FileHandles = nameof(FileHandles);
    public const string HandleTable = nameof(HandleTable);
    public const string FileOrders = nameof(FileOrders);
    public const string RecordReferences = nameof(RecordReferences);
    public const string DroppedRecords = nameof(DroppedRecords);
    public const string CatalogOrder = nameof(CatalogOrder);
    public const string Kept = nameof(Kept);
    public const string EmitIndex = nameof(EmitIndex);
    public const string ChunkPlan = nameof(ChunkPlan);
    public const string ReferenceTargets = nameof(ReferenceTargets);
    public const string ChunkInputs = nameof(ChunkInputs);
    public const string EmitChunks = nameof(EmitChunks);
    public const string Changelog = nameof(Changelog);
    public const string ShippedIds = nameof(ShippedIds);
    public const string RetiredIds = nameof(RetiredIds);
    public const string RecordDigests = nameof(RecordDigests);
    public const string ContentHash = nameof(ContentHash);
    public const string Release = nameof(Release);
    public const string RetiredHandles = nameof(RetiredHandles);
    public const string IdCheck = nameof(IdCheck);
}
