using System.Collections.Generic;
using System.Linq;
using DiplomacyData.Generators.Bind;
using DiplomacyData.Generators.Schema;

namespace DiplomacyData.Generators.Validate.Views;

/// <summary>How the views read a bound record through a link: a link the model lacks (DD0192) reads nothing.</summary>
internal static class LinkedValues
{
    public static BoundValue? Get(this ObjectValue record, MemberLink member) =>
        member.ParameterName.Length == 0 ? null : record[member.ParameterName];

    public static IEnumerable<ObjectValue> Records(this ObjectValue record, MemberLink list) =>
        record.Get(list) is ListValue items ? items.Items.OfType<ObjectValue>() : Enumerable.Empty<ObjectValue>();

    /// <summary>Whether the bound enum value is the linked member (never, when either is missing).</summary>
    public static bool Is(this EnumValue? value, EnumMemberLink member) =>
        value is not null && member.CSharpName.Length > 0 && value.Member == member.CSharpName;
}
