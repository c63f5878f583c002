namespace DiplomacyData.Generators.Bind;

/// <summary>
/// Bound records compared by what they hold, not where it was written: their records' equality counts positions
/// (later rules report at them), so after an edit that moves lines every later record of the file compares
/// unequal. What is emitted holds no positions, so the steps that emit compare by content alone, and an edit that
/// moves a record encodes nothing again.
/// </summary>
internal static class ContentEquality
{
    /// <summary>The same records, in the same order, each with the same content (<see cref="SameContent(BoundEntity, BoundEntity)"/>).</summary>
    public static bool SameContent(Pipeline.EquatableArray<BoundEntity> a, Pipeline.EquatableArray<BoundEntity> b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        for (var i = 0; i < a.Count; i++)
        {
            if (!SameContent(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Same key, same errors flag, same references and the same values, wherever they were written.</summary>
    public static bool SameContent(BoundEntity a, BoundEntity b) =>
        ReferenceEquals(a, b)
        || (a.Key.Equals(b.Key) && a.HasErrors == b.HasErrors && a.References.Equals(b.References) && SameContent(a.Value, b.Value));

    /// <summary>Same type and the same content, its own and its parts', wherever they were written.</summary>
    public static bool SameContent(BoundValue a, BoundValue b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a.GetType() != b.GetType())
        {
            return false;
        }

        switch (a)
        {
            case NullValue:
                return true;
            case EnumValue @enum:
                var otherEnum = (EnumValue)b;
                return @enum.EnumMetadataName == otherEnum.EnumMetadataName && @enum.Member == otherEnum.Member;
            case ReferenceValue reference:
                return reference.Target.Equals(((ReferenceValue)b).Target);
            case ScalarValue scalar:
                // Kind and canonical text are every scalar's whole content (a date's text is its ISO day).
                var otherScalar = (ScalarValue)b;
                return scalar.Kind == otherScalar.Kind && scalar.Text == otherScalar.Text;
            case ObjectValue record:
                var otherRecord = (ObjectValue)b;
                if (record.RecordMetadataName != otherRecord.RecordMetadataName || record.Arguments.Count != otherRecord.Arguments.Count)
                {
                    return false;
                }

                for (var i = 0; i < record.Arguments.Count; i++)
                {
                    if (record.Arguments[i].ParameterName != otherRecord.Arguments[i].ParameterName
                        || !SameContent(record.Arguments[i].Value, otherRecord.Arguments[i].Value))
                    {
                        return false;
                    }
                }

                return true;
            case ListValue list:
                var otherList = (ListValue)b;
                if (!list.Element.Equals(otherList.Element) || list.Items.Count != otherList.Items.Count)
                {
                    return false;
                }

                for (var i = 0; i < list.Items.Count; i++)
                {
                    if (!SameContent(list.Items[i], otherList.Items[i]))
                    {
                        return false;
                    }
                }

                return true;
            default:
                // A kind of value this does not know: equal only as its record says, positions and all.
                return a.Equals(b);
        }
    }
}
