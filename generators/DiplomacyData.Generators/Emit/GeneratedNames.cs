using System;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;

namespace DiplomacyData.Generators.Emit;

/// <summary>
/// Every name the generator gives what it writes: its files (hint names), its classes and the members of the classes
/// it shares with the data. A name the data or the model chooses (a kind's class, a typed handle) must not be one of
/// them, or the output would not compile; Schema (DD0193) and Name (DD0205) ask here, so that no model and no data
/// can produce a C# compiler error.
/// </summary>
internal static class GeneratedNames
{
    public const string CatalogClass = "Catalog";
    public const string ReadersClass = "DatasetReaders";
    public const string CatalogFile = CatalogClass + ".g.cs";
    public const string ReleaseFile = "DataRelease.g.cs";
    public const string ReadersFile = ReadersClass + ".g.cs";

    /// <summary>The files of the generator's own, whatever the data: a kind's class file may not take one of their names.</summary>
    public static readonly string[] OwnFiles = [CatalogFile, ReleaseFile, ReadersFile];

    /// <summary>What the generated half of <c>Catalog</c> declares besides a property per kind.</summary>
    public static readonly string[] CatalogMembers = ["Version", "DataVersion", "ContentHash"];

    /// <summary>What a kind's class declares besides its typed handles (and a chunk's <c>Read0000</c>, <c>Data0000</c>, <c>Text0000</c>).</summary>
    public static readonly string[] KindClassMembers = ["All", "At", "Create"];

    /// <summary>The members every class has from <see cref="object"/>, which a handle may not hide.</summary>
    public static readonly string[] ObjectMembers = ["Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize"];

    /// <summary>.NET metadata holds a name of at most 1,023 UTF-8 bytes; a property's accessor adds "get_". Far above any id (<c>Validator.MaxIdLength</c>).</summary>
    public const int MaxNameBytes = 512;

    /// <summary>The file of a kind's class: <c>People.g.cs</c>.</summary>
    public static string KindFile(string handleClass) => handleClass + ".g.cs";

    /// <summary>The file of one chunk of a kind's records: <c>People.0003.g.cs</c>.</summary>
    public static string ChunkFile(string handleClass, string suffix) => handleClass + "." + suffix + ".g.cs";

    /// <summary>The name of a chunk's members, <c>0003</c> in <c>Read0003</c>.</summary>
    public static string ChunkSuffix(int number) => number.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>True when a kind's class declares <paramref name="name"/> itself, or inherits it from <see cref="object"/>.</summary>
    public static bool IsKindClassMember(string name) =>
        KindClassMembers.Contains(name, StringComparer.Ordinal)
        || ObjectMembers.Contains(name, StringComparer.Ordinal)
        || (name.Length >= 8 && (name.StartsWith("Read", StringComparison.Ordinal) || name.StartsWith("Data", StringComparison.Ordinal) || name.StartsWith("Text", StringComparison.Ordinal))
            && name.Substring(4).All(c => c is >= '0' and <= '9'));

    /// <summary>
    /// Why <paramref name="name"/> cannot name a C# type or member the generator writes, or null: it must be an
    /// identifier, not a keyword, and short enough for metadata.
    /// </summary>
    public static string? IdentifierProblem(string name)
    {
        if (name.Length == 0)
        {
            return "it has no letters or digits";
        }

        if (System.Text.Encoding.UTF8.GetByteCount(name) > MaxNameBytes)
        {
            return $"'{name.Substring(0, 40)}…' is longer than the {MaxNameBytes} bytes a C# name may have here";
        }

        return !SyntaxFacts.IsValidIdentifier(name) || SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None
            ? $"'{name}' is not a valid C# identifier"
            : null;
    }
}
