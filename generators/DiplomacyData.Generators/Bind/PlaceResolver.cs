using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using DiplomacyData.Generators.Diagnostics;

namespace DiplomacyData.Generators.Bind;

/// <summary>
/// Turns the <see cref="ValuePlace"/> of a diagnostic into its file, line and column, from the bound files: done as the
/// diagnostic is reported, so that the steps which found it hold no positions. Never throws: a place that names no
/// record (which no step makes) is reported at the file, or with no location when the file is gone.
/// </summary>
internal sealed class PlaceResolver
{
    private readonly Dictionary<string, BoundFile> _files = new(StringComparer.Ordinal);

    private PlaceResolver(IEnumerable<BoundFile> files)
    {
        foreach (var file in files)
        {
            _files[file.Path] = file;
        }
    }

    /// <summary>A resolver over one file, for a per-file step that reports what rules on its facts found.</summary>
    public static PlaceResolver Of(BoundFile file) => new(new[] { file });

    /// <summary>
    /// <paramref name="diagnostics"/>, each located; the bound files are indexed only when one of them has a place, so
    /// that the common case (no diagnostic, or none found in facts) costs nothing per file.
    /// </summary>
    public static IEnumerable<DiagnosticInfo> Locate(IEnumerable<DiagnosticInfo> diagnostics, ImmutableArray<BoundFile> files)
    {
        PlaceResolver? resolver = null;
        foreach (var diagnostic in diagnostics)
        {
            yield return diagnostic.Place is null ? diagnostic : (resolver ??= new PlaceResolver(files)).Locate(diagnostic);
        }
    }

    public DiagnosticInfo Locate(DiagnosticInfo diagnostic) =>
        diagnostic.Place is { } place ? diagnostic with { Location = Find(place), Place = null } : diagnostic;

    private LocationInfo? Find(ValuePlace place)
    {
        if (!_files.TryGetValue(place.Record.Path, out var file))
        {
            return null;
        }

        if (place.Record.Index < 0 || place.Record.Index >= file.Entities.Count)
        {
            return new LocationInfo(file.Path, default);
        }

        var record = file.Entities[place.Record.Index].Value;
        var value = place.Member is null ? null : record[place.Member];
        if (value is ListValue list && place.Item >= 0)
        {
            return place.Item < list.Items.Count ? list.Items[place.Item].Location : list.Location;
        }

        return (value ?? record).Location;
    }
}
