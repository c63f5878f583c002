using System;
using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace DiplomacyData.Generators.Diagnostics;

/// <summary>
/// Where a diagnostic's help link points: the section of the diagnostics reference (data/DIAGNOSTICS.md) for its
/// id. The page comes from the build (the DiplomacyDataHelpPage property, which Directory.Build.props derives
/// from the repository setting), so that a link never names an address that was not configured: a published
/// repository's page, or else the page in the curator's own checkout as a file:// URI.
/// </summary>
internal static class HelpLinks
{
    /// <summary>The compiler-visible MSBuild property holding the page: an http(s) URL or an absolute file path.</summary>
    public const string PageProperty = "build_property.DiplomacyDataHelpPage";

    private static readonly ConcurrentDictionary<(string Id, string Page), DiagnosticDescriptor> s_linked = new();

    /// <summary>
    /// The page's address from the property's value: an absolute http, https or file URL as given (Directory.Build.props
    /// gives this checkout's page as a file URL, escaped where MSBuild still knows the path), an absolute path as
    /// a file:// URI with each part of the path escaped (a folder named "a#b;c %d" is "a%23b%3Bc%20%25d", not the
    /// start of a fragment); null when the value is empty or neither (then diagnostics carry no help link).
    /// </summary>
    public static string? PageUri(string? setting)
    {
        if (string.IsNullOrWhiteSpace(setting))
        {
            return null;
        }

        var value = setting!.Trim();
        if (value.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("file://", StringComparison.OrdinalIgnoreCase))
        {
            return Uri.TryCreate(value, UriKind.Absolute, out var uri) ? uri.AbsoluteUri : null;
        }

        return IsAbsolutePath(value) ? FileUri(value) : null;
    }

    /// <summary><c>file:///</c> and the path, each segment percent-escaped as RFC 3986 requires (UTF-8 for letters outside ASCII).</summary>
    public static string FileUri(string path)
    {
        var segments = path.Replace('\\', '/').Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            // A drive ("C:") stays as it is; everything else is data.
            segments[i] = i == 0 && segments[i].Length == 2 && segments[i][1] == ':' ? segments[i] : Uri.EscapeDataString(segments[i]);
        }

        var joined = string.Join("/", segments);
        return "file://" + (joined.StartsWith("/", StringComparison.Ordinal) ? joined : "/" + joined);
    }

    private static bool IsAbsolutePath(string value) =>
        value.StartsWith("/", StringComparison.Ordinal) || value.StartsWith("\\\\", StringComparison.Ordinal) || (value.Length >= 3 && char.IsLetter(value[0]) && value[1] == ':' && value[2] is '\\' or '/');

    /// <summary>The link to the id's section of <paramref name="page"/>: the page and the anchor <c>#dd0101</c>.</summary>
    public static string Link(string page, string id) => page + "#" + id.ToLowerInvariant();

    /// <summary>The descriptor as reported: with the link to its section of <paramref name="page"/>, or with none when there is no page.</summary>
    public static DiagnosticDescriptor WithLink(DiagnosticDescriptor descriptor, string? page)
    {
        if (page is null)
        {
            return descriptor;
        }

        return s_linked.GetOrAdd((descriptor.Id, page), key => new DiagnosticDescriptor(
            descriptor.Id,
            descriptor.Title,
            descriptor.MessageFormat,
            descriptor.Category,
            descriptor.DefaultSeverity,
            descriptor.IsEnabledByDefault,
            descriptor.Description,
            Link(key.Page, key.Id),
            System.Linq.Enumerable.ToArray(descriptor.CustomTags)));
    }
}
