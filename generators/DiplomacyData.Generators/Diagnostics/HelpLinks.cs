using System;
using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace DiplomacyData.Generators.Diagnostics;

/// <summary>
/// Where a diagnostic's help link points: the id's page in the documentation site (docs/, built by docs/build.sh),
/// <c>docs/diagnostics/dd0101.html</c> under the site's address. The address comes from the build (the
/// DiplomacyDataDocs property of Directory.Build.props), so that a link never names an address that was not
/// configured: the published site's, or else the site built in the curator's own checkout as a file:// URI.
/// </summary>
internal static class HelpLinks
{
    /// <summary>The compiler-visible MSBuild property holding the docs site's address: an http(s) or file URL, or an absolute folder path.</summary>
    public const string PageProperty = "build_property.DiplomacyDataDocs";

    private static readonly ConcurrentDictionary<(string Id, string Site), DiagnosticDescriptor> s_linked = new();

    /// <summary>
    /// The site's address from the property's value, ending with '/' so that pages resolve below it: an absolute http,
    /// https or file URL as given (Directory.Build.props gives this checkout's site as a file URL, escaped where MSBuild
    /// still knows the path), an absolute path as a file:// URI with each part of the path escaped (a folder named
    /// "a#b;c %d" is "a%23b%3Bc%20%25d", not the start of a fragment); null when the value is empty or neither (then
    /// diagnostics carry no help link). (The name is the generator's; the value is the docs site, not one page.)
    /// </summary>
    public static string? PageUri(string? setting)
    {
        if (string.IsNullOrWhiteSpace(setting))
        {
            return null;
        }

        var value = setting!.Trim();
        string? site;
        if (value.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("file://", StringComparison.OrdinalIgnoreCase))
        {
            // A query or fragment would end up in the middle of every page's address.
            site = Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Query.Length == 0 && uri.Fragment.Length == 0 ? uri.AbsoluteUri : null;
        }
        else
        {
            site = IsAbsolutePath(value) ? FileUri(value) : null;
        }

        return site is null || site.EndsWith("/", StringComparison.Ordinal) ? site : site + "/";
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

    /// <summary>
    /// The id's page, relative to the site's root: <c>docs/diagnostics/dd0101.html</c>. The docs build writes the page
    /// there (from this same path, as <c>.md</c>), and the docs' tests check that every id has it.
    /// </summary>
    public static string PagePath(string id) => "docs/diagnostics/" + id.ToLowerInvariant() + ".html";

    /// <summary>The link to the id's page under <paramref name="site"/> (an address from <see cref="PageUri"/>, ending with '/').</summary>
    public static string Link(string site, string id) => site + PagePath(id);

    /// <summary>The descriptor as reported: with the link to its page under <paramref name="site"/>, or with none when there is no site.</summary>
    public static DiagnosticDescriptor WithLink(DiagnosticDescriptor descriptor, string? site)
    {
        if (site is null)
        {
            return descriptor;
        }

        return s_linked.GetOrAdd((descriptor.Id, site), key => new DiagnosticDescriptor(
            descriptor.Id,
            descriptor.Title,
            descriptor.MessageFormat,
            descriptor.Category,
            descriptor.DefaultSeverity,
            descriptor.IsEnabledByDefault,
            descriptor.Description,
            Link(key.Site, key.Id),
            System.Linq.Enumerable.ToArray(descriptor.CustomTags)));
    }
}
