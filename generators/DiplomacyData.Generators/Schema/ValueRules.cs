using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using DiplomacyData.Generators.Diagnostics;
using Microsoft.CodeAnalysis;

namespace DiplomacyData.Generators.Schema;

/// <summary>
/// Reads a parameter's [DatasetPattern] or [DatasetRange] into a <see cref="ValueRule"/>, and checks a value
/// against it; a pattern means what it means in ECMAScript, as the editor's schema reads it (<see cref="EcmaScriptPattern"/>). A rule that cannot work (a pattern that is not a regular expression, a range on text) is
/// reported on the model (DD0109) and dropped, so that the data is still bound by its type.
/// </summary>
internal static class ValueRules
{
    // A pathological pattern must not stall the compiler on a long value.
    private static readonly TimeSpan s_matchTimeout = TimeSpan.FromSeconds(1);

    public static ValueRule? Read(IParameterSymbol parameter, TypeShape shape, string recordName, LocationInfo? location, List<DiagnosticInfo> diagnostics)
    {
        ValueRule? rule = null;
        foreach (var attribute in parameter.GetAttributes())
        {
            var name = attribute.AttributeClass?.ToDisplayString();
            var arguments = attribute.ConstructorArguments;
            if (name == SchemaReader.PatternAttribute && arguments.Length == 2 && arguments[0].Value is string pattern && arguments[1].Value is string expected)
            {
                if (shape.Kind != ValueKind.String)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidValueRule, location, parameter.Name, recordName, "a pattern applies to text, and the parameter's type is " + shape.DisplayName));
                }
                else if (EcmaScriptPattern.Translate(pattern).Problem is { } problem)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidValueRule, location, parameter.Name, recordName, $"the pattern '{pattern}' cannot be used: {problem} (the editor's schema reads it as ECMAScript, and the build must read it the same)"));
                }
                else
                {
                    rule = new ValueRule(pattern, 0, 0, expected);
                }
            }
            else if (name == SchemaReader.RangeAttribute && arguments.Length == 3 && arguments[0].Value is double minimum && arguments[1].Value is double maximum && arguments[2].Value is string expectedRange)
            {
                if (shape.Kind is not (ValueKind.Integer or ValueKind.Number))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidValueRule, location, parameter.Name, recordName, "a range applies to numbers (int or double), and the parameter's type is " + shape.DisplayName));
                }
                else if (!(minimum <= maximum))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidValueRule, location, parameter.Name, recordName, $"the minimum {Invariant(minimum)} is above the maximum {Invariant(maximum)}"));
                }
                else
                {
                    rule = new ValueRule(null, minimum, maximum, expectedRange);
                }
            }
        }

        return rule;
    }

    /// <summary>Whether <paramref name="canonical"/> (the bound value's invariant text) obeys the rule.</summary>
    public static bool Allows(ValueRule rule, string canonical)
    {
        if (rule.IsRange)
        {
            return double.TryParse(canonical, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number)
                && number >= rule.Minimum && number <= rule.Maximum;
        }

        var regex = s_translated.GetOrAdd(rule.Pattern!, pattern => EcmaScriptPattern.Translate(pattern).Regex);
        if (regex is null)
        {
            return true; // refused where the rule was read (DD0109), so no rule applies
        }

        try
        {
            return Regex.IsMatch(canonical, regex.ToString(), RegexOptions.CultureInvariant, s_matchTimeout);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private static readonly ConcurrentDictionary<string, Regex?> s_translated = new(StringComparer.Ordinal);

    private static string Invariant(double value) => value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
}
