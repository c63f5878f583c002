using DiplomacyData.Generators.Bind;
using DiplomacyData.Generators.Schema;

namespace DiplomacyData.Generators.Validate.Views;

/// <summary>A bound Country: its ISO alpha-2 code, checked against its id.</summary>
internal readonly struct CountryView(ObjectValue value, CountryLinks links)
{
    public ScalarValue? Alpha2 => value.Get(links.Alpha2) as ScalarValue;
}

/// <summary>A bound Source: when and from where it was published, for the rules about an engagement's date.</summary>
internal readonly struct SourceView(ObjectValue value, SourceLinks links)
{
    public DateValue? Published => value.Get(links.Published) as DateValue;

    /// <summary>The dateline as printed, when the article has one.</summary>
    public string? Dateline => (value.Get(links.Dateline) as ScalarValue)?.Text;

    /// <summary>The BCP 47 tag of the article's text.</summary>
    public string? Language => (value.Get(links.Language) as ScalarValue)?.Text;
}

/// <summary>A bound CAMEO code: the PLOVER event it maps to.</summary>
internal readonly struct CameoCodeView(ObjectValue value, CameoCodeLinks links)
{
    public EnumValue? Plover => value.Get(links.Plover) as EnumValue;
}

/// <summary>A bound Place: its name, country, what it stands for and its coordinates.</summary>
internal readonly struct PlaceView(ObjectValue value, PlaceLinks links)
{
    public string? Name => (value.Get(links.Name) as ScalarValue)?.Text;

    public ReferenceValue? Country => value.Get(links.Country) as ReferenceValue;

    public bool IsCity => (value.Get(links.Resolution) as EnumValue).Is(links.Resolutions.City);

    public ScalarValue? Latitude => value.Get(links.Latitude) as ScalarValue;

    public ScalarValue? Longitude => value.Get(links.Longitude) as ScalarValue;
}
