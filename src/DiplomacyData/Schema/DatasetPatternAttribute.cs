using System;

namespace DiplomacyData.Schema;

/// <summary>
/// Constrains a string parameter of a dataset record to a regular expression: the generator reports a YAML
/// value that does not match it (DD0108) at the value's line and column, so that an identifier kept in another
/// system (a Wikidata item, a state abbreviation) cannot be written in a shape that system never gives.
/// </summary>
/// <remarks>Compiled away for consumers, like <see cref="DatasetEntityAttribute"/>.</remarks>
[AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
internal sealed class DatasetPatternAttribute : Attribute
{
    /// <param name="pattern">A .NET regular expression the whole value must match (anchor it with ^ and $).</param>
    /// <param name="expected">What a valid value is, for the message: "a Wikidata item id: Q and digits …".</param>
    public DatasetPatternAttribute(string pattern, string expected)
    {
        Pattern = pattern;
        Expected = expected;
    }

    public string Pattern { get; }

    public string Expected { get; }
}
