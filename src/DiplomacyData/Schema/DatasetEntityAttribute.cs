using System;

namespace DiplomacyData.Schema;

/// <summary>
/// Marks a record as a top-level kind of dataset record. The generator reads the record's primary
/// constructor as the schema: each parameter is a YAML key (camelCase of the parameter name).
/// </summary>
/// <remarks>
/// The attribute is compiled away for consumers: it exists so that the C# record stays the only
/// definition of a field, and the generator cannot drift from it.
/// </remarks>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
internal sealed class DatasetEntityAttribute : Attribute
{
    /// <param name="collection">
    /// The top-level YAML key that lists records of this kind (e.g. <c>people</c>). Its PascalCase form
    /// names both the typed-handle class (<c>People</c>) and the <c>Catalog</c> property.
    /// </param>
    public DatasetEntityAttribute(string collection) => Collection = collection;

    public string Collection { get; }

    /// <summary>The constructor parameter whose value names the typed handle; the id when not set.</summary>
    public string? HandleNameFrom { get; set; }

    /// <summary>The constructor parameter whose value describes a record to a reader (its typed handle's doc comment); the id when not set.</summary>
    public string? DescribedBy { get; set; }

    /// <summary>A <see cref="DateOnly"/> parameter that orders the catalogue list (then the id).</summary>
    public string? OrderBy { get; set; }

    /// <summary>
    /// A codebook shipped whole (e.g. CAMEO codes): its records are not expected to be referenced, so an
    /// unused one is not a warning.
    /// </summary>
    public bool IsReferenceData { get; set; }
}
