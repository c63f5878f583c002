using System.Globalization;
using DiplomacyData.Generators.Diagnostics;
using DiplomacyData.Generators.Schema;

namespace DiplomacyData.Generators.Bind;

/// <summary>
/// A single value (string, bool, int, double, DateOnly or Uri), typed once, when it is bound: later steps read
/// the typed value (<see cref="DateValue.Day"/>, <see cref="IntegerValue.Value"/> …) and never parse text again.
/// </summary>
internal abstract record ScalarValue : BoundValue
{
    protected ScalarValue(LocationInfo location)
        : base(location)
    {
    }

    /// <summary>The C# type it binds to.</summary>
    public abstract ValueKind Kind { get; }

    /// <summary>The value's one canonical invariant spelling: what the content hash reads and messages quote.</summary>
    public abstract string Text { get; }
}

/// <summary>A string or an absolute http(s) Uri, as written.</summary>
internal sealed record TextValue(ValueKind TextKind, string Value, LocationInfo Location) : ScalarValue(Location)
{
    public override ValueKind Kind => TextKind;

    public override string Text => Value;
}

/// <summary>A double, kept as its canonical decimal text (<see cref="DecimalText"/>): exact, whatever runtime reads it.</summary>
internal sealed record NumberValue(string Canonical, LocationInfo Location) : ScalarValue(Location)
{
    public override ValueKind Kind => ValueKind.Number;

    public override string Text => Canonical;
}

internal sealed record BooleanValue(bool Value, LocationInfo Location) : ScalarValue(Location)
{
    public override ValueKind Kind => ValueKind.Boolean;

    public override string Text => Value ? "true" : "false";
}

internal sealed record IntegerValue(int Value, LocationInfo Location) : ScalarValue(Location)
{
    public override ValueKind Kind => ValueKind.Integer;

    public override string Text => Value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>A DateOnly, read from <c>yyyy-MM-dd</c> once.</summary>
internal sealed record DateValue(IsoDay Day, LocationInfo Location) : ScalarValue(Location)
{
    public override ValueKind Kind => ValueKind.Date;

    public override string Text => Day.ToString();
}
