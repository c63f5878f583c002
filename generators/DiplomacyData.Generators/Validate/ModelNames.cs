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
    public const string PersonType = "DiplomacyData.Person";
    public const string CameoCode = "DiplomacyData.CameoCode";
    public const string PlaceType = "DiplomacyData.Place";

    public const string Id = "Id";
    public const string Date = "Date";
    public const string EndDate = "EndDate";
    public const string Precision = "Precision";
    public const string CitationSource = "Source";
    public const string Evidence = "Evidence";
    public const string Status = "Status";
    public const string Kind = "Kind";
    public const string Person = "Person";
    public const string ReportedTitle = "ReportedTitle";
    public const string Roles = "Roles";
    public const string Organization = "Organization";
    public const string Acting = "Acting";
    public const string Published = "Published";
    public const string Dateline = "Dateline";
    public const string Language = "Language";
    public const string DateNote = "DateNote";
    public const string DistinctFrom = "DistinctFrom";
    public const string Name = "Name";
    public const string Aliases = "Aliases";
    public const string Native = "Native";
    public const string Given = "Given";
    public const string Family = "Family";
    public const string Alpha2 = "Alpha2";
    public const string CameoCodes = "CameoCodes";
    public const string Plover = "Plover";
    public const string Event = "Event";
    public const string Statements = "Statements";
    public const string Quote = "Quote";
    public const string Participants = "Participants";
    public const string Sources = "Sources";
    public const string Title = "Title";
    public const string From = "From";
    public const string To = "To";
    public const string Location = "Location";
    public const string Place = "Place";
    public const string City = "City";
    public const string LocationCountry = "Country";
    public const string Resolution = "Resolution";
    public const string Latitude = "Latitude";
    public const string Longitude = "Longitude";
    public const string IdentifierNote = "IdentifierNote";
}
