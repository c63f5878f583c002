using System.Collections.Generic;
using System.Linq;
using DiplomacyData.Generators.Bind;
using DiplomacyData.Generators.Diagnostics;
using DiplomacyData.Generators.Pipeline;
using DiplomacyData.Generators.Schema;
using DiplomacyData.Generators.Validate;

namespace DiplomacyData.Generators.Emit;

/// <summary>
/// Everything the emitter needs, and nothing else: the schema, the entities fit to emit, the version. Equal
/// when the emitted code would be: positions in the YAML do not count (see <see cref="SameContent"/>).
/// </summary>
internal sealed record EmitModel(DatasetSchema Schema, EquatableArray<BoundEntity> Entities, string Version)
{
    public bool Equals(EmitModel? other) =>
        other is not null && Version == other.Version && Schema.Equals(other.Schema) && SameContent.Entities(Entities, other.Entities);

    public override int GetHashCode() => (Version, Schema, Entities.Count).GetHashCode();

    /// <summary>
    /// Keeps the entities without errors whose references all lead to kept entities, so that emitted code
    /// always compiles: a record that fails validation drops out together with what refers to it, and the
    /// diagnostics say why.
    /// </summary>
    public static EmitModel Create(BindResult bound, ValidationResult validation, DatasetSchema schema, string version)
    {
        var kept = new Dictionary<EntityKey, BoundEntity>();
        var invalid = new HashSet<EntityKey>(validation.Invalid);
        foreach (var entity in bound.Entities)
        {
            if (!entity.HasErrors && !invalid.Contains(entity.Key) && !kept.ContainsKey(entity.Key))
            {
                kept.Add(entity.Key, entity);
            }
        }

        bool removed;
        do
        {
            removed = false;
            foreach (var entity in kept.Values.ToList())
            {
                if (entity.References.Any(reference => !kept.ContainsKey(reference)))
                {
                    kept.Remove(entity.Key);
                    removed = true;
                }
            }
        }
        while (removed);

        return new EmitModel(schema, bound.Entities.Where(e => kept.TryGetValue(e.Key, out var k) && ReferenceEquals(k, e)).ToEquatableArray(), version);
    }
}

/// <summary>One generated file.</summary>
internal sealed record GeneratedFile(string HintName, string Text);

/// <summary>What the Emit step produces: the files, and notes about what it could not emit as asked.</summary>
internal sealed record EmitOutput(EquatableArray<GeneratedFile> Files, EquatableArray<DiagnosticInfo> Diagnostics);
