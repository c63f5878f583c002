using System;
using System.Collections.Generic;
using DiplomacyData.Generators.Diagnostics;
using DiplomacyData.Generators.Pipeline;

namespace DiplomacyData.Generators.Release;

/// <summary>One line of an id list: a typed handle, the id it stood for and, for a retired one, its successor.</summary>
internal sealed record IdListEntry(string HandleClass, string HandleName, string Id, string? Successor, LocationInfo Location)
{
    public string Handle => HandleClass + "." + HandleName;
}

/// <summary>
/// The ids of the last release, or the retired ones with their successors: the data's public API, tracked as
/// analyzers track theirs in PublicAPI.Shipped.txt. A line is <c>People.SergeyLavrov  sergey-lavrov</c>
/// (handle, id) in <see cref="ShippedFileName"/>, and <c>People.OldName  old-id  new-id</c> (handle, retired
/// id, successor id) in <see cref="RetiredFileName"/>; columns are separated by tabs or spaces, and blank
/// lines and lines starting with <c>#</c> are comments. <see cref="Path"/> is null when there is no such file.
/// </summary>
internal sealed record IdList(string? Path, EquatableArray<IdListEntry> Entries, EquatableArray<DiagnosticInfo> Diagnostics) : IReleaseFile
{
    public const string ShippedFileName = "shipped-ids.tsv";
    public const string RetiredFileName = "retired-ids.tsv";

    public static readonly IdList None = new(null, EquatableArray<IdListEntry>.Empty, EquatableArray<DiagnosticInfo>.Empty);

    private static readonly char[] s_separators = [' ', '\t'];

    public static IdList Read(string path, string? text, bool retired)
    {
        try
        {
            return ReadUnguarded(path, text, retired);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var failure = DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, null, "reading an id list", exception.GetType().Name + ": " + exception.Message);
            return new IdList(path, EquatableArray<IdListEntry>.Empty, new EquatableArray<DiagnosticInfo>(new[] { failure }));
        }
    }

    private static IdList ReadUnguarded(string path, string? text, bool retired)
    {
        var fileName = retired ? RetiredFileName : ShippedFileName;
        var diagnostics = new List<DiagnosticInfo>();
        var entries = new List<IdListEntry>();
        if (text is null)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ReleaseFileMissing, new LocationInfo(path, default), fileName, "could not be read; save it as UTF-8 text"));
            return new IdList(path, EquatableArray<IdListEntry>.Empty, diagnostics.ToEquatableArray());
        }

        var columns = retired ? "handle, retired id and successor id" : "handle and id";
        foreach (var line in ReleaseTextLine.Split(text))
        {
            var content = line.Text.Trim();
            if (content.Length == 0 || content[0] == '#')
            {
                continue;
            }

            var parts = content.Split(s_separators, StringSplitOptions.RemoveEmptyEntries);
            var dot = parts[0].IndexOf('.');
            if (parts.Length != (retired ? 3 : 2) || dot <= 0 || dot == parts[0].Length - 1 || parts[0].IndexOf('.', dot + 1) >= 0)
            {
                var example = retired ? "'People.OldName  old-id  new-id'" : "'People.SergeyLavrov  sergey-lavrov'";
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.MalformedIdList,
                    line.At(path),
                    fileName,
                    $"'{content}' is not a line of {columns} separated by spaces, such as {example}"));
                continue;
            }

            entries.Add(new IdListEntry(parts[0].Substring(0, dot), parts[0].Substring(dot + 1), parts[1], retired ? parts[2] : null, line.At(path)));
        }

        return new IdList(path, entries.ToEquatableArray(), diagnostics.ToEquatableArray());
    }
}
