using DiplomacyData.Schema;

namespace DiplomacyData;

/// <summary>Something a participant said at or about an engagement.</summary>
/// <param name="Speaker">Who said it.</param>
/// <param name="Summary">The curator's summary of what was said.</param>
/// <param name="Quote">The speaker's words as the source quotes them; null when the source paraphrases.</param>
[DatasetValue]
public sealed partial record Statement(
    Person Speaker,
    string Summary,
    string? Quote = null);
