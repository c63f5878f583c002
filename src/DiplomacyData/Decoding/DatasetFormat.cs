namespace DiplomacyData.Decoding;

/// <summary>
/// The encoding of the records in the generated package: the one specification that the generator's encoder
/// (generators/DiplomacyData.Generators/Emit/DatasetWriter.cs, which compiles this same file) and the package's
/// <c>DatasetReader</c> both follow.
/// </summary>
/// <remarks>
/// <para>
/// Each kind of record is two UTF-8 literals in its generated class. <c>Data</c> is a sequence of unsigned
/// integers written in groups of <see cref="GroupBits"/> bits, least significant group first, each group one
/// printable ASCII character (<see cref="Digit"/>) whose <see cref="MoreGroups"/> bit says another group follows.
/// The characters never include a backslash or a double quote, so the literal needs no escapes. <c>Text</c>
/// holds the UTF-8 of the strings, in the order they are read.
/// </para>
/// <para>
/// <c>Data</c> starts with the table of strings used more than once: their count, then each string's header.
/// A header is the string's length shifted left once; its low bit (<see cref="Utf16"/>) is set for a string that
/// holds an unpaired surrogate (no UTF-8 for it), whose length is then in UTF-16 code units and whose code units
/// follow in <c>Data</c>; otherwise its length is in UTF-8 bytes, read from <c>Text</c>. Then come the records,
/// each member in constructor order:
/// </para>
/// <list type="bullet">
/// <item><description>a member with a C# default or a nullable type starts with a <see cref="ValueTag"/>: the
/// default, null, or a value that follows;</description></item>
/// <item><description>a string (also a URI, and a number as its canonical invariant text, exact on every
/// machine): a table index shifted left once, or <see cref="InPlace"/> followed by a header and its content as
/// in the table, for a string used once;</description></item>
/// <item><description>a boolean: 0 or 1; an integer and an enum's numeric value: zig-zag (0, -1, 1, -2 … as
/// 0, 1, 2, 3 …); a date: its <c>DateOnly.DayNumber</c>;</description></item>
/// <item><description>a reference to another record: that record's index in its kind's catalogue
/// order;</description></item>
/// <item><description>a list: its count, then the items; a record held by value: its members, as
/// above.</description></item>
/// </list>
/// <para>This file is compiled into both projects, so it uses nothing beyond netstandard2.0.</para>
/// </remarks>
internal static class DatasetFormat
{
    /// <summary>The namespace of the format and of the reader, as the generated code names them.</summary>
    public const string Namespace = "DiplomacyData.Decoding";

    /// <summary>The name of the package's reader type (a <c>ref struct</c> in <see cref="Namespace"/>), which the generated code calls.</summary>
    public const string ReaderName = "DatasetReader";

    /// <summary>The name of the delegate type that reads one list item, in <see cref="Namespace"/>.</summary>
    public const string ReadFuncName = "DatasetReadFunc";

    /// <summary>Bits of the integer per character of <c>Data</c>.</summary>
    public const int GroupBits = 5;

    /// <summary>The mask of one group's bits.</summary>
    public const int GroupMask = (1 << GroupBits) - 1;

    /// <summary>Set in a character's value when another group of the same integer follows.</summary>
    public const int MoreGroups = 1 << GroupBits;

    /// <summary>The low bit of a string reference: set when the string follows in place instead of coming from the table.</summary>
    public const int InPlace = 1;

    /// <summary>The low bit of a string header: set when the string's UTF-16 code units follow in <c>Data</c>.</summary>
    public const int Utf16 = 1;

    /// <summary>The character of value 0: '0'; values run up through the ASCII letters.</summary>
    private const int FirstCharacter = 0x30;

    /// <summary>The backslash, which a C# string literal would need to escape: skipped.</summary>
    private const int SkippedCharacter = 0x5C;

    /// <summary>The character for a value of 0–63 (a group and its <see cref="MoreGroups"/> bit): '0' to 'p', skipping the backslash.</summary>
    public static char Digit(int value)
    {
        var character = FirstCharacter + value;
        return (char)(character >= SkippedCharacter ? character + 1 : character);
    }

    /// <summary>The value of a character of <c>Data</c>: the inverse of <see cref="Digit"/>.</summary>
    public static int Value(int character) => character - (character > SkippedCharacter ? FirstCharacter + 1 : FirstCharacter);
}

/// <summary>What follows for a member that has a C# default or a nullable type (see <see cref="DatasetFormat"/>).</summary>
internal enum ValueTag
{
    /// <summary>The key was left out of the YAML: the constructor's default, nothing follows.</summary>
    Default = 0,

    /// <summary>An explicit null, nothing follows.</summary>
    Null = 1,

    /// <summary>The value follows.</summary>
    Value = 2,
}
