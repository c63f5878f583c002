using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Text;

namespace DiplomacyData.Unicode;

/// <summary>
/// Reads one of Unicode's data files (src/Shared/Unicode/Data, see its PROVENANCE.md) from the resources of the
/// assembly this code is compiled into, in the format every file of the Unicode Character Database shares: fields
/// separated by ';', '#' starting a comment, code points as hexadecimal, ranges as <c>XXXX..YYYY</c>.
/// </summary>
internal static class UnicodeDataFile
{
    /// <summary>The logical name of each file's resource is this prefix, the file's name and <c>.gz</c> (Unicode.targets).</summary>
    public const string ResourcePrefix = "DiplomacyData.Unicode.";

    /// <summary>
    /// The data lines of <paramref name="fileName"/> (e.g. <c>Scripts.txt</c>), each split into its trimmed fields,
    /// without comments or blank lines.
    /// </summary>
    /// <exception cref="InvalidOperationException">The assembly does not embed the file: a build error of this project, never of its input.</exception>
    public static IEnumerable<string[]> Records(string fileName)
    {
        foreach (var line in Lines(fileName))
        {
            var hash = line.IndexOf('#');
            var data = hash >= 0 ? line.Substring(0, hash) : line;
            if (data.Trim().Length == 0)
            {
                continue;
            }

            var fields = data.Split(';');
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = fields[i].Trim();
            }

            yield return fields;
        }
    }

    /// <summary>Every line of <paramref name="fileName"/>, as published.</summary>
    public static IEnumerable<string> Lines(string fileName)
    {
        var stream = typeof(UnicodeDataFile).Assembly.GetManifestResourceStream(ResourcePrefix + fileName + ".gz")
            ?? throw new InvalidOperationException($"Unicode's {fileName} is not embedded in {typeof(UnicodeDataFile).Assembly.GetName().Name}; src/Shared/Unicode/Unicode.targets adds it");
        using var reader = new StreamReader(new GZipStream(stream, CompressionMode.Decompress), new UTF8Encoding(false, throwOnInvalidBytes: true));
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            yield return line;
        }
    }

    /// <summary>A code point (<c>0041</c>) or range (<c>0041..005A</c>) as its first and last code point.</summary>
    public static (int First, int Last) Range(string field)
    {
        var dots = field.IndexOf("..", StringComparison.Ordinal);
        return dots < 0
            ? (CodePoint(field), CodePoint(field))
            : (CodePoint(field.Substring(0, dots)), CodePoint(field.Substring(dots + 2)));
    }

    /// <summary>One hexadecimal code point, as the files write it.</summary>
    public static int CodePoint(string hex) => int.Parse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
}
