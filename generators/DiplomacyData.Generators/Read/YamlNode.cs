using DiplomacyData.Generators.Diagnostics;
using DiplomacyData.Generators.Pipeline;

namespace DiplomacyData.Generators.Read;

/// <summary>
/// The syntax of one YAML file, independent of the schema: what the curator wrote and where.
/// Value-equatable, so an unchanged file yields an equal tree and the steps after it stay cached.
/// </summary>
internal abstract record YamlNode(TextPosition Position)
{
    public abstract string Describe();
}

/// <param name="Value">The scalar's text after YAML unescaping, in NFC.</param>
/// <param name="IsPlain">True for an unquoted scalar: only plain scalars can mean null, true or false.</param>
/// <param name="Refused">
/// The Read step reported an error in its characters (DD0018 to DD0022): the record that holds it is not shipped,
/// and Bind, which counts it among the record's errors, does not report it again.
/// </param>
internal sealed record YamlScalar(string Value, bool IsPlain, TextPosition Position, bool Refused = false) : YamlNode(Position)
{
    /// <summary>YAML 1.2 core-schema null: an empty plain scalar, <c>~</c> or <c>null</c>.</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string Describe() => IsNull ? "null" : $"the value '{Value}'";
}

internal sealed record YamlMapping(EquatableArray<YamlEntry> Entries, TextPosition Position) : YamlNode(Position)
{
    public override string Describe() => "a mapping (key: value lines)";
}

internal sealed record YamlSequence(EquatableArray<YamlNode> Items, TextPosition Position) : YamlNode(Position)
{
    public override string Describe() => "a list ('- ' items)";
}

/// <summary>
/// A value the Read step has reported and left out (an alias, a value nested too deeply). It stands where the
/// value stood, so that later steps know a value was there and do not report it again as missing or null.
/// </summary>
internal sealed record YamlDropped(TextPosition Position) : YamlNode(Position)
{
    public override string Describe() => "a value that could not be read";
}

/// <summary>A key and its value; a struct because there is one per key in the dataset, all kept by the pipeline.</summary>
internal readonly record struct YamlEntry(YamlScalar Key, YamlNode Value);
