using System;

namespace DiplomacyData.Schema;

/// <summary>
/// Constrains a number parameter (<c>int</c> or <c>double</c>) of a dataset record to a closed range: the
/// generator reports a YAML value outside it (DD0108) at the value's line and column.
/// </summary>
/// <remarks>Compiled away for consumers, like <see cref="DatasetEntityAttribute"/>.</remarks>
[AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
internal sealed class DatasetRangeAttribute : Attribute
{
    /// <param name="minimum">The smallest value allowed.</param>
    /// <param name="maximum">The largest value allowed.</param>
    /// <param name="expected">What a valid value is, for the message: "degrees of latitude, from -90 to 90".</param>
    public DatasetRangeAttribute(double minimum, double maximum, string expected)
    {
        Minimum = minimum;
        Maximum = maximum;
        Expected = expected;
    }

    public double Minimum { get; }

    public double Maximum { get; }

    public string Expected { get; }
}
