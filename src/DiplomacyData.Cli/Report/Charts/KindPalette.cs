using System;
using DiplomacyData.Cli.Output;

namespace DiplomacyData.Cli.Report.Charts;

/// <summary>
/// A colour per engagement kind, in the order of <see cref="EngagementKind"/>, from a palette that stays apart for
/// readers with the common colour-vision deficiencies (Okabe–Ito, then darker tones). Colour is never the only
/// cue: each mark's title and the table beside the chart name the kind.
/// </summary>
internal static class KindPalette
{
    private static readonly string[] Colours =
    {
        "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#8C6D1F", "#5D3A9B", "#1B7837", "#B2182B", "#4D4D4D",
    };

    private static readonly string[] Kinds = Kebab.All<EngagementKind>();

    /// <summary>The colour of the kind spelled <paramref name="kind"/> (<c>phone-call</c>); grey for a kind the model does not know.</summary>
    public static string Of(string kind)
    {
        var index = Array.IndexOf(Kinds, kind);
        return index < 0 ? "#777777" : Colours[index % Colours.Length];
    }
}
