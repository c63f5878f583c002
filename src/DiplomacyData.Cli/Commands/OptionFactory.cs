using System;
using System.CommandLine;
using System.Linq;
using DiplomacyData.Cli.Output;

namespace DiplomacyData.Cli.Commands;

/// <summary>
/// Options whose values are checked while parsing, so that a malformed value is a usage error (exit 2)
/// reported before any command runs.
/// </summary>
internal static class OptionFactory
{
    /// <summary>An ISO <c>yyyy-MM-dd</c> date.</summary>
    public static Option<DateOnly?> Date(string name, string description) => new(name)
    {
        Description = description,
        HelpName = IsoDate.Pattern,
        CustomParser = result =>
        {
            var text = result.Tokens[0].Value;
            if (IsoDate.TryParse(text, out var date))
            {
                return date;
            }

            result.AddError($"{name} '{text}' is not a date in the form yyyy-MM-dd (e.g. 2024-07-16).");
            return null;
        },
    };

    /// <summary>
    /// An enum value in its YAML (kebab-case) spelling, case-insensitive; the allowed values are completed
    /// by the shell and listed in the error.
    /// </summary>
    public static Option<TEnum?> Enum<TEnum>(string name, string description, string? helpName = null)
        where TEnum : struct, Enum
    {
        var allowed = Kebab.All<TEnum>();
        var option = new Option<TEnum?>(name)
        {
            Description = description,
            HelpName = helpName ?? string.Join('|', allowed),
            CustomParser = result =>
            {
                var text = result.Tokens[0].Value;
                if (Kebab.TryParse<TEnum>(text, out var value))
                {
                    return value;
                }

                result.AddError($"{name} '{text}' is not one of: {string.Join(", ", allowed)}.");
                return null;
            },
        };
        option.CompletionSources.Add(allowed);
        return option;
    }

    /// <summary><c>--format table|json</c> for the commands that print either.</summary>
    public static Option<OutputFormat?> Format() =>
        Enum<OutputFormat>("--format", "Print a table for people (default) or JSON for scripts.");

    /// <summary>The option's value, or <paramref name="fallback"/> when it was not given.</summary>
    public static T ValueOr<T>(this ParseResult result, Option<T?> option, T fallback)
        where T : struct => result.GetValue(option) ?? fallback;

    /// <summary>The values of a repeatable string option, without blanks.</summary>
    public static string[] Values(this ParseResult result, Option<string[]> option) =>
        (result.GetValue(option) ?? Array.Empty<string>()).Where(v => !string.IsNullOrWhiteSpace(v)).ToArray();
}

/// <summary>How <c>stats</c> and <c>list</c> print.</summary>
internal enum OutputFormat
{
    Table,
    Json,
}
