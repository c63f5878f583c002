using System;
using System.Text;
using System.Text.RegularExpressions;

namespace DiplomacyData.Generators.Schema;

/// <summary>
/// A model's [DatasetPattern] means what it means in the editor's schema, where JSON Schema reads it as an
/// ECMAScript regular expression, and not what .NET would make of the same text: .NET's <c>$</c> also matches
/// before a final line break (so <c>^Q[1-9][0-9]*$</c> would pass "Q159\n"), its <c>\d</c> takes the digits of every
/// script, its <c>.</c> takes a carriage return. The pattern is rewritten into the .NET expression that matches what
/// ECMAScript matches; a construct the two read differently in ways this does not rewrite (lookbehind, Unicode
/// property escapes, back references, flags) is refused, so that no pattern means two things.
/// </summary>
internal static class EcmaScriptPattern
{
    // ECMAScript's WhiteSpace and LineTerminator characters (ECMA-262, sections 12.2 and 12.3), which \s stands for.
    private const string Space = @"\t\n\v\f\r \u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF";
    private const string LineTerminators = @"\n\r\u2028\u2029";

    /// <summary>The .NET expression that matches what <paramref name="pattern"/> matches in ECMAScript, or the reason it cannot be given.</summary>
    public static (Regex? Regex, string? Problem) Translate(string pattern)
    {
        var builder = new StringBuilder(pattern.Length + 16);
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\')
            {
                if (i + 1 >= pattern.Length)
                {
                    return (null, "it ends with a lone backslash");
                }

                var escaped = pattern[++i];
                switch (escaped)
                {
                    case 'd': builder.Append(inClass ? "0-9" : "[0-9]"); break;
                    case 'D': if (inClass) { return (null, @"\D inside brackets is read differently by .NET"); } builder.Append("[^0-9]"); break;
                    case 'w': builder.Append(inClass ? "A-Za-z0-9_" : "[A-Za-z0-9_]"); break;
                    case 'W': if (inClass) { return (null, @"\W inside brackets is read differently by .NET"); } builder.Append("[^A-Za-z0-9_]"); break;
                    case 's': builder.Append(inClass ? Space : "[" + Space + "]"); break;
                    case 'S': if (inClass) { return (null, @"\S inside brackets is read differently by .NET"); } builder.Append("[^" + Space + "]"); break;
                    case 'p' or 'P' or 'k' or 'b' or 'B' or 'c':
                        return (null, $@"\{escaped} is read differently by ECMAScript and .NET");
                    case >= '1' and <= '9' when !inClass:
                        return (null, "back references are read differently by ECMAScript and .NET");
                    default: builder.Append('\\').Append(escaped); break;
                }

                continue;
            }

            if (inClass)
            {
                if (c == '[')
                {
                    // .NET reads "[a-[b]]" as class subtraction; ECMAScript as a literal bracket.
                    builder.Append(@"\[");
                    continue;
                }

                inClass = c != ']';
                builder.Append(c);
                continue;
            }

            switch (c)
            {
                case '[':
                    inClass = true;
                    builder.Append(c);
                    if (i + 1 < pattern.Length && pattern[i + 1] == ']')
                    {
                        return (null, "[] matches nothing in ECMAScript but opens a class in .NET");
                    }

                    break;
                case '$':
                    // ECMAScript's $ (without the m flag) is the end of the input, and only that.
                    builder.Append(@"\z");
                    break;
                case '.':
                    builder.Append("[^" + LineTerminators + "]");
                    break;
                case '(' when i + 2 < pattern.Length && pattern[i + 1] == '?' && pattern[i + 2] is '<' && i + 3 < pattern.Length && pattern[i + 3] is '=' or '!':
                    return (null, "lookbehind is read differently by ECMAScript and .NET");
                case '(' when i + 2 < pattern.Length && pattern[i + 1] == '?' && pattern[i + 2] is not (':' or '=' or '!' or '<'):
                    return (null, "inline options and other (? groups are .NET's own");
                default:
                    builder.Append(c);
                    break;
            }
        }

        if (inClass)
        {
            return (null, "a '[' is not closed");
        }

        try
        {
            return (new Regex(builder.ToString(), RegexOptions.CultureInvariant), null);
        }
        catch (ArgumentException)
        {
            // Not the parser's own message: it is in the runtime's language, and the build's output is not.
            return (null, "it is not a regular expression");
        }
    }
}
