using DiplomacyData.Generators.Bind;
using DiplomacyData.Generators.Pipeline;
using DiplomacyData.Unicode;
using Microsoft.CodeAnalysis;

namespace DiplomacyData.Generators.Diagnostics;

/// <summary>
/// A diagnostic as a small equatable value: the pipeline carries these, never <see cref="Diagnostic"/>
/// objects (which hold Locations and would defeat caching). Turned into a Diagnostic only when reported.
/// </summary>
/// <param name="Place">
/// Where the diagnostic is, when it was found in position-free facts (<see cref="ValuePlace"/>) and
/// <paramref name="Location"/> is not known yet: <see cref="PlaceResolver"/> sets the location before it is reported.
/// </param>
internal sealed record DiagnosticInfo(string DescriptorId, LocationInfo? Location, EquatableArray<string> MessageArgs, ValuePlace? Place = null)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] messageArgs) =>
        new(descriptor.Id, location, new EquatableArray<string>(messageArgs));

    /// <summary>A diagnostic at a value named by its record, located when it is reported (see <see cref="Place"/>).</summary>
    public static DiagnosticInfo At(DiagnosticDescriptor descriptor, ValuePlace place, params string[] messageArgs) =>
        new(descriptor.Id, null, new EquatableArray<string>(messageArgs), place);

    /// <summary>Whether it fails the build (its descriptor's severity): the one test of "an error" across the stages.</summary>
    public bool IsError => DiagnosticDescriptors.ById(DescriptorId).DefaultSeverity == DiagnosticSeverity.Error;

    /// <param name="helpPage">The diagnostics reference's address (see <see cref="HelpLinks"/>); null for no help link.</param>
    public Diagnostic ToDiagnostic(string? helpPage)
    {
        var descriptor = HelpLinks.WithLink(DiagnosticDescriptors.ById(DescriptorId), helpPage);
        return Diagnostic.Create(descriptor, Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None, MessageArgs.ToArrayOfObjects());
    }
}

internal static class MessageArgsExtensions
{
    /// <summary>The arguments as the message shows them: every character that is not what it looks like as &lt;U+XXXX NAME&gt; (<see cref="VisibleText"/>).</summary>
    public static object[] ToArrayOfObjects(this EquatableArray<string> args)
    {
        var result = new object[args.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = VisibleText.Of(args[i]);
        }

        return result;
    }
}
