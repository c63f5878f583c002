using System.Collections.Generic;
using DiplomacyData.Generators.Diagnostics;

namespace DiplomacyData.Generators.Read;

/// <summary>
/// Checks the directives at the top of a file (<c>%YAML</c>, <c>%TAG</c>, reserved ones) as YAML 1.2 defines them
/// (sections 6.8 and 9.1), before YamlDotNet reads the file: YamlDotNet takes <c>%YAML 1.1#...</c> for version
/// 1.1 and a comment, and directives with no document after them for an empty file, where YAML 1.2 sees errors.
/// </summary>
internal static class DirectiveCheck
{
    /// <summary>Adds the diagnostics of the file's directives; false when one cannot be read (DD0016), so the file is not parsed.</summary>
    public static bool Check(string path, string text, LineMap lines, List<DiagnosticInfo> diagnostics)
    {
        var valid = true;
        var sawYaml = false;
        var lastDirective = -1;
        for (var line = 0; line < lines.LineCount; line++)
        {
            int start = lines.LineStart(line), end = lines.LineEnd(line);
            var first = start;
            while (first < end && text[first] is ' ' or '\t')
            {
                first++;
            }

            if (first == end || text[first] == '#')
            {
                continue;
            }

            if (first == start && text[start] == '%')
            {
                lastDirective = start;
                valid &= CheckDirective(path, text, start, end, lines, ref sawYaml, diagnostics);
                continue;
            }

            // The first line of content: after a directive it must be the '---' that starts the document (said
            // only of directives that are otherwise valid: one cause, one diagnostic).
            if (valid && lastDirective >= 0 && !IsDocumentStart(text, start, end))
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.InvalidDirective,
                    new LocationInfo(path, lines.At(start)),
                    DirectiveText(text, lastDirective, lines),
                    "the document after a directive must start with a line '---', and this line does not"));
                return false;
            }

            return valid;
        }

        if (valid && lastDirective >= 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.InvalidDirective,
                new LocationInfo(path, lines.At(lastDirective)),
                DirectiveText(text, lastDirective, lines),
                "a directive must be followed by a document that starts with '---', and the file ends here"));
            return false;
        }

        return valid;
    }

    private static bool CheckDirective(string path, string text, int start, int end, LineMap lines, ref bool sawYaml, List<DiagnosticInfo> diagnostics)
    {
        var directive = DirectiveText(text, start, lines);
        var parts = Parts(text, start + 1, end);
        var nameEnd = start + 1;
        while (nameEnd < end && text[nameEnd] is not (' ' or '\t'))
        {
            nameEnd++;
        }

        var name = text.Substring(start + 1, nameEnd - start - 1);
        parts.RemoveAt(0);

        bool Invalid(int at, string reason)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidDirective, new LocationInfo(path, lines.At(at)), directive, reason));
            return false;
        }

        void Ignored(string reason) =>
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.IgnoredDirective, new LocationInfo(path, lines.At(start)), directive, reason));

        if (name.Length == 0)
        {
            return Invalid(start, "a directive needs a name right after '%', such as YAML");
        }

        if (name == "TAG")
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedYamlFeature, new LocationInfo(path, lines.At(start)), "tag directives", directive));
            return true;
        }

        if (name != "YAML")
        {
            Ignored($"'%{name}' is not a directive of YAML 1.2, which has %YAML and %TAG only");
            return true;
        }

        if (parts.Count == 0)
        {
            return Invalid(nameEnd, "'%YAML' needs a version after it, such as 1.2");
        }

        var (versionStart, version) = parts[0];
        var hash = version.IndexOf('#');
        if (hash >= 0)
        {
            return Invalid(versionStart + hash, $"'#' starts a comment only after a space or a tab, so the version reads '{version}'");
        }

        var dot = version.IndexOf('.');
        if (dot <= 0 || dot == version.Length - 1 || !AllDigits(version, 0, dot) || !AllDigits(version, dot + 1, version.Length))
        {
            return Invalid(versionStart, $"'{version}' is not a YAML version (two numbers with a dot, such as 1.2)");
        }

        if (parts.Count > 1)
        {
            return Invalid(parts[1].Start, $"'%YAML' takes one version, and '{parts[1].Text}' follows it");
        }

        if (sawYaml)
        {
            return Invalid(start, "a document may have one %YAML directive only");
        }

        sawYaml = true;
        var major = version.Substring(0, dot).TrimStart('0');
        var minor = version.Substring(dot + 1).TrimStart('0');
        if (major != "1")
        {
            return Invalid(versionStart, $"YAML {version} is not a version of YAML 1, and a YAML 1.2 reader must reject it");
        }

        if (minor != "2")
        {
            Ignored(minor == "1"
                ? "dataset files are read as YAML 1.2, not 1.1 (in YAML 1.2 'yes', 'no', 'on' and 'off' are text, not true or false, and NEL, LS and PS are not line breaks)"
                : $"dataset files are read as YAML 1.2, not {version}");
        }

        return true;
    }

    /// <summary>The words after the directive's '%' up to a comment ('#' after a space or tab), with their offsets.</summary>
    private static List<(int Start, string Text)> Parts(string text, int from, int end)
    {
        var parts = new List<(int, string)>();
        var i = from;
        while (i < end)
        {
            while (i < end && text[i] is ' ' or '\t')
            {
                i++;
            }

            if (i == end || (text[i] == '#' && i > from))
            {
                break;
            }

            var start = i;
            while (i < end && text[i] is not (' ' or '\t'))
            {
                i++;
            }

            parts.Add((start, text.Substring(start, i - start)));
        }

        if (parts.Count == 0)
        {
            parts.Add((from, string.Empty));
        }

        return parts;
    }

    private static bool AllDigits(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (text[i] is < '0' or > '9')
            {
                return false;
            }
        }

        return to > from;
    }

    private static bool IsDocumentStart(string text, int start, int end) =>
        end - start >= 3 && string.CompareOrdinal(text, start, "---", 0, 3) == 0 && (end - start == 3 || text[start + 3] is ' ' or '\t');

    private static string DirectiveText(string text, int start, LineMap lines) =>
        text.Substring(start, lines.LineEnd(lines.LineOf(start)) - start).TrimEnd(' ', '\t');
}
