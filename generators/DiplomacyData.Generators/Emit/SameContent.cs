using DiplomacyData.Generators.Bind;
using DiplomacyData.Generators.Pipeline;

namespace DiplomacyData.Generators.Emit;

/// <summary>
/// Equality of bound records by what is emitted, ignoring where in the YAML each value was: the generated
/// code has no positions in it, so an edit that only moves lines (a comment, a blank line) must not make
/// the Emit step write the same code again.
/// </summary>
internal static class SameContent
{
    public static bool Entities(EquatableArray<BoundEntity> left, EquatableArray<BoundEntity> right)
    {
        if (left.Count != right.Count)
        {
            return false;
        }

        for (var i = 0; i < left.Count; i++)
        {
            var a = left[i];
            var b = right[i];
            if (a.Key != b.Key || a.HandleName != b.HandleName || a.SortKey != b.SortKey || a.HasErrors != b.HasErrors
                || a.References != b.References || !Values(a.Value, b.Value))
            {
                return false;
            }
        }

        return true;
    }

    public static bool Values(BoundValue left, BoundValue right) => (left, right) switch
    {
        (ScalarValue a, ScalarValue b) => a.Kind == b.Kind && a.Text == b.Text,
        (NullValue, NullValue) => true,
        (EnumValue a, EnumValue b) => a.EnumMetadataName == b.EnumMetadataName && a.Member == b.Member,
        (ReferenceValue a, ReferenceValue b) => a.Target == b.Target,
        (ObjectValue a, ObjectValue b) => a.RecordMetadataName == b.RecordMetadataName && Arguments(a.Arguments, b.Arguments),
        (ListValue a, ListValue b) => a.Element == b.Element && Items(a.Items, b.Items),
        _ => false,
    };

    private static bool Arguments(EquatableArray<BoundArgument> left, EquatableArray<BoundArgument> right)
    {
        if (left.Count != right.Count)
        {
            return false;
        }

        for (var i = 0; i < left.Count; i++)
        {
            if (left[i].ParameterName != right[i].ParameterName || !Values(left[i].Value, right[i].Value))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Items(EquatableArray<BoundValue> left, EquatableArray<BoundValue> right)
    {
        if (left.Count != right.Count)
        {
            return false;
        }

        for (var i = 0; i < left.Count; i++)
        {
            if (!Values(left[i], right[i]))
            {
                return false;
            }
        }

        return true;
    }
}
