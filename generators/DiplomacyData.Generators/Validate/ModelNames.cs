namespace DiplomacyData.Generators.Validate;

/// <summary>
/// The model members the domain rules read. The rules are about this dataset's meaning, so they name its
/// records; if a record is renamed, the generator tests that run the rules on the real model fail.
/// </summary>
internal static class ModelNames
{
    public const string Country = "DiplomacyData.Country";
    public const string Source = "DiplomacyData.Source";
    public const string Engagement = "DiplomacyData.Engagement";
    public const string Citation = "DiplomacyData.Citation";
    public const string Role = "DiplomacyData.Role";
    public const string Person = "DiplomacyData.Person";

    public const string Id = "Id";
    public const string Date = "Date";
    public const string EndDate = "EndDate";
    public const string Precision = "Precision";
    public const string CitationSource = "Source";
    public const string Evidence = "Evidence";
    public const string Status = "Status";
    public const string Participants = "Participants";
    public const string Sources = "Sources";
    public const string Title = "Title";
    public const string From = "From";
    public const string To = "To";
}
