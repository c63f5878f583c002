using System.Collections.Generic;
using DiplomacyData.Schema;

namespace DiplomacyData;

/// <summary>The engagement coded in the PLOVER event ontology (event, mode, context).</summary>
/// <param name="Event">PLOVER event type, e.g. <see cref="PloverEvent.Consult"/>.</param>
/// <param name="Mode">PLOVER mode of the event, e.g. <c>visit</c>, <c>phone</c>; null when none applies.</param>
/// <param name="Context">PLOVER contexts, e.g. <c>diplomatic</c>, <c>economic</c>.</param>
[DatasetValue]
public sealed partial record PloverCoding(
    PloverEvent Event,
    string? Mode,
    IReadOnlyList<string> Context)
{
    /// <summary>The same event and mode, and the same contexts in the same order.</summary>
    public bool Equals(PloverCoding? other) =>
        other is not null && Event == other.Event && Mode == other.Mode && ValueLists.Equal(Context, other.Context);

    /// <inheritdoc/>
    public override int GetHashCode() => System.HashCode.Combine(Event, Mode, ValueLists.Hash(Context));
}

/// <summary>PLOVER event types (the sixteen root categories).</summary>
[DatasetValue]
public enum PloverEvent
{
    /// <summary>AGREE (<c>agree</c>).</summary>
    Agree,
    /// <summary>CONSULT (<c>consult</c>).</summary>
    Consult,
    /// <summary>SUPPORT (<c>support</c>).</summary>
    Support,
    /// <summary>CONCEDE (<c>concede</c>).</summary>
    Concede,
    /// <summary>COOPERATE (<c>cooperate</c>).</summary>
    Cooperate,
    /// <summary>AID (<c>aid</c>).</summary>
    Aid,
    /// <summary>RETREAT (<c>retreat</c>).</summary>
    Retreat,
    /// <summary>REQUEST (<c>request</c>).</summary>
    Request,
    /// <summary>ACCUSE (<c>accuse</c>).</summary>
    Accuse,
    /// <summary>REJECT (<c>reject</c>).</summary>
    Reject,
    /// <summary>THREATEN (<c>threaten</c>).</summary>
    Threaten,
    /// <summary>PROTEST (<c>protest</c>).</summary>
    Protest,
    /// <summary>SANCTION (<c>sanction</c>).</summary>
    Sanction,
    /// <summary>MOBILIZE (<c>mobilize</c>).</summary>
    Mobilize,
    /// <summary>COERCE (<c>coerce</c>).</summary>
    Coerce,
    /// <summary>ASSAULT (<c>assault</c>).</summary>
    Assault,
}
