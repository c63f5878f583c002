namespace DiplomacyData.Generators.Bind;

/// <summary>
/// Where a value is, named by its record (<see cref="RecordSlot"/>) instead of a position: a diagnostic that the
/// whole-dataset steps find in position-free facts points here, and <see cref="PlaceResolver"/> turns it into a file,
/// line and column from the bound files only when it is reported. An edit that moves later lines thus leaves those
/// facts, and the steps that read them, equal.
/// </summary>
/// <param name="Record">The record that holds the value.</param>
/// <param name="Member">The record's parameter that holds it (its model name); null for the record itself.</param>
/// <param name="Item">The index of the item in that list; -1 for the whole value.</param>
internal readonly record struct ValuePlace(RecordSlot Record, string? Member = null, int Item = -1);
