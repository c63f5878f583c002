using DiplomacyData.Schema;

namespace DiplomacyData;

/// <summary>A person taking part in an engagement, and in what capacity.</summary>
/// <param name="Person">Who.</param>
/// <param name="Part">Their part in the engagement (host, visitor, sender of a message …).</param>
/// <param name="ReportedTitle">The title the source gives them for this engagement (e.g. <c>Acting Foreign Minister</c>); null when not given.</param>
[DatasetValue]
public sealed partial record Participant(
    Person Person,
    ParticipantPart Part,
    string? ReportedTitle = null)
{
    /// <inheritdoc />
    public override string ToString() => $"{Person.Name.Full} ({Part})";
}

/// <summary>A participant's part in an engagement.</summary>
[DatasetValue]
public enum ParticipantPart
{
    /// <summary>Receives the other side on their ground (<c>host</c>).</summary>
    Host,
    /// <summary>Travels to the other side (<c>visitor</c>).</summary>
    Visitor,
    /// <summary>Meets on equal footing, e.g. at a third location or on a call (<c>counterpart</c>).</summary>
    Counterpart,
    /// <summary>Places a phone or video call (<c>caller</c>).</summary>
    Caller,
    /// <summary>Receives a phone or video call (<c>callee</c>).</summary>
    Callee,
    /// <summary>Author of a conveyed message (<c>sender</c>).</summary>
    Sender,
    /// <summary>Addressee of a conveyed message (<c>recipient</c>).</summary>
    Recipient,
    /// <summary>Carries a message between sender and recipient (<c>messenger</c>).</summary>
    Messenger,
    /// <summary>Speaks at a press conference, briefing or interview (<c>speaker</c>).</summary>
    Speaker,
    /// <summary>Chairs a multilateral session (<c>chair</c>).</summary>
    Chair,
    /// <summary>Takes part in a multilateral session (<c>delegate</c>).</summary>
    Delegate,
}
