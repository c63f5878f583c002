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
    /// The page's address from the property's value: an absolute http or https URL as given, an absolute path as
    /// a file:// URI; null when the value is empty or neither (then diagnostics carry no help link).
    /// </summary>
    public static string? PageUri(string? setting)
    {
        if (string.IsNullOrWhiteSpace(setting) || !Uri.TryCreate(setting!.Trim(), UriKind.Absolute, out var uri))
        {
            return null;
        }

        return uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeFile
            ? uri.AbsoluteUri
            : null;
    }

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
