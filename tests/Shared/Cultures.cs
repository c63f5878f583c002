using System.Globalization;

namespace DiplomacyData.Testing;

/// <summary>
/// Cultures that format dates and numbers unlike the invariant culture: other calendars (Thai Buddhist, Umm
/// al-Qura Hijri, Persian), other separators and signs, Turkish casing, and a made-up culture with its own
/// digits and separators. Output meant for people or files must not change under any of them.
/// </summary>
internal static class Cultures
{
    public static TheoryData<string> Names => new() { "th-TH", "ar-SA", "fa-IR", "he-IL", "sv-SE", "de-CH", "tr-TR", "hi-IN", "made-up" };

    public static CultureInfo Get(string name)
    {
        if (name != "made-up")
        {
            return CultureInfo.GetCultureInfo(name);
        }

        // Persian calendar, Persian digits as native digits, and separators and signs of nobody's culture.
        var culture = (CultureInfo)CultureInfo.GetCultureInfo("fa-IR").Clone();
        culture.NumberFormat.NativeDigits = ["۰", "۱", "۲", "۳", "۴", "۵", "۶", "۷", "۸", "۹"];
        culture.NumberFormat.DigitSubstitution = DigitShapes.NativeNational;
        culture.NumberFormat.NumberDecimalSeparator = "٫";
        culture.NumberFormat.NumberGroupSeparator = "٬";
        culture.NumberFormat.NegativeSign = "\u2212";
        culture.DateTimeFormat.DateSeparator = "٫";
        culture.DateTimeFormat.TimeSeparator = "ː";
        return culture;
    }

    /// <summary>Runs <paramref name="action"/> with <paramref name="culture"/> as the current culture and UI culture.</summary>
    public static T With<T>(CultureInfo culture, Func<T> action)
    {
        var (saved, savedUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
            CultureInfo.CurrentUICulture = savedUi;
        }
    }
}
