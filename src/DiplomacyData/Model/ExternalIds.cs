namespace DiplomacyData;

/// <summary>
/// The shapes of identifiers kept in other systems, as the model's [DatasetPattern] and [DatasetRange] rules
/// state them: one place for each, so that every record holding such an identifier checks it alike.
/// </summary>
internal static class ExternalIds
{
    /// <summary>A Wikidata item: <c>Q</c> and a number without a leading zero.</summary>
    public const string WikidataPattern = "^Q[1-9][0-9]*$";

    public const string WikidataExpected = "a Wikidata item id: Q and digits without a leading zero, e.g. Q159";

    /// <summary>GeoNames ids are positive integers (the <c>geonameid</c> column of the GeoNames dump).</summary>
    public const string GeoNamesExpected = "a GeoNames id: a positive whole number, e.g. 524901";

    /// <summary>
    /// Correlates of War and Gleditsch–Ward state numbers run from 2 (the United States) to 990: one to three
    /// digits, never zero.
    /// </summary>
    public const string StateNumberExpected = "a state number of one to three digits, from 1 to 999, e.g. 365";

    /// <summary>A Correlates of War state abbreviation: three capital letters (not always the ISO code: Germany is GMY).</summary>
    public const string CowAbbreviationPattern = "^[A-Z]{3}$";

    public const string CowAbbreviationExpected = "a Correlates of War state abbreviation: three capital letters, e.g. RUS";
}
