using System;
using DiplomacyData.Schema;

namespace DiplomacyData;

/// <summary>An office a person held for a period.</summary>
/// <param name="Title">The office, e.g. <c>Minister of Foreign Affairs</c>.</param>
/// <param name="Organization">The body the office belongs to; null when it has none recorded.</param>
/// <param name="From">First day in office; null when the start is not known (the role then counts as in force before <paramref name="To"/>).</param>
/// <param name="To">Last day in office; null while still in office.</param>
/// <param name="Acting">True for an acting or interim holder of the office.</param>
/// <param name="Note">Where the dates come from, when they are not in the cited articles.</param>
[DatasetValue]
public sealed partial record Role(
    string Title,
    Organization? Organization,
    DateOnly? From,
    DateOnly? To = null,
    bool Acting = false,
    string? Note = null)
{
    /// <summary>True when the role was held on <paramref name="day"/> (both ends inclusive).</summary>
    public bool IsInForceOn(DateOnly day) =>
        (From is not { } from || from <= day) && (To is not { } to || day <= to);

    /// <inheritdoc />
    public override string ToString() => Acting ? "Acting " + Title : Title;
}
